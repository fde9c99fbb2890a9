/**
 * Options of `reactionsMap()` and their one normalizer: after `normalizeOptions()` the rest of
 * the chart never sees `undefined`, and a programmer error has already thrown a TypeError or
 * RangeError naming the option (or the story's field) and the value. Options common to every
 * chart (locale, theme, width, legend, height, highlight...) are normalized by the shared chrome.
 */
import { REACTION_COLOURS, type ReactionCategoryTerm, type Region, type Story } from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import { booleanOption, isRecord, warnUnknownOptions } from "../figure/options.js";
import { checkText } from "../figure/story.js";
import { errors } from "../messages.js";

/** World projections offered: the ones of Plot's named projections that suit a world map. */
export const PROJECTIONS = ["equal-earth", "equirectangular", "mercator"] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
/** The projection of the default map (areas are true, as a choropleth needs); its world is precomputed. */
export const DEFAULT_PROJECTION: ProjectionName = "equal-earth";

export interface ReactionsMapOptions extends CommonOptions {
  /**
   * The inset enlarging a region where the belligerents are too small to read on the world map.
   * `true`: the story's `region` (none when the story has none); `false`: no inset; a `Region`
   * (`{label, bounds: [[west, south], [east, north]], point?, labels?}`): that region. The inset
   * goes where it hides no land of the world map (the emptiest stretch of ocean); below the map
   * under 800 px, or when no stretch of ocean is large enough. Default true.
   */
  inset?: boolean | Region;
  /**
   * Draw a dot on reacting states too small to see or click at the drawn width (Cyprus,
   * Luxembourg...) and on those the 1:110m map lacks (the Holy See). Default true. Without the
   * dots, the states the map lacks are still listed beside it, never dropped.
   */
  smallStateDots?: boolean;
  /**
   * Which of the story's reaction categories (`vocabulary.reactionCategories` ids) get their
   * colour; the others are drawn grey as "no recorded reaction" on the map, and left out of the
   * legend, the list, the summary and the table. Default: all of them, in the vocabulary's order.
   */
  categories?: readonly string[];
  /** Map projection: an equal-area one by default, as a choropleth needs. Default "equal-earth". */
  projection?: ProjectionName;
  /**
   * ISO alpha-3 codes or reaction ids: outlined, the others faded, named in the summary. An id
   * matching no drawn reaction warns once. Default: none.
   */
  highlight?: readonly string[];
  /** Draw the legend above the map. Default true. `false`: the summary and table still name every category. */
  legend?: boolean;
  /** The map's height in px (60 to 4096); the world is scaled to fit it, centred. Default: the world's aspect. */
  height?: number;
}

/** The chart's own option names, for the unknown-option warning. */
export const OWN_OPTION_NAMES = ["inset", "smallStateDots", "categories", "projection"] as const;

export interface NormalizedReactionsMapOptions {
  /** The region of the inset, or undefined for none. */
  readonly inset: Region | undefined;
  readonly smallStateDots: boolean;
  /** The coloured categories, in the vocabulary's order. */
  readonly categories: readonly ReactionCategoryTerm[];
  readonly projection: ProjectionName;
}

/** The story's reaction categories, each with a colour role the palette knows. */
function vocabularyCategories(story: Story): readonly ReactionCategoryTerm[] {
  const terms = story.vocabulary.reactionCategories;
  terms.forEach((term, i) => {
    if (!(REACTION_COLOURS as readonly unknown[]).includes(term.colour)) {
      throw new RangeError(
        errors.invalid(`data.vocabulary.reactionCategories[${i}].colour`, term.colour, REACTION_COLOURS),
      );
    }
  });
  return terms;
}

