/**
 * The keys of the reader text of `refugeeCurve()` (the tables are in `src/locales/`, group
 * `curve`), and the words of one figure composed from them: title, subtitle, notes, legend, summary, tables, tooltips and the labels drawn. Nothing
 * here names a story: the destination and the wording come from the story (its titles, its
 * metric's label, its time zone's name, its vocabulary), the table only joins them.
 */
import {
  claimantFor,
  localize,
  type RefugeePoint,
  type Source,
  type Story,
  sourceFor,
  term,
  timeZoneName,
} from "@karabakh2023/data";
import type { FigureSpec, LegendEntry } from "../figure/contract.js";
import { formatters, joinPublishers, type LocalTimeFormatters } from "../figure/format.js";
import { colorVars } from "../figure/theme.js";
import type { ResolvedLocale } from "../locales/registry.js";
import { warnings } from "../messages.js";
import type { MarkText } from "./layout.js";
import { type CurveModel, type CurvePoint, LEGEND_SHAPES } from "./model.js";
import type { NormalizedRefugeeCurveOptions } from "./options.js";

export interface SummaryParts {
  /** The metric's label, from the story's vocabulary: "Crossed the border (cumulative)". */
  readonly metric: string;
  readonly first: string;
  readonly last: string;
  readonly count: string;
  readonly claimant: string;
  readonly share?: string;
  readonly population?: string;
  readonly others: number;
  readonly single: boolean;
}

export interface RefugeeCurveText {
  /** Subtitle when the story gives none. */
  defaultSubtitle: string;
  /** The story's (or default) subtitle followed by the time zone: "…; Central European time (UTC+1)". */
  subtitle: (base: string, zone: string) => string;
  /** A zone with the offsets in force: "Central European time (UTC+1 → UTC+2)". */
  zone: (name: string, offsets: string) => string;
  xLabel: (zone: string) => string;
  approximate: (partOfDay: string) => string;
  timeNotReported: string;
  /** The population reference line: "Population before: ≈ 120,000". */
  population: (value: string) => string;
  /** The share of that population the main series reached: "83.9% counted". */
  reached: (share: string) => string;
  hollow: string;
  pointLabel: (claimant: string, count: string, when: string) => string;
  /** A clock time in the tooltip: "26 Mar 2022, 12:00 (Central European time)". */
  at: (dateTime: string, zone: string) => string;
  columns: (zone: string) => readonly [string, string, string, string, string, string];
  summary: (p: SummaryParts) => string;
  /** The summary's sentence naming the highlighted claimants and counts. */
  highlighted: (names: string) => string;
  /** A highlighted count in that sentence: "25,000 on 29 Mar 2022 (Aid network)". */
  countItem: (count: string, day: string, claimant: string) => string;
  leftOut: (count: number, items: string) => string;
  /** Legend of a main series announced by several claimants of one side. */
  officialCount: (party: string) => string;
  noCounts: string;
  eventsCaption: string;
  eventColumns: (zone: string) => readonly [string, string, string, string, string];
  /** Time column of an event known only by its day. */
  wholeDay: string;
}

/** Tick labels of a time axis in one zone: "24 Sept", "24 Sept 2023", "06:00", "Oct", "Jan 2024", "2024". */
export type TickFormats = Pick<
  LocalTimeFormatters,
  "dayMonth" | "day" | "time" | "month" | "monthYear" | "year"
>;

// ---------------------------------------------------------------- the words of one figure

const WEEK = 7 * 86_400_000;

/**
 * The UTC offsets in force in a window, in order: ["UTC+4"], or ["UTC+1", "UTC+2"] when a DST
 * change lies inside (sampled weekly and at the end: a zone keeps an offset for months).
 */
export function windowOffsets(d0: Date, d1: Date, offsetAt: (at: Date) => string): readonly string[] {
  const runs: string[] = [];
  for (let t = d0.getTime(); ; t = Math.min(t + WEEK, d1.getTime())) {
    const offset = offsetAt(new Date(t));
    if (runs.at(-1) !== offset) runs.push(offset);
    if (t >= d1.getTime()) break;
  }
  return runs;
}

