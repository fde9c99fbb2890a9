/**
 * Validation of the options every chart shares, and small validators the chart normalizers
 * reuse so every error reads the same: `invalid <option>: <value>`.
 */
import type { Claimant, Source } from "@karabakh2023/data";
import { type ResolvedLocale, resolveLocale } from "../locales/registry.js";
import { errors, warnings } from "../messages.js";
import { type CommonOptions, THEMES, type Theme } from "./contract.js";
import { nextIdPrefix } from "./ids.js";
import { warnOnce } from "./warn.js";

/** Common options with every default filled in. */
export interface NormalizedCommonOptions {
  readonly chart: string;
  /** The locale asked for, its message table and Intl tag. */
  readonly locale: ResolvedLocale;
  readonly theme: Theme;
  /** undefined: follow the container. */
  readonly width: number | undefined;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
  readonly dataLink: boolean;
  readonly document: Document;
  readonly idPrefix: string;
  readonly nonce: string | undefined;
  /** Draw the legend above the plot. */
  readonly legend: boolean;
  /** Fixed plot height in px; undefined: the chart's own height for its width. */
  readonly height: number | undefined;
  /** Ids to emphasise (the chart says which kind: claim, claimant, ISO code); empty: none. */
  readonly highlight: ReadonlySet<string>;
}

/** The options every chart accepts (`CommonOptions`), for the unknown-option check. */
export const COMMON_OPTION_NAMES = [
  "locale",
  "theme",
  "width",
  "height",
  "title",
  "subtitle",
  "notes",
  "sources",
  "dataLink",
  "legend",
  "highlight",
  "document",
  "idPrefix",
  "nonce",
] as const;

/** Smallest and largest fixed plot height, in px (a 1e6 px plot would hang the page). */
export const MIN_HEIGHT = 60;
export const MAX_HEIGHT = 4096;

/** Edit distance, for "did you mean" (options are short: the quadratic table is nothing). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The valid option nearest to a misspelt one ("legnd" → "legend"). */
export function nearestOption(name: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Warns once for each option the chart does not know, naming the nearest valid one: a misspelt
 * option is never silently ignored. `own` are the chart's own option names.
 */
export function warnUnknownOptions(
  chart: string,
  options: Record<string, unknown>,
  own: readonly string[],
): void {
  const valid = [...COMMON_OPTION_NAMES, ...own];
  for (const key of Object.keys(options)) {
    if (valid.includes(key)) continue;
    warnOnce(chart, warnings.unknownOption(key, nearestOption(key, valid)));
  }
}

/** Width used when no width is given and the container cannot be measured (server). */
export const DEFAULT_WIDTH = 640;

/**
 * Largest fixed width accepted, in CSS px: wider than any screen a figure is read on, and small
 * enough that the geometry stays finite and a render stays fast (1e6 px took seconds, 1e308
 * gave Infinity coordinates).
 */
export const MAX_WIDTH = 4096;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A count of people as the dataset holds it: a whole number from 0 to 2^53 − 1. Fractions
 * (12.5), denormals (5e-324) and unsafe integers (1e21, which no longer count by ones) are not.
 */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** Checks the options argument itself: undefined or a plain object. */
export function optionsObject(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new TypeError(errors.type("options", "an object", value));
  return value;
}

export function enumOption<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string") throw new TypeError(errors.type(name, "a string", value));
  if (!(allowed as readonly string[]).includes(value))
    throw new RangeError(errors.invalid(name, value, allowed));
  return value as T;
}

export function stringOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(errors.type(name, "a string", value));
  return value;
}

export function booleanOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new TypeError(errors.type(name, "a boolean", value));
  return value;
}

export function numberOption(
  name: string,
  value: unknown,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number") throw new TypeError(errors.type(name, "a number", value));
  if (!Number.isFinite(value) || value < min || value > max)
    throw new RangeError(errors.invalid(name, value));
  return value;
}

