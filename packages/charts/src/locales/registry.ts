/**
 * Which message table a locale tag gets. `locale` takes any BCP 47 tag; it is canonicalised
 * (`Intl.getCanonicalLocales`), then resolved to a table: the exact tag, else its language
 * ("fr-CA" → `fr`, "en-GB" → `en`). A tag with no table is a RangeError that says how to supply
 * one (`registerLocale()`); English is never substituted silently. Numbers, dates, lists and
 * plurals are formatted by Intl with the tag asked for (or the table's `intl` when asked for by
 * the table's own tag: `en` → "en-GB").
 */
import { describe } from "../messages.js";
import { LOCALES_GLOBAL } from "../split/globals.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { FormatWords, Messages } from "./messages.js";

export interface ResolvedLocale {
  /** The canonical tag asked for ("fr-CA"): the figure's `lang`. */
  readonly tag: string;
  /** The tag of the table used ("fr"). */
  readonly table: string;
  /** The tag Intl formats with. */
  readonly intl: string;
  readonly messages: Messages;
  readonly direction: "ltr" | "rtl";
}

/** The tables shipped with the package (`en` and `fr` in every build; the others by entry). */
export const BUILT_IN_LOCALES = ["en", "en-US", "fr", "hy", "ru"] as const;

const tables = new Map<string, Messages>([
  ["en", en],
  ["fr", fr],
]);

function canonical(value: unknown, option: string): string {
  if (typeof value !== "string")
    throw new TypeError(`invalid ${option}: expected a BCP 47 language tag, got ${describe(value)}`);
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    if (tag) return tag;
  } catch {
    // Intl's own message does not name the option; ours below does.
  }
  throw new RangeError(`invalid ${option}: ${describe(value)} is not a BCP 47 language tag`);
}

function table(tag: string): Messages | undefined {
  const own = tables.get(tag);
  if (own) return own;
  const shipped = (globalThis as Record<string, unknown>)[LOCALES_GLOBAL] as
    | Record<string, unknown>
    | undefined;
  if (shipped && Object.hasOwn(shipped, tag)) {
    registerLocale(tag, shipped[tag] as Messages);
    return tables.get(tag);
  }
  return undefined;
}

/** Scripts written right to left, for engines without `Intl.Locale#getTextInfo` (Firefox). */
const RTL_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);

function direction(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
  const script = locale.maximize().script;
  return script && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
}

const resolved = new Map<string, ResolvedLocale>();

/**
 * The table and formatting tag of `value` (the `locale` option, default "en").
 * @throws TypeError / RangeError naming the value: not a tag, or no table for it.
 *
 * @example
 * resolveLocale("fr-CA").table; // "fr"
 */
export function resolveLocale(value: unknown = "en", option = "locale"): ResolvedLocale {
  const tag = canonical(value, option);
  const cached = resolved.get(tag);
  if (cached && tables.get(cached.table) === cached.messages) return cached;
  const language = new Intl.Locale(tag).language;
  const tableTag = table(tag) ? tag : table(language) ? language : undefined;
  const messages = tableTag && tables.get(tableTag);
  if (!tableTag || !messages) {
    const builtIn = BUILT_IN_LOCALES.find((t) => t === tag || t === language);
    if (builtIn)
      throw new RangeError(
        `invalid ${option}: ${tag} needs the built-in ${builtIn} table, not loaded here: import ` +
          `"@karabakh2023/charts/locales/${builtIn}", or with the core script tag load karabakh2023.locale-${builtIn}.min.js`,
      );
    throw new RangeError(
      `invalid ${option}: ${tag} has no message table (nor has ${language}). Register one with ` +
        `registerLocale(${JSON.stringify(language)}, table) (README: "Message tables"); ` +
        `built in: ${BUILT_IN_LOCALES.join(", ")}${
          typeof document === "undefined"
            ? ""
            : " (with the core script tag, load karabakh2023.locale-<tag>.min.js for en-US, hy and ru)"
        }`,
    );
  }
  const result: ResolvedLocale = {
    tag,
    table: tableTag,
    intl: tag === tableTag ? (messages.intl ?? tag) : tag,
    messages,
    direction: direction(tag),
  };
  resolved.set(tag, result);
  return result;
}

