/**
 * The data the curve draws, derived from the placed counts and the normalized options: which
 * counts are in view, which are joined by a line, the default window, the annotations, the
 * population share and what is highlighted. No DOM, no text formatting.
 */
import {
  type Claimant,
  type ClaimantId,
  isRealIsoDay,
  nextDay,
  type RefugeeCount,
  type RefugeePoint,
  refugeeSeries,
  type Story,
  type TimelineEvent,
  termIds,
  zonedDay,
  zonedInstant,
} from "@karabakh2023/data";
import { ascending, descending, greatest, group, max, min } from "d3-array";
import { isCount } from "../figure/options.js";
import { colorVars, paletteVar } from "../figure/theme.js";
import { describe, warnings } from "../messages.js";
import type { NormalizedRefugeeCurveOptions } from "./options.js";

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Why a record cannot be placed on the curve, or undefined when it can. */
function unusable(d: unknown): string | undefined {
  if (d === null || typeof d !== "object") return "not a record";
  const r = d as Partial<Record<keyof RefugeeCount, unknown>>;
  if (!isRealIsoDay(r.date)) return `date ${describe(r.date)} is not a real ISO day (YYYY-MM-DD)`;
  if (r.timeLocal !== undefined && (typeof r.timeLocal !== "string" || !LOCAL_TIME.test(r.timeLocal))) {
    return `timeLocal ${describe(r.timeLocal)} is not HH:MM`;
  }
  if (!isCount(r.value))
    return `value ${describe(r.value)} is not a count (a whole number from 0 to 2^53 − 1)`;
  if (typeof r.claimant !== "string") return "claimant is missing";
  return undefined;
}

/**
 * The counts of the chart's metric placed in time in the story's zone. Records of other metrics
 * of the vocabulary are not this chart's business; a metric the story does not know is a
 * mistake, warned about naming the record, field and value; an unplaceable record of the metric
 * (bad date, time or value) is warned about. Both are left out.
 */
export function placeCounts(
  records: readonly unknown[],
  story: Story,
  options: Pick<NormalizedRefugeeCurveOptions, "metric" | "timeZone">,
  warn: (message: string) => void,
): RefugeePoint[] {
  const metrics = new Set(termIds(story.vocabulary, "refugeeMetrics"));
  const usable = records.filter((d, i): d is RefugeeCount => {
    const id = (d as { id?: unknown } | null)?.id;
    const name = typeof id === "string" ? id : `#${i}`;
    const metric = (d as { metric?: unknown } | null)?.metric;
    if (typeof metric !== "string" || !metrics.has(metric)) {
      const known = [...metrics].join(", ");
      warn(
        warnings.droppedClaim(
          name,
          `metric ${describe(metric)} is not in data.vocabulary.refugeeMetrics (${known})`,
        ),
      );
      return false;
    }
    if (metric !== options.metric.id) return false;
    const why = unusable(d);
    if (why) warn(warnings.droppedClaim(name, why));
    return !why;
  });
  return refugeeSeries(options.metric.id, undefined, usable, options.timeZone);
}

/** Marker shapes for claimants other than the main ones: shape, not only colour, tells them apart. */
export const OTHER_SYMBOLS = ["diamond2", "triangle2", "square2"] as const;

/** The legend shape of each Plot symbol used here. */
export const LEGEND_SHAPES = {
  circle: "circle",
  diamond2: "diamond",
  triangle2: "triangle",
  square2: "square",
} as const;

/** One count as drawn. */
export interface CurvePoint {
  readonly point: RefugeePoint;
  /** True for counts of a claimant drawn as a line. */
  readonly main: boolean;
  /** The time is only a part of the day (or the day): drawn as a hollow marker. */
  readonly hollow: boolean;
  readonly color: string;
  readonly symbol: keyof typeof LEGEND_SHAPES;
  /** Something else is highlighted: drawn faint. */
  readonly muted: boolean;
  /** Named by `highlight` (its id or its claimant's): drawn larger. */
  readonly highlighted: boolean;
}

/** An annotation from the event timeline: an instant, or a whole day when no time is known. */
export interface CurveAnnotation {
  readonly id: string;
  readonly event: TimelineEvent;
  readonly start: Date;
  /**
   * Equal to `start` for a timed event; the next local midnight for a day-only event (a day cut
   * by the window spans only the part inside it).
   */
  readonly end: Date;
  /** Drawn on the chart: the event's `chartLabel` when it has one, else its own label. */
  readonly label: string;
  /** The event's full label (tooltip and events table). */
  readonly title: string;
}