export function arrayOption<T>(
  name: string,
  value: unknown,
  check: (item: unknown, path: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(errors.type(name, "an array", value));
  return value.map((item, i) => check(item, `${name}[${i}]`));
}

function checkNote(item: unknown, path: string): string {
  if (typeof item !== "string") throw new TypeError(errors.type(path, "a string", item));
  return item;
}

function checkSource(item: unknown, path: string): Source {
  if (!isRecord(item)) throw new TypeError(errors.type(path, "a source object", item));
  for (const key of ["id", "publisher", "title", "url"] as const) {
    if (typeof item[key] !== "string")
      throw new TypeError(errors.type(`${path}.${key}`, "a string", item[key]));
  }
  return item as unknown as Source;
}

/** A `claimantNames` entry: an id and a `{ fr, en }` name (both charts that take the option). */
export function checkClaimant(item: unknown, path: string): Claimant {
  if (!isRecord(item)) throw new TypeError(errors.type(path, "a claimant object", item));
  if (typeof item.id !== "string") throw new TypeError(errors.type(`${path}.id`, "a string", item.id));
  const name = item.name;
  if (!isRecord(name) || typeof name.fr !== "string" || typeof name.en !== "string") {
    throw new TypeError(errors.type(`${path}.name`, "{ fr: string, en: string }", name));
  }
  return item as unknown as Claimant;
}

function checkDocument(value: unknown): Document {
  const doc = value ?? (globalThis as { document?: unknown }).document;
  if (doc === undefined) throw new TypeError(errors.noDocument());
  if (!isRecord(doc) || typeof (doc as { createElement?: unknown }).createElement !== "function") {
    throw new TypeError(errors.type("document", "a Document", doc));
  }
  return doc as unknown as Document;
}

/**
 * Validates and fills the common options. `defaults.sources` is the registry used when the
 * caller gives none (the dataset's sources).
 */
export function normalizeCommonOptions(
  chart: string,
  options: CommonOptions | Record<string, unknown>,
  defaults: { sources: readonly Source[] },
): NormalizedCommonOptions {
  const o = options as Record<string, unknown>;
  const idPrefix = stringOption("idPrefix", o.idPrefix);
  if (idPrefix !== undefined && !/^[A-Za-z][\w-]*$/.test(idPrefix)) {
    throw new RangeError(errors.invalid("idPrefix", idPrefix));
  }
  return {
    chart,
    locale: resolveLocale(o.locale ?? "en"),
    theme: enumOption("theme", o.theme, THEMES, "auto"),
    width: numberOption("width", o.width, { min: 1, max: MAX_WIDTH }),
    title: stringOption("title", o.title),
    subtitle: stringOption("subtitle", o.subtitle),
    notes: arrayOption("notes", o.notes, checkNote) ?? [],
    sources: arrayOption("sources", o.sources, checkSource) ?? defaults.sources,
    dataLink: booleanOption("dataLink", o.dataLink, true),
    document: checkDocument(o.document),
    idPrefix: idPrefix ?? nextIdPrefix(chart),
    nonce: stringOption("nonce", o.nonce),
    legend: booleanOption("legend", o.legend, true),
    height: numberOption("height", o.height, { min: MIN_HEIGHT, max: MAX_HEIGHT }),
    highlight: new Set(
      arrayOption("highlight", o.highlight, (item, path) => {
        if (typeof item !== "string" || item === "")
          throw new TypeError(errors.type(path, "a non-empty string", item));
        return item;
      }) ?? [],
    ),
  };
}

/** The sources with these ids, each once, in first-cited order; unknown ids are reported. */
export function resolveSources(
  ids: Iterable<string>,
  registry: readonly Source[],
  onMissing: (id: string) => void,
): Source[] {
  const byId = new Map(registry.map((s) => [s.id, s]));
  const out = new Map<string, Source>();
  for (const id of ids) {
    if (out.has(id)) continue;
    const source = byId.get(id);
    if (source) out.set(id, source);
    else onMissing(id);
  }
  return [...out.values()];
}
