/**
 * Options of `refugeeCurve()` and their one normalizer: after `normalizeOptions()` the rest of
 * the chart never sees `undefined` (but for the defaults only the data can give: the window and
 * the annotations, resolved by the model), and a programmer error has already thrown a TypeError
 * or RangeError naming the option and the value.
 */
import {
  type Claimant,
  type ClaimantId,
  isRealIsoDay,
  nextDay,
  type RefugeeCount,
  type RefugeeMetric,
  type RefugeeMetricTerm,
  type Story,
  type TimelineEvent,
  termIds,
  zonedInstant,
} from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import {
  arrayOption,
  booleanOption,
  checkClaimant,
  isCount,
  isRecord,
  warnUnknownOptions,
} from "../figure/options.js";
import { describe, errors } from "../messages.js";

export interface RefugeeCurveOptions extends CommonOptions {
  /**
   * Which count to draw: an id of the story's `vocabulary.refugeeMetrics` (another id throws a
   * RangeError listing the valid ones). Default: the first metric of role "cumulative" that has
   * counts.
   */
  metric?: RefugeeMetric;
  /**
   * Claimants whose counts are joined by a line, in drawing order. Every other claimant's
   * counts of the same metric stay on the chart as distinct, attributed markers (disputed
   * figures are never merged). Default: the claimant with the most counts of the metric and,
   * when it speaks for a party, every claimant speaking for the same party.
   */
  claimants?: readonly ClaimantId[];
  /** Show other claimants' counts as markers. Default true. */
  otherClaimants?: boolean;
  /** Who each claimant id is, for the tooltips and legend. Default: the story's claimants. */
  claimantNames?: readonly Claimant[];
  /**
   * Vertical annotations from the event timeline: `true` for the events that have a
   * `chartLabel` inside the window (drawn with it), `false` for none, or a list of event ids
   * (an event without a `chartLabel` is drawn with its own label; an unknown id throws a
   * RangeError). Default true. A story without events has none.
   */
  annotations?: boolean | readonly string[];
  /** The timeline the annotations come from. Default: the story's events. */
  events?: readonly TimelineEvent[];
  /**
   * A horizontal reference line for the population before the events, labelled with the share
   * the main series reached: `true` for the story's count of a metric of role "population" (no
   * line when it has none), `false` for none, or a count record. Default true.
   */
  population?: boolean | RefugeeCount;
  /**
   * First and last day of the time axis, both included: an ISO start date means midnight at the
   * start of that day in the story's time zone, an ISO end date midnight at its end. A `Date` is
   * an instant. A string must be a real day as "YYYY-MM-DD" ("2023-09-31" → RangeError naming
   * `domain`). Default: the data's extent, in whole local days: from the first to the last of
   * the main series' counts and the events marked (the story's with a `chartLabel`, and those
   * listed in `annotations`).
   */
  domain?: readonly [string | Date, string | Date];
  /**
   * Claimant ids or count ids: their counts emphasised, the others faint, the summary names
   * them; an id matching no count of the metric warns once. Default: none.
   */
  highlight?: readonly string[];
}

/** This chart's own option names (with the common ones: the unknown-option check). */
export const OWN_OPTION_NAMES = [
  "metric",
  "claimants",
  "otherClaimants",
  "claimantNames",
  "annotations",
  "events",
  "population",
  "domain",
] as const satisfies readonly (keyof RefugeeCurveOptions)[];

export interface NormalizedRefugeeCurveOptions {
  readonly metric: RefugeeMetricTerm;
  /** IANA zone every local time is read in (the story's). */
  readonly timeZone: string;
  /** `undefined`: the default main claimants, chosen from the data by the model. */
  readonly claimants: readonly ClaimantId[] | undefined;
  readonly otherClaimants: boolean;
  readonly claimantNames: readonly Claimant[];
  /** Event ids, or "labelled": the events with a `chartLabel` inside the window. */
  readonly annotations: readonly string[] | "labelled";
  readonly events: readonly TimelineEvent[];
  /**
   * The events the default window covers: those listed in `annotations`, and those with a
   * `chartLabel` when the timeline belongs to the data (a story, or the `events` option), not
   * when an array of counts is drawn with the default story's timeline.
   */
  readonly windowEvents: readonly TimelineEvent[];
  readonly population: RefugeeCount | undefined;
  /** `undefined`: the data's extent, computed by the model. */
  readonly domain: readonly [Date, Date] | undefined;
}