/** "UTC+4", "UTC+1 → UTC+2"; over years (more than two changes) each offset once: "UTC+1 / UTC+2". */
export const offsetsText = (runs: readonly string[]): string =>
  runs.length > 3 ? [...new Set(runs)].join(" / ") : runs.join(" → ");

export interface CurveWordsInput {
  readonly story: Story;
  readonly model: CurveModel;
  readonly options: NormalizedRefugeeCurveOptions;
  /** The chart's locale: its message table and Intl tag. */
  readonly locale: ResolvedLocale;
  /** The locale of the story's texts (`storyLocale()`). */
  readonly storyLocale: string;
  /** The caller's title, subtitle and notes, which win over (or come after) the story's. */
  readonly common: {
    readonly title: string | undefined;
    readonly subtitle: string | undefined;
    readonly notes: readonly string[];
    readonly sources: readonly Source[];
  };
  readonly warn: (message: string) => void;
}

export type CurveWords = Pick<
  FigureSpec,
  "title" | "subtitle" | "notes" | "legend" | "summary" | "table" | "moreTables" | "message"
> & {
  /** What the plot draws in words: tick labels, axis label, population labels. */
  readonly markText: MarkText;
  /** A count's tooltip and screen-reader announcement. */
  readonly pointLabel: (point: CurvePoint) => string;
};

/**
 * Every word of one figure. Throws a RangeError naming a claimant, metric, party or story text
 * that has no text in the locale (never a raw id or another language in its place).
 */
