// The hostile corpus against the casualties chart in Node (linkedom); see matrix.ts.
import { karabakh, type Story } from "@karabakh2023/data";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { baseCasualties } from "./fixtures.js";
import { CHARTS, chartMatrix, newDocument } from "./matrix.js";

chartMatrix("casualties");

/** The vocabulary a story brings: every id checked, every hostile entry a clear error or warning. */
describe("casualties: hostile vocabulary inputs", () => {
  const chart = CHARTS.casualties;
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());
  const warned = () => warn.mock.calls.map((c: unknown[]) => String(c[0]));
  const withParties = (parties: unknown): Story =>
    ({ ...sampleStory, vocabulary: { ...sampleStory.vocabulary, parties } }) as unknown as Story;

  it.each(["__proto__", "constructor", "el-fasher-assault"])(
    "a record whose incident is %s is left out with a warning naming the record, field and value",
    (incident) => {
      const [first, second] = baseCasualties();
      const id = `hostile-incident-${incident}`;
      const figure = chart([first, { ...second, id, incident }], { document: newDocument(), width: 640 });
      expect(warned()).toContainEqual(
        expect.stringContaining(`claim "${id}" is not drawn: incident "${incident}"`),
      );
      expect(figure.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(1);
    },
  );
  it.each(["__proto__", "constructor", "toString"])(
    "an incident option %s is a RangeError listing the story's ids",
    (incident) => {
      expect(() => chart(undefined, { document: newDocument(), incident })).toThrow(
        new RangeError(
          `invalid incident: ${incident} (expected one of ${karabakh.vocabulary.incidents.map((i) => i.id).join(", ")})`,
        ),
      );
    },
  );
  it("a vocabulary entry named __proto__ is a RangeError naming its path", () => {
    const story = withParties([{ id: "__proto__", role: "side", label: { en: "x", fr: "x" } }]);
    expect(() => chart(story, { document: newDocument() })).toThrow(
      /^invalid data\.vocabulary\.parties\[0\]\.id: __proto__/,
    );
  });
  it("a party label missing in a locale of the story is a RangeError naming it", () => {
    const story = withParties([{ id: "federal-army", role: "side", label: { en: "Federal army" } }]);
    expect(() => chart(story, { document: newDocument() })).toThrow(
      /^invalid data\.vocabulary\.parties\[0\]\.label\.fr/,
    );
  });
  it("a time zone that is not IANA is a RangeError naming data.timeZone.id", () => {
    const story = { ...sampleStory, timeZone: { ...sampleStory.timeZone, id: "GMT+4" } };
    expect(() => chart(story, { document: newDocument() })).toThrow(/^invalid data\.timeZone\.id: GMT\+4/);
  });
  it("a locale the story has no texts in is a RangeError naming the locale", () => {
    const story = { ...sampleStory, locales: ["en"] };
    expect(() => chart(story, { document: newDocument(), locale: "fr" })).toThrow(/^invalid locale: fr/);
  });
});
