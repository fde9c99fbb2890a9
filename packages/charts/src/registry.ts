/**
 * The charts, declared once. The element's `chart` attribute, the iframe pages, the
 * `karabakh2023-render --chart` flag, the Storybook and the test matrices all read this table;
 * adding a chart is one folder (see CONTRIBUTING.md) plus one line here.
 *
 * A chart has one id (what a page author writes: `chart="refugees"`); its folder and factory
 * are named after what it draws, and are listed here so nothing else has to know them.
 */
import type { Story, TableName } from "@karabakh2023/data";
import { casualtyComparison } from "./casualty-comparison/index.js";
import { defaultCasualtiesStory, defaultReactionsStory, defaultRefugeesStory } from "./default-story.js";
import { reactionsMap } from "./reactions-map/index.js";
import { refugeeCurve } from "./refugee-curve/index.js";

/** What every chart factory is: `(data?, options?) → <figure>`. */
export type ChartFactory = (data?: unknown, options?: Record<string, unknown>) => HTMLElement;

export interface ChartEntry {
  /** Folder under packages/charts/src/ (kebab-case of the factory's name). */
  readonly folder: string;
  /** The chart function. */
  readonly draw: ChartFactory;
  /** The story table it draws. */
  readonly table: TableName;
  /** The story it draws without data (what a prerendered figure's fingerprint is taken of). */
  readonly story: () => Story;
}

export const CHARTS = {
  casualties: {
    folder: "casualty-comparison",
    draw: casualtyComparison as ChartFactory,
    table: "casualties",
    story: defaultCasualtiesStory,
  },
  refugees: {
    folder: "refugee-curve",
    draw: refugeeCurve as ChartFactory,
    table: "refugees",
    story: defaultRefugeesStory,
  },
  reactions: {
    folder: "reactions-map",
    draw: reactionsMap as ChartFactory,
    table: "reactions",
    story: defaultReactionsStory,
  },
} as const satisfies Record<string, ChartEntry>;

/** A chart's id: "casualties", "refugees", "reactions". */
export type ChartId = keyof typeof CHARTS;

/** The chart ids, in registry order. */
export const CHART_IDS = /* @__PURE__ */ Object.keys(CHARTS) as ChartId[];

/** True when `value` is a registered chart id. */
export function isChartId(value: unknown): value is ChartId {
  return typeof value === "string" && Object.hasOwn(CHARTS, value);
}
