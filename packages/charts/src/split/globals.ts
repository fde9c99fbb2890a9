/**
 * The split script-tag bundle: `karabakh2023.core.min.js` carries the code of the bars and the
 * element; the built-in dataset (`karabakh2023.data.min.js`, or one chart's part of it), the map
 * (`karabakh2023.map.min.js`: its code and the default map's paths) and the curve
 * (`karabakh2023.curve.min.js`: its code) are files of their own that a page adds when it draws
 * the built-in figures, the map or the curve. They hand their content over through these
 * globals. Pages that pass a story of their own to the bars load the core alone.
 */
export const DATA_GLOBAL = "Karabakh2023Data";
export const MAP_GLOBAL = "Karabakh2023Map";
export const CURVE_GLOBAL = "Karabakh2023Curve";
/** The world topology and d3-geo, for projections other than the default and other regions. */
export const WORLD_GLOBAL = "Karabakh2023World";
/** What the core lends the map and curve files (shared.ts), and such files waiting for the core. */
export const SHARED_GLOBAL = "Karabakh2023Shared";
export const PENDING_GLOBAL = "Karabakh2023Pending";

/** What `karabakh2023.map.min.js` puts on `globalThis[MAP_GLOBAL]`. */
export interface MapFile {
  readonly reactionsMap: typeof import("../reactions-map/index.js").reactionsMap;
}

/** What `karabakh2023.curve.min.js` puts on `globalThis[CURVE_GLOBAL]`. */
export interface CurveFile {
  readonly refugeeCurve: typeof import("../refugee-curve/index.js").refugeeCurve;
}

/** What `karabakh2023.world.min.js` puts on `globalThis[WORLD_GLOBAL]`. */
export interface WorldFile {
  /** generated/world.json. */
  readonly topology: object;
  /** The d3-geo functions the core's Plot reaches through (rollup.config.mjs, `GEO_FORWARDED`). */
  readonly d3geo: Readonly<Record<string, (...args: never[]) => unknown>>;
}

/**
 * The built-in message tables shipped as files of their own (`karabakh2023.locale-hy.min.js`,
 * `karabakh2023.locale-ru.min.js`) put their table here, keyed by tag; the core reads it when a
 * chart asks for that locale (locales/registry.ts), so the files may load in any order.
 */
export const LOCALES_GLOBAL = "Karabakh2023Locales";

/**
 * The built-in dataset's texts in a locale beyond its own (`karabakh2023.data.locale-hy.min.js`,
 * or one chart's part: `karabakh2023.data.casualties.locale-hy.min.js`), by locale then key
 * (`StoryTranslations.texts`); default-story.ts adds them to the story it draws.
 */
export const STORY_TEXTS_GLOBAL = "Karabakh2023StoryTexts";

/** Merges one translation file's texts into `globalThis[STORY_TEXTS_GLOBAL][locale]`. */
export function mergeStoryTexts(locale: string, texts: Readonly<Record<string, string>>): void {
  const root = globalThis as Record<string, unknown>;
  root[STORY_TEXTS_GLOBAL] ??= {};
  const all = root[STORY_TEXTS_GLOBAL] as Record<string, Record<string, string>>;
  all[locale] = { ...all[locale], ...texts };
}

