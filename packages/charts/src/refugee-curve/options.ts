/**
 * Options of `refugeeCurve()` and their one normalizer: after `normalizeOptions()` the rest of
 * the chart never sees `undefined`, and a programmer error has already thrown a TypeError or
 * RangeError naming the option and the value.
 */
import {
  type Claimant,
  type ClaimantId,
  isRealIsoDay,
  REFUGEE_METRICS,
  type RefugeeCount,
  type RefugeeMetric,
  type TimelineEvent,
} from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import { arrayOption, checkClaimant, isCount } from "../figure/options.js";
import { type DefaultAnnotation, describe, errors } from "../messages.js";

/** The four moments of the exodus annotated by default (ids in the dataset's events table). */
export const DEFAULT_ANNOTATIONS = [
  "ceasefire",
  "corridor-opened",
  "fuel-depot-explosion",
  "refugees-pass-100000",
] as const satisfies readonly DefaultAnnotation[];

/** Default time window: from the offensive (19 Sept) to the day after the last count (4 Oct). */
export const DEFAULT_DOMAIN = ["2023-09-19", "2023-10-04"] as const;

export interface RefugeeCurveOptions extends CommonOptions {
  /** Which count to draw. Default "arrived-in-armenia" (cumulative arrivals in Armenia). */
  metric?: RefugeeMetric;
  /**
   * Claimants whose counts are joined by a line, in drawing order. Every other claimant's
   * counts of the same metric stay on the chart as distinct, attributed markers (disputed
   * figures are never merged). Default: the claimant with the most counts of the metric
   * (in the shipped dataset, the Armenian government).
   */
  claimants?: readonly ClaimantId[];
  /** Show other claimants' counts as markers. Default true. */
  otherClaimants?: boolean;
  /** Who each claimant id is, for the tooltips and legend. Default: the dataset's claimants. */
  claimantNames?: readonly Claimant[];
  /**
   * Vertical annotations from the event timeline: `true` for the default four
   * (`DEFAULT_ANNOTATIONS`, drawn with short labels such as "Ceasefire"), `false` for none, or a
   * list of event ids (other events are drawn with their own label). Default true.
   */
  annotations?: boolean | readonly string[];
  /** The timeline the annotation ids refer to. Default: the dataset's events. */
  events?: readonly TimelineEvent[];
  /**
   * A horizontal reference line for the pre-war population, labelled with the share reached:
   * `true` for the dataset's estimate, `false` for none, or a record of metric
   * "pre-war-population". Default true.
   */
  population?: boolean | RefugeeCount;
  /**
   * First and last day of the time axis, both included: an ISO start date means midnight at the
   * start of that day in Yerevan, an ISO end date midnight at its end. A `Date` is an instant.
   * A string must be a real day as "YYYY-MM-DD" ("2023-09-31" → RangeError naming `domain`).
   * Default `["2023-09-19", "2023-10-04"]`.
   */
  domain?: readonly [string | Date, string | Date];
}

/** Defaults taken from the dataset, passed in so this module stays free of data imports. */
export interface DatasetDefaults {
  readonly claimants: readonly Claimant[];
  readonly events: readonly TimelineEvent[];
  readonly population: RefugeeCount | undefined;
}

export interface NormalizedRefugeeCurveOptions {
  readonly metric: RefugeeMetric;
  /** `undefined` only before the data is known: resolved by `resolveClaimants()`. */
  readonly claimants: readonly ClaimantId[] | undefined;
  readonly otherClaimants: boolean;
  readonly claimantNames: readonly Claimant[];
  readonly annotations: readonly string[];
  readonly events: readonly TimelineEvent[];
  readonly population: RefugeeCount | undefined;
  readonly domain: readonly [Date, Date];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of an ISO day in Yerevan, as an instant. */
export function yerevanMidnight(day: string): Date | undefined {
  const time = memo(midnights, day, () => {
    const m = ISO_DAY.exec(day);
    if (!m) return Number.NaN;
    const [, y, mo, d] = m.map(Number) as [number, number, number, number];
    // Armenia has kept UTC+4 all year since 2012; read the offset from Intl rather than assume it.
    const guess = new Date(Date.UTC(y, mo - 1, d));
    return guess.getTime() - yerevanOffsetMinutes(guess) * 60_000;
  });
  return Number.isNaN(time) ? undefined : new Date(time);
}

// Intl's time-zone lookups (formatToParts) were about a tenth of a curve's render in a profile,
// and a chart asks the same few dozen days and instants again at every render: remembered, up to
// a bound.
const midnights = new Map<string, number>();
const days = new Map<number, string>();
function memo<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 5000) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Yerevan",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Yerevan of an instant, as an ISO date. */
export function yerevanDay(at: Date): string {
  return memo(days, at.getTime(), () => {
    const parts = Object.fromEntries(dayFormat.formatToParts(at).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  });
}

/** Midnight at the end of an ISO day in Yerevan (the start of the next day). */
function nextMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return yerevanMidnight(next) ?? new Date(Number.NaN);
}

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Yerevan",
  timeZoneName: "longOffset",
});