export interface CurveModel {
  readonly domain: readonly [Date, Date];
  readonly timeZone: string;
  /** Counts inside the domain, sorted by time then claimant: the keyboard order. */
  readonly points: readonly CurvePoint[];
  /**
   * The main series: the counts of every main claimant whose time is known (to the minute or the
   * part of the day), joined by one line in time order. Empty for a metric that is not cumulative.
   */
  readonly line: readonly CurvePoint[];
  /** The line is faint: something other than a main claimant is highlighted. */
  readonly lineMuted: boolean;
  /** Claimants in drawing order: main ones first, then others by first appearance. */
  readonly claimants: readonly {
    readonly id: ClaimantId;
    readonly main: boolean;
    readonly color: string;
    readonly symbol: keyof typeof LEGEND_SHAPES;
  }[];
  readonly annotations: readonly CurveAnnotation[];
  /** Population before the events and the share the highest main count reached (0–1). */
  readonly population?: { readonly value: number; readonly share: number | undefined };
  /** The highest count of the main series inside the domain (what the share is computed from). */
  readonly peak: CurvePoint | undefined;
  /** Counts of the metric outside the domain: left out of the view and said so. */
  readonly outside: readonly RefugeePoint[];
  /** Whether a main-series count is outside the domain (the line is cut: suspicious). */
  readonly mainOutside: boolean;
  /** Claimants whose cumulative counts go down at some point (when the order in time is certain). */
  readonly decreasing: readonly ClaimantId[];
  /** Highlighted ids in the option's order: claimant ids and count ids that match a count. */
  readonly highlighted: readonly string[];
  /** Highlight ids that match no count of the metric (warned about). */
  readonly unmatched: readonly string[];
}

/**
 * The default main series: the claimant with the most counts and, when it speaks for a party,
 * every claimant speaking for the same party (a government's running count is often announced
 * by several of its officials). Ties go to the first claimant in time order.
 */
export function defaultMainClaimants(
  points: readonly RefugeePoint[],
  claimants: readonly Claimant[],
): ClaimantId[] {
  const top = greatest(
    group(points, (p) => p.claimant),
    ([, list]) => list.length,
  );
  if (!top) return [];
  const party = claimants.find((c) => c.id === top[0])?.party;
  if (party === undefined) return [top[0]];
  const sameSide = new Set(claimants.filter((c) => c.party === party).map((c) => c.id));
  return Array.from(new Set(points.map((p) => p.claimant))).filter((id) => sameSide.has(id));
}

/** An event's span in the zone: its clock time, or the whole local day when it has none. */
export function eventSpan(event: TimelineEvent, zone: string): { start: Date; end: Date } | undefined {
  if (!isRealIsoDay(event.date)) return undefined;
  if (event.timeLocal && /^([01]\d|2[0-3]):[0-5]\d$/.test(event.timeLocal)) {
    const at = zonedInstant(event.date, event.timeLocal, zone);
    return { start: at, end: at };
  }
  return {
    start: zonedInstant(event.date, "00:00", zone),
    end: zonedInstant(nextDay(event.date), "00:00", zone),
  };
}

/**
 * The default window: whole local days from the first to the last of the main series' counts
 * and of `events` (the story's with a `chartLabel`, what it chose to mark on a time chart, and
 * those listed in `annotations`: `windowEvents`). Falls back to every count; `undefined` when
 * there is nothing at all.
 */
export function defaultDomain(
  main: readonly RefugeePoint[],
  all: readonly RefugeePoint[],
  events: readonly TimelineEvent[],
  zone: string,
): [Date, Date] | undefined {
  // Each item as its first local day and the day after its last one (ISO days sort as text).
  const days: [string, string][] = (main.length > 0 ? main : all).map((p) => {
    const day = zonedDay(p.at, zone);
    return [day, nextDay(day)];
  });
  for (const e of events) {
    const span = eventSpan(e, zone);
    if (!span) continue;
    const day = zonedDay(span.start, zone);
    days.push([day, nextDay(day)]);
  }
  if (days.length === 0) return undefined;
  const first = min(days, (d) => d[0]) as string;
  const last = max(days, (d) => d[1]) as string;
  return [zonedInstant(first, "00:00", zone), zonedInstant(last, "00:00", zone)];
}

/** Whether two counts' order in time is known, not an artefact of conventional hours. */
function certainOrder(a: RefugeePoint, b: RefugeePoint): boolean {
  return (a.timePrecision === "minute" && b.timePrecision === "minute") || a.date !== b.date;
}

/** Reader labels of an event in the chart's locale (throwing when the story lacks one). */
export interface EventLabels {
  readonly label: (event: TimelineEvent) => string;
  readonly chartLabel: (event: TimelineEvent) => string | undefined;
}

/**
 * Builds the model: which counts are in view, which are joined by a line, the annotations, the
 * share of the population before the events and the highlighted counts.
 */
