/**
 * One markup snapshot per example of every registered chart, in the example's own locale and
 * theme (`__snapshots__/<chart folder>/<example>.html`, readable and openable in a browser: the
 * folder is the gallery of the examples). Each chart's `default` example is its dedicated full
 * case (every country path, table row and source); the others abbreviate what repeats (see
 * snapshot-utils.ts). Themes and locales are covered by the examples that set them (`dark`,
 * `fr`, the sample story in French...), which the last test checks exist for every chart.
 */
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { resetIds, resetWarnings } from "../../packages/charts/src/figure/index.js";
import { figureCss } from "../../packages/charts/src/figure/theme.js";
import { CHART_IDS, CHARTS } from "../../packages/charts/src/registry.js";
import { matchSnapshot, matchText, newDocument } from "./snapshot-utils.js";

interface Example {
  readonly data?: unknown;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** Each chart's named examples, from its folder's examples.ts (the stories draw the same). */
const examplesOf = Object.fromEntries(
  await Promise.all(
    CHART_IDS.map(async (id) => {
      const module: { examples: Readonly<Record<string, Example>> } = await import(
        `../../packages/charts/src/${CHARTS[id].folder}/examples.ts`
      );
      return [id, module.examples] as const;
    }),
  ),
);

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetIds();
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

it("figure.css, the stylesheet every snapshot links, matches the charts' stylesheet", async () => {
  await matchText(figureCss, "figure.css");
});

for (const id of CHART_IDS) {
  const { folder, draw } = CHARTS[id];
  const examples = examplesOf[id] ?? {};
  describe(folder, () => {
    for (const [name, { data, options = {} }] of Object.entries(examples)) {
      it(`${draw.name}(examples["${name}"]) matches __snapshots__/${folder}/${name}.html`, async () => {
        const figure = draw(data, { width: 640, ...options, document: newDocument() });
        await matchSnapshot(figure, `${folder}/${name}`, { full: name === "default" });
        // An example named warn… is there to warn; every other one draws silently.
        if (name.startsWith("warn")) expect(warn).toHaveBeenCalled();
        else expect(warn).not.toHaveBeenCalled();
      });
    }

    it("has a full default case, a dark case and a French case", () => {
      const all = Object.values(examples);
      expect(Object.keys(examples)).toContain("default");
      expect(all.some((e) => e.options?.theme === "dark")).toBe(true);
      expect(all.some((e) => e.options?.locale === "fr")).toBe(true);
    });
  });
}