/** What `karabakh2023.data.min.js` puts on `globalThis[DATA_GLOBAL]`. */
export const DATA_TABLES = [
  "sources",
  "claimants",
  "casualties",
  "refugees",
  "reactions",
  "events",
  "population",
  "countries",
  "vocabulary",
  "storyMeta",
  "story",
  "datasetVersion",
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

const FILES = {
  [DATA_GLOBAL]: "karabakh2023.data.min.js",
  [MAP_GLOBAL]: "karabakh2023.map.min.js",
  [CURVE_GLOBAL]: "karabakh2023.curve.min.js",
  [WORLD_GLOBAL]: "karabakh2023.world.min.js",
};

/** The chart whose part of the dataset holds a table (the others are in every part). */
const TABLE_CHART: Readonly<Record<string, string>> = {
  casualties: "casualties",
  refugees: "refugees",
  events: "refugees",
  population: "refugees",
  reactions: "reactions",
  countries: "reactions",
};

function missing(global: keyof typeof FILES, what: string, table?: string): never {
  const part = table && TABLE_CHART[table];
  throw new Error(
    `karabakh2023: ${what} is not loaded (globalThis.${global}${table ? `.${table}` : ""} is missing). Add ` +
      `<script src=".../${FILES[global]}"></script> to the page` +
      (global === DATA_GLOBAL
        ? ` (or the chart's part of it, .../karabakh2023.data.${part ?? "<chart>"}.min.js), or pass a story of your own.`
        : global === WORLD_GLOBAL
          ? " (a map in another projection than equal-earth, or with an inset of another region than the built-in story's, projects the world on the page)."
          : "."),
  );
}

/**
 * A stand-in for a table or object that lives in a separate file: every read looks the global up
 * at that moment, so the files may load in any order as long as they are all there before the
 * first chart is drawn, and a page that never reads it never needs the file.
 */
export function lateBound<T extends object>(
  key: string,
  shape: T,
  global: keyof typeof FILES = DATA_GLOBAL,
): T {
  const target = () => {
    const root = (globalThis as Record<string, unknown>)[global] as Record<string, unknown> | undefined;
    const value = root?.[key];
    if (value === null || typeof value !== "object")
      global === DATA_GLOBAL
        ? missing(global, `the dataset's ${key}`, key)
        : missing(global, CODE_FILE_NAMES[global]);
    return value as T;
  };
  return new Proxy(shape, {
    get(_, property) {
      const real = target();
      const value = Reflect.get(real, property, real);
      // Array methods (filter, map, find, iteration) run on the real table.
      return typeof value === "function" ? value.bind(real) : value;
    },
    has: (_, property) => Reflect.has(target(), property),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor(_, property) {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), property);
      // Proxy invariants: an array's length is non-configurable on the stand-in too; anything
      // else is reported configurable, since the stand-in does not hold it.
      return descriptor && { ...descriptor, configurable: property !== "length" };
    },
  });
}

/** Rows of a table with their places in the whole table (how a chart's data file hands them). */
export interface TablePart {
  readonly at: readonly number[];
  readonly rows: readonly unknown[];
}

/**
 * What `karabakh2023.data.<chart>.min.js` hands over: one chart's tables, and the claimants and
 * sources they cite, merged into `globalThis[DATA_GLOBAL]` in the whole tables' order, so any
 * set of these files (and the whole file) give the same tables.
 */
export function mergeData(part: { storyMeta: { vocabulary: unknown } } & Record<string, unknown>): void {
  const root = globalThis as Record<string, unknown>;
  root[DATA_GLOBAL] ??= {};
  const data = root[DATA_GLOBAL] as Record<string, unknown>;
  data[PLACES] ??= {};
  const places = data[PLACES] as Record<string, number[]>;
  for (const [key, value] of Object.entries(part)) {
    const table = value as TablePart;
    if (!Array.isArray(table.at)) {
      data[key] = value;
      continue;
    }
    // A table of the whole file (loaded first) holds every row in place.
    const held = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
    const known = places[key] ?? held.map((_, i) => i);
    const rows = new Map<number, unknown>(known.map((at, i) => [at, held[i]]));
    table.at.forEach((at, i) => {
      rows.set(at, table.rows[i]);
    });
    places[key] = [...rows.keys()].sort((a, b) => a - b);
    data[key] = places[key].map((at) => rows.get(at));
  }
  data.vocabulary = part.storyMeta.vocabulary;
}
/** Where the rows merged so far sit in the whole tables (not a table). */
const PLACES = "__places";

/** What each file of code puts on its global, and what it is called in the error naming it. */
interface CodeFiles {
  [MAP_GLOBAL]: MapFile;
  [CURVE_GLOBAL]: CurveFile;
  [WORLD_GLOBAL]: WorldFile;
}
const CODE_FILE_NAMES: Readonly<Record<keyof CodeFiles, string>> = {
  [MAP_GLOBAL]: "the reactions map",
  [CURVE_GLOBAL]: "the refugee curve",
  [WORLD_GLOBAL]: "the world geometry",
};

/**
 * A file of code's content (the map's, the curve's, the world's), or an error naming the file to
 * add, which `<karabakh-chart>` shows in place of the chart.
 */
export function fromFile<G extends keyof CodeFiles>(global: G): CodeFiles[G] {
  const file = (globalThis as Record<string, unknown>)[global] as CodeFiles[G] | undefined;
  if (!file) missing(global, CODE_FILE_NAMES[global]);
  return file;
}
