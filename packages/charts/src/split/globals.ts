/**
 * The split script-tag bundle: `karabakh2023.core.min.js` carries only code; the built-in dataset
 * (`karabakh2023.data.min.js`) and the map geometry (`karabakh2023.world.min.js`) are files of
 * their own that a page adds when it draws the built-in figures or the map. They hand their
 * content over through these two globals. Pages that pass a story of their own load the core alone.
 */
export const DATA_GLOBAL = "Karabakh2023Data";
export const WORLD_GLOBAL = "Karabakh2023World";
/**
 * The built-in message tables shipped as files of their own (`karabakh2023.locale-hy.min.js`,
 * `karabakh2023.locale-ru.min.js`) put their table here, keyed by tag; the core reads it when a
 * chart asks for that locale (locales/registry.ts), so the files may load in any order.
 */
export const LOCALES_GLOBAL = "Karabakh2023Locales";

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
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

const FILES = { [DATA_GLOBAL]: "karabakh2023.data.min.js", [WORLD_GLOBAL]: "karabakh2023.world.min.js" };

function missing(global: keyof typeof FILES, what: string): never {
  throw new Error(
    `karabakh2023: ${what} is not loaded (globalThis.${global} is missing). Add ` +
      `<script src=".../${FILES[global]}"></script> to the page, or pass a story of your own.`,
  );
}

/**
 * A stand-in for a table or object that lives in a separate file: every read looks the global up
 * at that moment, so the files may load in any order as long as they are all there before the
 * first chart is drawn, and a page that never reads it never needs the file.
 */
export function lateBound<T extends object>(
  global: keyof typeof FILES,
  key: string | undefined,
  shape: T,
): T {
  const target = () => {
    const root = (globalThis as Record<string, unknown>)[global] as Record<string, unknown> | undefined;
    const value = key === undefined ? root : root?.[key];
    if (value === null || typeof value !== "object")
      missing(global, key ? `the dataset's ${key}` : "the map geometry");
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