function categoriesOption(
  value: unknown,
  terms: readonly ReactionCategoryTerm[],
): readonly ReactionCategoryTerm[] {
  if (value === undefined) return terms;
  if (!Array.isArray(value))
    throw new TypeError(errors.type("categories", "an array of category ids", value));
  const ids = terms.map((t) => t.id);
  for (const category of value) {
    if (!ids.includes(category)) throw new RangeError(errors.invalid("categories", category, ids));
  }
  // Legend order stays the vocabulary's whatever order the caller lists them in.
  return terms.filter((t) => value.includes(t.id));
}

const isLonLat = (value: unknown): value is readonly [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === "number" &&
  typeof value[1] === "number" &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90;

function checkLonLat(value: unknown, path: string): void {
  if (!isLonLat(value)) throw new RangeError(errors.invalid(path, value));
}

/**
 * Checks a region (the story's or the caller's): its texts in every locale of the story, its
 * bounds a real [[west, south], [east, north]] box, its point and labels inside the globe.
 */
export function checkRegion(value: unknown, path: string, locales: readonly string[]): Region {
  if (!isRecord(value)) throw new TypeError(errors.type(path, "a region object", value));
  checkText(value.label, `${path}.label`, locales);
  const bounds = value.bounds;
  if (!Array.isArray(bounds) || bounds.length !== 2) {
    throw new TypeError(errors.type(`${path}.bounds`, "[[west, south], [east, north]]", bounds));
  }
  checkLonLat(bounds[0], `${path}.bounds[0]`);
  checkLonLat(bounds[1], `${path}.bounds[1]`);
  const [[west, south], [east, north]] = bounds as [[number, number], [number, number]];
  if (!(west < east && south < north)) {
    throw new RangeError(
      `${errors.invalid(`${path}.bounds`, JSON.stringify(bounds))} (west < east and south < north)`,
    );
  }
  if (value.point !== undefined) {
    if (!isRecord(value.point)) throw new TypeError(errors.type(`${path}.point`, "an object", value.point));
    checkLonLat(value.point.coordinates, `${path}.point.coordinates`);
    checkText(value.point.label, `${path}.point.label`, locales);
  }
  if (value.labels !== undefined) {
    if (!Array.isArray(value.labels))
      throw new TypeError(errors.type(`${path}.labels`, "an array", value.labels));
    value.labels.forEach((item: unknown, i) => {
      const at = `${path}.labels[${i}]`;
      if (!isRecord(item)) throw new TypeError(errors.type(at, "an object", item));
      if (typeof item.iso3 !== "string")
        throw new TypeError(errors.type(`${at}.iso3`, "a string", item.iso3));
      checkLonLat(item.coordinates, `${at}.coordinates`);
      if (item.label !== undefined) checkText(item.label, `${at}.label`, locales);
    });
  }
  return value as unknown as Region;
}

function insetOption(value: unknown, story: Story): Region | undefined {
  if (value === undefined || value === true) {
    return story.region === undefined ? undefined : checkRegion(story.region, "data.region", story.locales);
  }
  if (value === false) return undefined;
  if (!isRecord(value)) throw new TypeError(errors.type("inset", "a boolean or a region object", value));
  return checkRegion(value, "inset", story.locales);
}

/**
 * Fills the defaults of the chart's own options and validates them against the story drawn:
 * `categories` are ids of its vocabulary, `inset: true` is its region. Warns once for each
 * option no chart knows, naming the nearest valid one.
 */
export function normalizeOptions(options: ReactionsMapOptions, story: Story): NormalizedReactionsMapOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError(errors.type("options", "an object", options));
  }
  warnUnknownOptions("reactions-map", options as Record<string, unknown>, OWN_OPTION_NAMES);
  const projection = options.projection ?? DEFAULT_PROJECTION;
  if (!(PROJECTIONS as readonly unknown[]).includes(projection)) {
    throw new RangeError(errors.invalid("projection", projection, PROJECTIONS));
  }
  return {
    inset: insetOption(options.inset, story),
    smallStateDots: booleanOption("smallStateDots", options.smallStateDots, true),
    categories: categoriesOption(options.categories, vocabularyCategories(story)),
    projection,
  };
}