export function curveWords(input: CurveWordsInput): CurveWords {
  const { story, model, options, common, warn, locale: chartLocale, storyLocale: locale } = input;
  const text = chartLocale.messages.curve;
  const labels = chartLocale.messages.labels;
  const f = formatters(chartLocale);
  const zone = options.timeZone;
  const t = f.local(zone);

  const nameOf = (id: string) => {
    const c = claimantFor(id, options.claimantNames);
    if (!c) {
      warn(warnings.unknownClaimant(id));
      return id;
    }
    // An empty name is drawn as given (it is the caller's text); a missing one is an error.
    const name = Object.hasOwn(c.name, locale) ? c.name[locale] : undefined;
    if (typeof name !== "string")
      throw new RangeError(`claimant ${id} name has no ${JSON.stringify(locale)} text`);
    return name;
  };
  const [d0, d1] = model.domain;
  const zoneName = timeZoneName(story, locale);
  const offsets = windowOffsets(d0, d1, t.utcOffset);
  const zoneText = text.zone(zoneName, offsetsText(offsets));
  // Two offsets in the window: every clock time says which one it is in.
  const changes = offsets.length > 1;
  const when = (p: RefugeePoint) =>
    p.timePrecision === "minute"
      ? text.at(t.dateTime(p.at), changes ? `${zoneName}, ${t.utcOffset(p.at)}` : zoneName)
      : p.timePrecision === "part-of-day" && p.timeOfDay
        ? `${t.day(p.at)}, ${text.approximate(labels.timeOfDay[p.timeOfDay])}`
        : `${t.day(p.at)} (${text.timeNotReported})`;
  const pointLabel = (c: CurvePoint) => {
    const note = c.point.note?.[locale];
    const base = text.pointLabel(
      nameOf(c.point.claimant),
      f.qualified(c.point.value, c.point.qualifier),
      when(c.point),
    );
    return note ? `${base}. ${note}` : base;
  };

  const population = options.population;
  const share = model.population?.share;
  const markText: MarkText = {
    ticks: t,
    number: f.number,
    xLabel: text.xLabel(zoneText),
    population: population ? text.population(f.qualified(population.value, population.qualifier)) : undefined,
    reached: share !== undefined ? text.reached(f.percent(share)) : undefined,
  };

  const metricLabel = localize(
    options.metric.label,
    locale,
    `data.vocabulary.refugeeMetrics ${options.metric.id} label`,
  );
  const countItem = (p: RefugeePoint) =>
    text.countItem(f.qualified(p.value, p.qualifier), t.day(p.at), nameOf(p.claimant));
  const mainPoints = model.points.filter((p) => p.main);
  const first = mainPoints[0] ?? model.points[0];
  const peak = model.peak ?? model.points.at(-1);
  const highlighted = model.highlighted.map((id) => {
    const count =
      model.points.find((p) => p.point.id === id)?.point ?? model.outside.find((p) => p.id === id);
    return count ? countItem(count) : nameOf(id);
  });
  const summary =
    first && peak
      ? text.summary({
          metric: metricLabel,
          first: t.longDay(
            first.point.at,
            t.day(first.point.at).slice(-4) !== t.day(peak.point.at).slice(-4),
          ),
          last: t.longDay(peak.point.at, true),
          count: f.qualified(peak.point.value, peak.point.qualifier),
          claimant: nameOf(peak.point.claimant),
          share: share !== undefined ? f.percent(share) : undefined,
          population: population ? f.number(population.value) : undefined,
          others: model.points.filter((p) => !p.main).length,
          single: first === peak,
        }) + (highlighted.length > 0 ? text.highlighted(f.list(highlighted)) : "")
      : text.noCounts;

  const mainIds = model.claimants.filter((c) => c.main).map((c) => c.id);
  const parties = new Set(mainIds.map((id) => claimantFor(id, options.claimantNames)?.party));
  const [party] = parties;
  const partyTerm = party === undefined ? undefined : term(story.vocabulary, "parties", party);
  const mainLabel =
    mainIds.length === 1
      ? nameOf(mainIds[0] ?? "")
      : parties.size === 1 && partyTerm
        ? text.officialCount(localize(partyTerm.label, locale, `data.vocabulary.parties ${party} label`))
        : f.list(mainIds.map(nameOf));
  const legend: LegendEntry[] = [
    ...(model.line.length > 1
      ? [{ label: mainLabel, color: model.line[0]?.color ?? colorVars.foreground, shape: "line" } as const]
      : []),
    // Without a line (one count, or a metric that is not a running total), every claimant is a marker.
    ...model.claimants
      .filter((c) => !c.main || model.line.length <= 1)
      .map((c): LegendEntry => ({ label: nameOf(c.id), color: c.color, shape: LEGEND_SHAPES[c.symbol] })),
    ...(model.points.some((p) => p.hollow)
      ? [{ label: text.hollow, color: colorVars.foreground, shape: "circle", pattern: "outline" } as const]
      : []),
  ];

  const publishers = (ids: readonly string[]) =>
    joinPublishers(ids.map((id) => sourceFor(id, common.sources)?.publisher ?? id));
  const storyTexts = story.charts?.refugees;
  return {
    title:
      common.title ??
      (storyTexts ? localize(storyTexts.title, locale, "data.charts.refugees.title") : metricLabel),
    subtitle:
      common.subtitle ??
      text.subtitle(
        storyTexts?.subtitle
          ? localize(storyTexts.subtitle, locale, "data.charts.refugees.subtitle")
          : text.defaultSubtitle,
        zoneText,
      ),
    notes: [
      ...(story.note ? [localize(story.note, locale, "data.note")] : []),
      ...common.notes,
      ...(model.outside.length > 0
        ? [text.leftOut(model.outside.length, f.list(model.outside.map(countItem)))]
        : []),
    ],
    legend,
    summary,
    table: {
      columns: text.columns(zoneName),
      rows: model.points.map((p) => [
        t.day(p.point.at),
        p.point.timePrecision === "minute"
          ? `${p.point.timeLocal ?? ""}${changes ? ` (${t.utcOffset(p.point.at)})` : ""}`
          : p.point.timeOfDay
            ? text.approximate(labels.timeOfDay[p.point.timeOfDay])
            : text.timeNotReported,
        p.point.value,
        labels.qualifier[p.point.qualifier],
        nameOf(p.point.claimant),
        publishers(p.point.sources),
      ]),
    },
    moreTables: [
      {
        caption: text.eventsCaption,
        columns: text.eventColumns(zoneName),
        rows: model.annotations.map((a) => [
          t.day(a.start),
          a.start.getTime() === a.end.getTime()
            ? `${a.event.timeLocal ?? ""}${changes ? ` (${t.utcOffset(a.start)})` : ""}`
            : text.wholeDay,
          a.label,
          a.title,
          publishers(a.event.sources ?? []),
        ]),
      },
    ],
    ...(model.points.length === 0 ? { message: text.noCounts } : {}),
    markText,
    pointLabel,
  };
}