/** Yerevan's UTC offset at an instant, in minutes (240 in 2023). */
export function yerevanOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function toInstant(value: unknown, name: string, endOfDay = false): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(errors.invalid(name, "Invalid Date"));
    return value;
  }
  if (typeof value === "string") {
    // Only a real day: Date.UTC would read 2023-09-31 as 1 October.
    const at = isRealIsoDay(value) ? yerevanMidnight(value) : undefined;
    if (at && !Number.isNaN(at.getTime())) return endOfDay ? nextMidnight(value) : at;
    throw new RangeError(errors.invalid(name, value));
  }
  throw new TypeError(errors.type(name, "an ISO date or a Date", value));
}

function stringList(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value)) throw new TypeError(errors.type(name, "an array", value));
  for (const item of value) {
    if (typeof item !== "string" || item === "") {
      throw new TypeError(errors.type(name, "non-empty strings", item));
    }
  }
  return value as readonly string[];
}

function bool(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new TypeError(errors.type(name, "a boolean", value));
  return value;
}

/**
 * Fills defaults and validates the chart-specific options (the common ones are the chrome's).
 * Throws `TypeError` for a value of the wrong type and `RangeError` for a value out of range,
 * each message starting with "invalid <option>".
 */
export function normalizeOptions(
  options: RefugeeCurveOptions | undefined,
  defaults: DatasetDefaults,
): NormalizedRefugeeCurveOptions {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(errors.type("options", "an object", options));
  }
  const o = options ?? {};

  const metric = o.metric ?? "arrived-in-armenia";
  if (!(REFUGEE_METRICS as readonly unknown[]).includes(metric)) {
    throw new RangeError(errors.invalid("metric", metric, REFUGEE_METRICS));
  }

  const claimants = o.claimants === undefined ? undefined : stringList(o.claimants, "claimants");
  const claimantNames = arrayOption("claimantNames", o.claimantNames, checkClaimant) ?? defaults.claimants;

  const events =
    o.events === undefined ? defaults.events : (arrayOf(o.events, "events") as readonly TimelineEvent[]);
  let annotations: readonly string[];
  if (o.annotations === undefined || o.annotations === true) {
    // The default four, as far as the timeline in use has them (a custom timeline may not).
    annotations = DEFAULT_ANNOTATIONS.filter((id) => events.some((e) => e.id === id));
  } else if (o.annotations === false) {
    annotations = [];
  } else {
    annotations = stringList(o.annotations, "annotations");
    for (const id of annotations) {
      if (!events.some((e) => e.id === id)) throw new RangeError(errors.invalid("annotations", id));
    }
  }

  let population: RefugeeCount | undefined;
  if (o.population === undefined || o.population === true) population = defaults.population;
  else if (o.population === false) population = undefined;
  else if (typeof o.population === "object" && o.population !== null && !Array.isArray(o.population)) {
    const value = (o.population as { value?: unknown }).value;
    if (!isCount(value) || value === 0) {
      throw new RangeError(errors.invalid("population.value", value));
    }
    population = o.population;
  } else throw new TypeError(errors.type("population", "a boolean or a RefugeeCount", o.population));

  const rawDomain = o.domain ?? DEFAULT_DOMAIN;
  if (!Array.isArray(rawDomain) || rawDomain.length !== 2) {
    throw new TypeError(errors.type("domain", "[start, end]", rawDomain));
  }
  const domain = [toInstant(rawDomain[0], "domain"), toInstant(rawDomain[1], "domain", true)] as const;
  if (domain[0] >= domain[1]) {
    throw new RangeError(
      errors.invalid("domain", `${describe(rawDomain[0])} is not before ${describe(rawDomain[1])}`),
    );
  }

  return {
    metric,
    claimants,
    otherClaimants: bool(o.otherClaimants, "otherClaimants", true),
    claimantNames,
    annotations,
    events,
    population,
    domain,
  };
}

function arrayOf(value: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(errors.type(name, "an array", value));
  return value;
}
