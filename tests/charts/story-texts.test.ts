/**
 * A story's reader texts (time zone name, vocabulary labels, chart titles, map region) must say
 * something in every locale the story declares: empty or only spaces is a RangeError naming the
 * field and quoting the value, from any chart, never a blank title or legend.
 */
import { describe, expect, it } from "vitest";
import { casualtyComparison } from "../../packages/charts/src/casualty-comparison/index.js";
import { checkStory } from "../../packages/charts/src/figure/story.js";
import { reactionsMap } from "../../packages/charts/src/reactions-map/index.js";
import { refugeeCurve } from "../../packages/charts/src/refugee-curve/index.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { newDocument } from "./snapshot-utils.js";

/** The sample story with the text at `path` (an object path ending in a locale) set to `text`. */
function withText(path: readonly string[], text: string): Record<string, unknown> {
  const story = structuredClone(sampleStory) as unknown as Record<string, unknown>;
  let node = story;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) as string] = text;
  return story;
}

describe("checkStory() on texts made only of spaces", () => {
  const cases: [readonly string[], string][] = [
    [["timeZone", "name", "en"], "data.timeZone.name.en"],
    [["vocabulary", "parties", "0", "label", "fr"], "data.vocabulary.parties[0].label.fr"],
    [["charts", "refugees", "title", "en"], "data.charts.refugees.title.en"],
  ];
  for (const [path, field] of cases) {
    for (const blank of ["   ", "\u00a0\u202f\t"]) {
      it(`${field} = ${JSON.stringify(blank)} is a RangeError naming ${field}`, () => {
        expect(() => checkStory(withText(path, blank))).toThrow(
          new RangeError(`invalid ${field}: ${JSON.stringify(blank)} (blank: only spaces)`),
        );
      });
    }
  }

  it("every chart refuses a story whose title is only spaces, before drawing anything", () => {
    const story = withText(["charts", "refugees", "title", "fr"], "  ");
    for (const chart of [casualtyComparison, refugeeCurve, reactionsMap]) {
      expect(() => chart(story as never, { document: newDocument() })).toThrow(
        /^invalid data\.charts\.refugees\.title\.fr: " {2}" \(blank: only spaces\)$/,
      );
    }
  });

  it("the map refuses a region label made of spaces, naming it", () => {
    const story = withText(["region", "label", "en"], " ");
    expect(() => reactionsMap(story as never, { document: newDocument() })).toThrow(
      'invalid data.region.label.en: " " (blank: only spaces)',
    );
  });

  it("text with a letter between spaces is a text: the story is accepted", () => {
    expect(() => checkStory(withText(["timeZone", "name", "en"], "  Warsaw time  "))).not.toThrow();
  });
});