export function buildModel(
  points: readonly RefugeePoint[],
  options: NormalizedRefugeeCurveOptions,
  labels: EventLabels,
  highlight: ReadonlySet<string> = new Set(),
): CurveModel {
  const zone = options.timeZone;
  const main = options.claimants ?? defaultMainClaimants(points, options.claimantNames);
  const mainSet = new Set(main);
  const mainPoints = points.filter((p) => mainSet.has(p.claimant));
  const fallback = zonedInstant("1970-01-01", "00:00", zone);
  const domain = options.domain ??
    defaultDomain(mainPoints, points, options.windowEvents, zone) ?? [
      fallback,
      new Date(fallback.getTime() + 86_400_000),
    ];
  const [d0, d1] = domain;
  const inDomain = (p: RefugeePoint) => p.at >= d0 && p.at <= d1;
  const shown = points.filter((p) => mainSet.has(p.claimant) || options.otherClaimants);
  const visible = shown.filter(inDomain);
  const cumulative = options.metric.role === "cumulative";

  const others = Array.from(new Set(visible.map((p) => p.claimant).filter((id) => !mainSet.has(id))));
  const claimants = [
    ...main.map((id) => ({ id, main: true, color: paletteVar(0), symbol: "circle" as const })),
    ...others.map((id, i) => ({
      id,
      main: false,
      color: paletteVar(1 + i),
      symbol: OTHER_SYMBOLS[i % OTHER_SYMBOLS.length] ?? "diamond2",
    })),
  ];
  const style = new Map(claimants.map((c) => [c.id, c]));
  const isHighlighted = (p: RefugeePoint) => highlight.has(p.id) || highlight.has(p.claimant);

  const curvePoints: CurvePoint[] = visible
    .map((point) => {
      const c = style.get(point.claimant);
      const highlighted = isHighlighted(point);
      return {
        point,
        main: mainSet.has(point.claimant),
        hollow: point.timePrecision !== "minute",
        color: c?.color ?? colorVars.foreground,
        symbol: c?.symbol ?? ("circle" as const),
        muted: highlight.size > 0 && !highlighted,
        highlighted,
      };
    })
    .sort(
      (a, b) =>
        ascending(a.point.at, b.point.at) ||
        descending(a.main, b.main) ||
        ascending(a.point.claimant, b.point.claimant) ||
        ascending(a.point.value, b.point.value),
    );

  // A count with no time at all is a marker only: joining it would invent an hour for it. Only a
  // running total is a line; other counts are separate facts.
  const line = cumulative ? curvePoints.filter((p) => p.main && p.point.timePrecision !== "day") : [];

  const decreasing = cumulative
    ? Array.from(group(points, (p) => p.claimant))
        .filter(([, list]) =>
          list.some((b, i) =>
            list.slice(0, i).some((a) => a.value > b.value && a.at < b.at && certainOrder(a, b)),
          ),
        )
        .map(([id]) => id)
    : [];

  const chosen =
    options.annotations === "labelled"
      ? options.events.filter((e) => e.chartLabel !== undefined)
      : options.annotations.flatMap((id) => options.events.filter((e) => e.id === id).slice(0, 1));
  const annotations = chosen.flatMap((event): CurveAnnotation[] => {
    const span = eventSpan(event, zone);
    if (!span) return [];
    const timed = span.start.getTime() === span.end.getTime();
    // A timed event inside the window, or a day that overlaps it (drawn only over the overlap).
    if (timed ? span.start < d0 || span.start > d1 : span.end <= d0 || span.start >= d1) return [];
    const start = timed || span.start >= d0 ? span.start : d0;
    const end = timed || span.end <= d1 ? span.end : d1;
    const title = labels.label(event);
    return [{ id: event.id, event, start, end, label: labels.chartLabel(event) ?? title, title }];
  });

  const peak = greatest(
    curvePoints.filter((p) => p.main),
    (p) => p.point.value,
  );
  const population = options.population
    ? {
        value: options.population.value,
        share: peak ? peak.point.value / options.population.value : undefined,
      }
    : undefined;

  const matches = (id: string) => points.some((p) => p.id === id || p.claimant === id);
  return {
    domain,
    timeZone: zone,
    points: curvePoints,
    line,
    lineMuted: highlight.size > 0 && !main.some((id) => highlight.has(id)),
    claimants,
    annotations,
    population,
    peak,
    outside: shown.filter((p) => !inDomain(p)),
    mainOutside: shown.some((p) => !inDomain(p) && mainSet.has(p.claimant)),
    decreasing,
    highlighted: [...highlight].filter(matches),
    unmatched: [...highlight].filter((id) => !matches(id)),
  };
}
