/**
 * Options of `reactionsMap()` and their one normalizer: after `normalizeOptions()` the rest of
 * the chart never sees `undefined`, and a programmer error has already thrown a TypeError or
 * RangeError naming the option and the value. Options common to every chart (locale, theme,
 * width...) are normalized by the shared figure chrome.
 */
import { REACTION_CATEGORIES, type ReactionCategory } from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import { errors } from "../messages.js";

/** World projections offered: the ones of Plot's named projections that suit a world map. */
export const PROJECTIONS = ["equal-earth", "equirectangular", "mercator"] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export interface ReactionsMapOptions extends CommonOptions {
  /**
   * Draw a Caucasus inset (Armenia, Azerbaijan, Georgia, eastern Turkey, northern Iran), where
   * the belligerents are large enough to read. Inside the map's empty South Pacific on wide
   * figures; below the map under 800 px. Default true.
   */
  inset?: boolean;
  /**
   * Draw a dot on reacting states too small to see or click at the drawn width (Cyprus,
   * Luxembourg...) and on those the 1:110m map lacks (the Holy See). Default true. Without the
   * dots, the states the map lacks are still listed beside it, never dropped.
   */
  smallStateDots?: boolean;
  /**
   * Which reaction categories get their colour; the others are drawn grey as "no recorded
   * reaction" on the map, and left out of the legend, the list, the summary and the table.
   * Default: all five, in `REACTION_CATEGORIES` order.
   */
  categories?: readonly ReactionCategory[];
  /** Map projection. Default "equal-earth" (areas are true, as a choropleth needs). */
  projection?: ProjectionName;
}

export interface NormalizedReactionsMapOptions {
  readonly inset: boolean;
  readonly smallStateDots: boolean;
  readonly categories: readonly ReactionCategory[];
  readonly projection: ProjectionName;
}

function boolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new TypeError(errors.type(name, "a boolean", value));
  return value;
}

function categoriesOption(value: unknown): readonly ReactionCategory[] {
  if (value === undefined) return REACTION_CATEGORIES;
  if (!Array.isArray(value)) throw new TypeError(errors.type("categories", "an array of categories", value));
  for (const category of value) {
    if (!(REACTION_CATEGORIES as readonly unknown[]).includes(category)) {
      throw new RangeError(errors.invalid("categories", category, REACTION_CATEGORIES));
    }
  }
  // Legend order stays the canonical one whatever order the caller lists them in.
  return REACTION_CATEGORIES.filter((c) => value.includes(c));
}

/** Fills the defaults of the chart's own options and validates them. */
export function normalizeOptions(options: ReactionsMapOptions = {}): NormalizedReactionsMapOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError(errors.type("options", "an object", options));
  }
  const projection = options.projection ?? "equal-earth";
  if (!(PROJECTIONS as readonly unknown[]).includes(projection)) {
    throw new RangeError(errors.invalid("projection", projection, PROJECTIONS));
  }
  return {
    inset: boolean(options.inset, "inset", true),
    smallStateDots: boolean(options.smallStateDots, "smallStateDots", true),
    categories: categoriesOption(options.categories),
    projection,
  };
}