function toInstant(value: unknown, name: string, zone: string, endOfDay = false): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(errors.invalid(name, "Invalid Date"));
    return value;
  }
  if (typeof value === "string") {
    // Only a real day: Date.UTC would read 2023-09-31 as 1 October.
    if (!isRealIsoDay(value)) throw new RangeError(errors.invalid(name, value));
    return zonedInstant(endOfDay ? nextDay(value) : value, "00:00", zone);
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

const hasCounts = (records: readonly unknown[], metric: string) =>
  records.some((r) => isRecord(r) && r.metric === metric);

/**
 * Fills defaults and validates the chart-specific options (the common ones are the chrome's);
 * warns once for an option this chart does not know. `records` are the refugee counts drawn
 * (the default metric and population are the first of the story's vocabulary that have counts).
 * `ownTimeline` is false when the counts are an array drawn with the default story: its events
 * are then marked inside the window but do not stretch it.
 * Throws `TypeError` for a value of the wrong type and `RangeError` for a value out of range,
 * each message starting with "invalid <option>".
 */
export function normalizeOptions(
  options: RefugeeCurveOptions | Record<string, unknown> | undefined,
  story: Story,
  records: readonly unknown[],
  chart = "refugee-curve",
  ownTimeline = true,
): NormalizedRefugeeCurveOptions {
  if (options !== undefined && !isRecord(options)) {
    throw new TypeError(errors.type("options", "an object", options));
  }
  const o = (options ?? {}) as RefugeeCurveOptions;
  warnUnknownOptions(chart, o as Record<string, unknown>, OWN_OPTION_NAMES);
  const zone = story.timeZone.id;
  const metrics = story.vocabulary.refugeeMetrics;

  let metric: RefugeeMetricTerm | undefined;
  if (o.metric === undefined) {
    const cumulative = metrics.filter((m) => m.role === "cumulative");
    metric = cumulative.find((m) => hasCounts(records, m.id)) ?? cumulative[0] ?? metrics[0];
    if (!metric) throw new RangeError(errors.invalid("data.vocabulary.refugeeMetrics", "an empty list"));
  } else {
    metric = metrics.find((m) => m.id === o.metric);
    if (!metric)
      throw new RangeError(errors.invalid("metric", o.metric, termIds(story.vocabulary, "refugeeMetrics")));
  }

  const claimants = o.claimants === undefined ? undefined : stringList(o.claimants, "claimants");
  const claimantNames = arrayOption("claimantNames", o.claimantNames, checkClaimant) ?? story.claimants;

  const events =
    o.events === undefined ? story.events : (arrayOf(o.events, "events") as readonly TimelineEvent[]);
  let annotations: readonly string[] | "labelled";
  if (o.annotations === undefined || o.annotations === true) annotations = "labelled";
  else if (o.annotations === false) annotations = [];
  else {
    annotations = stringList(o.annotations, "annotations");
    for (const id of annotations) {
      if (!events.some((e) => e.id === id)) {
        throw new RangeError(
          errors.invalid(
            "annotations",
            id,
            events.map((e) => e.id),
          ),
        );
      }
    }
  }

  let population: RefugeeCount | undefined;
  if (o.population === undefined || o.population === true) population = storyPopulation(story, records);
  else if (o.population === false) population = undefined;
  else if (isRecord(o.population)) {
    const value = (o.population as { value?: unknown }).value;
    if (!isCount(value) || value === 0) {
      throw new RangeError(errors.invalid("population.value", value));
    }
    population = o.population;
  } else throw new TypeError(errors.type("population", "a boolean or a RefugeeCount", o.population));

  let domain: readonly [Date, Date] | undefined;
  if (o.domain !== undefined) {
    const raw = o.domain as unknown;
    if (!Array.isArray(raw) || raw.length !== 2) {
      throw new TypeError(errors.type("domain", "[start, end]", raw));
    }
    domain = [toInstant(raw[0], "domain", zone), toInstant(raw[1], "domain", zone, true)] as const;
    if (domain[0] >= domain[1]) {
      throw new RangeError(errors.invalid("domain", `${describe(raw[0])} is not before ${describe(raw[1])}`));
    }
  }

  const listed = new Set(annotations === "labelled" ? [] : annotations);
  const labelled = ownTimeline || o.events !== undefined;
  const windowEvents = events.filter((e) => listed.has(e.id) || (labelled && e.chartLabel !== undefined));

  return {
    metric,
    timeZone: zone,
    claimants,
    otherClaimants: booleanOption("otherClaimants", o.otherClaimants, true),
    claimantNames,
    annotations,
    events,
    windowEvents,
    population,
    domain,
  };
}

/**
 * The story's population before the events: the latest usable count of its first metric of
 * role "population" that has counts, or `undefined` (no reference line).
 */
export function storyPopulation(story: Story, records: readonly unknown[]): RefugeeCount | undefined {
  for (const m of story.vocabulary.refugeeMetrics) {
    if (m.role !== "population") continue;
    const counts = records.filter(
      (r): r is RefugeeCount =>
        isRecord(r) && r.metric === m.id && isCount(r.value) && r.value > 0 && isRealIsoDay(r.date),
    );
    const latest = counts.reduce<RefugeeCount | undefined>(
      (a, b) => (!a || b.date >= a.date ? b : a),
      undefined,
    );
    if (latest) return latest;
  }
  return undefined;
}

function arrayOf(value: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(errors.type(name, "an array", value));
  return value;
}
