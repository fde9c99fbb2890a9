/**
 * Loads tests/hostile/corpus.json: the hostile inputs, kept as data so they can be read, extended
 * and reused without touching the tests. `decode()` (decode.js) turns the JSON encodings of
 * values JSON cannot hold (NaN, -0, traps, huge strings...) into the values themselves.
 */
import { readFileSync } from "node:fs";
import { CHART_IDS, type ChartId } from "@karabakh2023/charts";
import { CANARY, decode } from "./decode.js";

export const TARGETS = ["text", "url", "key", "number", "date", "code", "size", "option", "message"] as const;
export type Target = (typeof TARGETS)[number];

/** The charts, by the registry's ids (the names the element, the embed pages and the CLI use). */
export const CHART_NAMES = CHART_IDS;
export type ChartName = ChartId;

export interface Entry {
  readonly id: string;
  readonly target: Target;
  /** The value as stored (JSON); `value()` decodes a fresh copy. */
  readonly raw: unknown;
  /** inert: accepted, drawn as text; reject: refused with an error naming the field or option. */
  readonly expect: "inert" | "reject";
  /** url entries: whether a chart may draw a link for this URL (always https when it does). */
  readonly link?: boolean;
  /** option and size entries: the option ("width", "rows", "data", "(options)" for the argument itself). */
  readonly option?: string;
  /** option entries of one chart only. */
  readonly charts?: readonly ChartName[];
  /** message entries that are accepted: the iframe height applied. */
  readonly height?: number;
  /** A fresh decoded value (traps and arrays are never shared between cases). */
  value(): unknown;
}

const file = new URL("./corpus.json", import.meta.url);
const json = JSON.parse(readFileSync(file, "utf8")) as { entries: Omit<Entry, "raw" | "value">[] };

export const corpus: readonly Entry[] = json.entries.map((e) => {
  const { value: raw, ...rest } = e as typeof e & { value: unknown };
  return { ...rest, raw, value: () => decode(raw) };
});

export function entriesOf(target: Target): Entry[] {
  return corpus.filter((e) => e.target === target);
}

export { CANARY, decode };

/** The canary the payloads set; `undefined` while nothing has run. */
export function canary(): unknown {
  return (globalThis as Record<string, unknown>)[CANARY];
}

export function resetCanary(): void {
  delete (globalThis as Record<string, unknown>)[CANARY];
}

/** A short, printable label of an entry for test names. */
export function label(entry: Entry): string {
  return entry.id;
}
