/**
 * The "Add a chart" recipe of CONTRIBUTING.md, followed on a throwaway copy of the charts'
 * sources: one folder (tests/charts/recipe/event-list.ts.txt becomes `event-list/index.ts`) and
 * one line in registry.ts. The registry, the element's `chart` attribute and the factory then
 * know the fourth chart with no other edit, and it draws a figure with the shared chrome.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { newDocument } from "./snapshot-utils.js";

const ROOT = join(import.meta.dirname, "../..");
// Inside packages/charts, so that the copy resolves Plot from the package's node_modules.
const COPY = join(ROOT, `packages/charts/.recipe-${process.pid}`);

beforeAll(() => {
  cpSync(join(ROOT, "packages/charts/src"), COPY, { recursive: true });
  mkdirSync(join(COPY, "event-list"));
  writeFileSync(
    join(COPY, "event-list/index.ts"),
    readFileSync(join(import.meta.dirname, "recipe/event-list.ts.txt")),
  );
  // Step 2 of the recipe: one line in the registry (and its import).
  const registry = join(COPY, "registry.ts");
  const text = readFileSync(registry, "utf8")
    .replace(
      'import { reactionsMap } from "./reactions-map/index.js";',
      'import { eventList } from "./event-list/index.js";\nimport { reactionsMap } from "./reactions-map/index.js";',
    )
    .replace(
      "} as const satisfies Record<string, ChartEntry>;",
      '  events: { folder: "event-list", draw: eventList as ChartFactory, table: "events" },\n} as const satisfies Record<string, ChartEntry>;',
    );
  expect(text).toContain('folder: "event-list"');
  writeFileSync(registry, text);
});
afterAll(() => rmSync(COPY, { recursive: true, force: true }));

describe("a fourth chart: one folder plus one registry line", () => {
  it("the registry lists it and its factory draws the story's events with the shared chrome", async () => {
    const { CHART_IDS, CHARTS } = await import(`${COPY}/registry.ts`);
    expect(CHART_IDS).toEqual(["casualties", "refugees", "reactions", "events"]);
    const figure: HTMLElement = CHARTS.events.draw(sampleStory, { document: newDocument(), width: 480 });
    expect(figure.classList.contains("k23-figure")).toBe(true);
    expect(figure.querySelector(".k23-title")?.textContent).toBe(`${sampleStory.events.length} events`);
    expect(figure.querySelectorAll(".k23-table tbody tr")).toHaveLength(sampleStory.events.length);
    expect(figure.querySelectorAll("svg circle")).toHaveLength(sampleStory.events.length);
  });

  it('<karabakh-chart chart="events"> is accepted by the element, which lists it among the valid ids', async () => {
    const { readConfig } = await import(`${COPY}/element/attributes.ts`);
    const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;
    expect(readConfig(attributes({ chart: "events" })).chart).toBe("events");
    expect(() => readConfig(attributes({ chart: "timeline" }))).toThrow(/events/);
  });
});