/**
 * Adds (or replaces) the message table of a locale, for every chart, the element and the iframe
 * pages. The table is checked against the English one as untrusted input: every key present,
 * each a string where English has a string and a function where English has one (its results
 * must be strings, checked when called), no key English does not have. The table is copied, so
 * later changes to the object passed have no effect.
 * @throws TypeError naming the key and the locale.
 *
 * @example
 * import { registerLocale } from "@karabakh2023/charts";
 * registerLocale("de", de); // de: Messages (see the README's German example)
 * casualtyComparison(undefined, { locale: "de-AT" });
 */
export function registerLocale(tag: string, messages: Messages): void {
  const key = canonical(tag, "registerLocale tag");
  tables.set(key, checked(messages, en, key, "") as Messages);
}

const months = Array.from({ length: 12 }, () => "");
const text = () => "";
/** The shape of a table's optional `formats` (English has none to check it against). */
const FORMATS_SHAPE: Record<keyof FormatWords, unknown> = {
  months: { short: months, shortAlone: months, long: months, longAlone: months },
  dayMonth: text,
  dayMonthYear: text,
  monthYear: text,
  decimal: "",
  group: "",
  minimumGroupingDigits: 1,
  percent: text,
  list: text,
};

/** The optional top-level keys of a table, which English does not have. */
const OPTIONAL_KEYS = new Set(["intl", "formats"]);

/** The functions of a table that return column names (an array of strings), not one string. */
const LIST_RESULTS = new Set(["curve.columns", "curve.eventColumns"]);

function checked(value: unknown, shape: unknown, tag: string, path: string): unknown {
  const where = (key: string) => `message ${path}${key} of locale ${tag}`;
  if (typeof shape === "string") {
    if (typeof value !== "string")
      throw new TypeError(`invalid ${where("")}: expected a string, got ${describe(value)}`);
    return value;
  }
  if (typeof shape === "number") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 4)
      throw new TypeError(
        `invalid ${where("")}: expected a whole number from 1 to 4, got ${describe(value)}`,
      );
    return value;
  }
  if (typeof shape === "function") {
    if (typeof value !== "function")
      throw new TypeError(
        `invalid ${where("")}: expected a function returning a string, got ${describe(value)}`,
      );
    const fn = value as (...args: unknown[]) => unknown;
    const list = LIST_RESULTS.has(path);
    return (...args: unknown[]) => {
      const text = fn(...args);
      const ok = list
        ? Array.isArray(text) && text.every((item) => typeof item === "string")
        : typeof text === "string";
      if (!ok)
        throw new TypeError(
          `invalid ${where("")}: returned ${describe(text)}, expected ${list ? "an array of strings" : "a string"}`,
        );
      return list ? Object.freeze([...(text as string[])]) : text;
    };
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value) || value.length !== shape.length)
      throw new TypeError(
        `invalid ${where("")}: expected an array of ${shape.length} strings, got ${describe(value)}`,
      );
    return Object.freeze(value.map((item, i) => checked(item, shape[i], tag, `${path}[${i}]`)));
  }
  // An object of keys: only English's keys are read, as own properties, into a fresh object.
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(`invalid ${where("")}: expected an object, got ${describe(value)}`);
  const out: Record<string, unknown> = {};
  const prefix = path ? `${path}.` : "";
  for (const key of Object.keys(shape as object)) {
    if (path === "" && OPTIONAL_KEYS.has(key)) continue;
    if (!Object.hasOwn(value, key))
      throw new TypeError(`invalid message table of locale ${tag}: ${prefix}${key} is missing`);
    out[key] = checked(
      (value as Record<string, unknown>)[key],
      (shape as Record<string, unknown>)[key],
      tag,
      `${prefix}${key}`,
    );
  }
  for (const key of Reflect.ownKeys(value)) {
    if (
      typeof key !== "string" ||
      (!Object.hasOwn(shape as object, key) && !(path === "" && OPTIONAL_KEYS.has(key)))
    )
      throw new TypeError(`invalid message table of locale ${tag}: unknown key ${prefix}${String(key)}`);
  }
  if (path === "" && Object.hasOwn(value, "intl"))
    out.intl = canonical((value as { intl: unknown }).intl, `message intl of locale ${tag}`);
  if (path === "" && Object.hasOwn(value, "formats"))
    out.formats = checked((value as { formats: unknown }).formats, FORMATS_SHAPE, tag, "formats");
  return Object.freeze(out);
}

/** Adds a table shipped with the package (typed, so not checked again). */
export function addBuiltInLocale(tag: string, messages: Messages): void {
  tables.set(tag, messages);
}
