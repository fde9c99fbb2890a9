/**
 * refugeeCurve(): a running count of displaced people as reported, on a real time axis in the
 * story's time zone. Thin: normalize → model → layout → marks → Plot → shared chrome.
 */
import {
  claimantFor,
  isRealIsoDay,
  label,
  localize,
  type Qualifier,
  type RefugeeCount,
  type RefugeePoint,
  refugeeSeries,
  type Story,
  sourceFor,
  term,
  termIds,
  timeZoneName,
} from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { defaultStory } from "../default-story.js";
import type { FigureSpec, FocusPoint, LegendEntry } from "../figure/contract.js";
import { formatters, joinPublishers } from "../figure/format.js";
import { isCount, normalizeCommonOptions, optionsObject, resolveSources } from "../figure/options.js";
import { renderFigure } from "../figure/render.js";
import { checkStoryLocale, resolveStory } from "../figure/story.js";
import { colorVars } from "../figure/theme.js";
import { warnOnce } from "../figure/warn.js";
import { describe, refugeeCurveWarnings, warnings } from "../messages.js";
import { layoutCurve, type MarkText } from "./layout.js";
import { curvePlotOptions } from "./marks.js";
import { buildModel, type CurvePoint, LEGEND_SHAPES } from "./model.js";
import { normalizeOptions, type RefugeeCurveOptions } from "./options.js";
import { refugeeCurveText, zonedTickFormats } from "./text.js";

export type { RefugeeCurveOptions } from "./options.js";

const CHART = "refugee-curve";
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEK = 7 * 86_400_000;

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

/** A sign for how exact the population estimate is: "≈ 120,000", "> 100,000". */
const APPROX: Record<Qualifier, string> = {
  exact: "",
  about: "≈ ",
  nearly: "≈ ",
  "at-least": "≥ ",
  "more-than": "> ",
};

/**
 * The UTC offsets in force in a window, in order: "UTC+4", or "UTC+1 → UTC+2" when a DST change
 * lies inside (sampled weekly: a zone keeps an offset for months). More than two changes (a
 * window of years) list the offsets once each: "UTC+1 / UTC+2".
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

/**
 * Draws a story's running count of displaced people as reported: one line through the main
 * claimants' counts and every other claimant's counts as separate, attributed markers, on a time
 * axis in the story's zone (DST-correct); annotated with the story's events that have a chart
 * label, and a reference line for the population before the events when the story gives one.
 *
 * @param data A `Story` (its `refugees` are drawn with its vocabulary, time zone and events), an
 *   array of counts (drawn with the default story's), or nothing (the default story).
 * @example
 * import { refugeeCurve } from "@karabakh2023/charts";
 * document.body.append(refugeeCurve(undefined, { locale: "fr" }));
 */
export function refugeeCurve(
  data?: Story | readonly RefugeeCount[],
  options?: RefugeeCurveOptions,
): HTMLElement {
  const raw = optionsObject(options);
  const { story, records } = resolveStory(data, "refugees", defaultStory);
  const common = normalizeCommonOptions(CHART, raw, { sources: story.sources });
  const locale = common.locale;
  checkStoryLocale(story, locale);
  const opts = normalizeOptions(raw, story, records, CHART);
  const zone = opts.timeZone;

  const text = refugeeCurveText[locale];
  const f = formatters(locale);
  const t = f.local(zone);
  const warn = (message: string) => warnOnce(CHART, message);

  // Records of other metrics are not this chart's business; a metric the story does not know is
  // a mistake, said so; the records of the chart's metric must be placeable.
  const metrics = new Set(termIds(story.vocabulary, "refugeeMetrics"));
  const usable = records.filter((d, i): d is RefugeeCount => {
    const id = (d as { id?: unknown } | null)?.id;
    const name = typeof id === "string" ? id : `#${i}`;
    const metric = (d as { metric?: unknown } | null)?.metric;
    if (typeof metric !== "string" || !metrics.has(metric)) {
      warn(
        warnings.droppedClaim(
          name,
          `metric ${describe(metric)} is not in data.vocabulary.refugeeMetrics (${[...metrics].join(", ")})`,
        ),
      );
      return false;
    }
    if (metric !== opts.metric.id) return false;
    const why = unusable(d);
    if (why) warn(warnings.droppedClaim(name, why));
    return !why;
  });
  const placed = refugeeSeries(opts.metric.id, undefined, usable, zone);
  const model = buildModel(
    placed,
    opts,
    {
      label: (e) => localize(e.label, locale, `event ${e.id} label`),
      chartLabel: (e) =>
        e.chartLabel ? localize(e.chartLabel, locale, `event ${e.id} chartLabel`) : undefined,
    },
    common.highlight,
  );
  // The figure always notes counts outside the period; the console only when that is suspicious:
  // the caller chose the period, or the main series is cut.
  if (model.outside.length > 0 && (raw.domain !== undefined || model.mainOutside)) {
    warn(refugeeCurveWarnings.outsideDomain(model.outside.length));
  }
  for (const id of model.decreasing) warn(refugeeCurveWarnings.decreasing(id));
  for (const id of model.unmatched) warn(refugeeCurveWarnings.highlightMatchesNothing(id));

  const nameOf = (id: string) => {
    const c = claimantFor(id, opts.claimantNames);
    if (!c) warn(warnings.unknownClaimant(id));
    if (!c) return id;
    // An empty name is drawn as given (it is the caller's text); a missing one is an error.
    const name = Object.hasOwn(c.name, locale) ? c.name[locale] : undefined;
    if (typeof name !== "string")
      throw new RangeError(`claimant ${id} name has no ${JSON.stringify(locale)} text`);
    return name;
  };
  const [d0, d1] = model.domain;
  const zoneName = timeZoneName(story, locale);
  const offsets = windowOffsets(d0, d1, t.utcOffset);
  const zoneText = text.zone(
    zoneName,
    offsets.length > 3 ? [...new Set(offsets)].join(" / ") : offsets.join(" → "),
  );
  // Two offsets in the window: every clock time says which one it is in.
  const changes = offsets.length > 1;
  const when = (p: RefugeePoint) =>
    p.timePrecision === "minute"
      ? text.at(t.dateTime(p.at), changes ? `${zoneName}, ${t.utcOffset(p.at)}` : zoneName)
      : p.timePrecision === "part-of-day" && p.timeOfDay
        ? `${t.day(p.at)}, ${text.approximate(label("timeOfDay", p.timeOfDay, locale))}`
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

  const population = opts.population;
  const share = model.population?.share;
  const markText: MarkText = {
    ticks: { dayMonth: t.dayMonth, day: t.day, ...zonedTickFormats(locale, zone) },
    number: f.number,
    xLabel: text.xLabel(zoneText),
    population: population
      ? text.population(`${APPROX[population.qualifier] ?? ""}${f.number(population.value)}`)
      : undefined,
    reached: share !== undefined ? text.reached(f.percent(share)) : undefined,
  };

  const metricLabel = localize(
    opts.metric.label,
    locale,
    `data.vocabulary.refugeeMetrics ${opts.metric.id} label`,
  );
  const mainPoints = model.points.filter((p) => p.main);
  const first = mainPoints[0] ?? model.points[0];
  const peak = model.peak ?? model.points.at(-1);
  const highlighted = model.highlighted.map((id) => {
    const count =
      model.points.find((p) => p.point.id === id)?.point ?? model.outside.find((p) => p.id === id);
    return count
      ? text.countItem(f.qualified(count.value, count.qualifier), t.day(count.at), nameOf(count.claimant))
      : nameOf(id);
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
  const parties = new Set(mainIds.map((id) => claimantFor(id, opts.claimantNames)?.party));
  const [party] = parties;
  const partyTerm = party === undefined ? undefined : term(story.vocabulary, "parties", party);
  const mainLabel =
    mainIds.length === 1
      ? nameOf(mainIds[0] ?? "")
      : parties.size === 1 && partyTerm
        ? text.officialCount(localize(partyTerm.label, locale, `data.vocabulary.parties ${party} label`))
        : f.list(mainIds.map(nameOf));
  const legend: LegendEntry[] = [
    ...(model.line.length > 0
      ? [{ label: mainLabel, color: model.line[0]?.color ?? colorVars.foreground, shape: "line" } as const]
      : []),
    ...model.claimants
      .filter((c) => !c.main || model.line.length === 0)
      .map((c): LegendEntry => ({ label: nameOf(c.id), color: c.color, shape: LEGEND_SHAPES[c.symbol] })),
    ...(model.points.some((p) => p.hollow)
      ? [{ label: text.hollow, color: colorVars.foreground, shape: "circle", pattern: "outline" } as const]
      : []),
  ];

  const cited = [
    ...model.points.flatMap((p) => p.point.sources),
    ...(population && model.population ? population.sources : []),
    ...model.annotations.flatMap((a) => a.event.sources ?? []),
  ];
  const resolved = resolveSources(cited, common.sources, (id) => {
    if (!sourceFor(id, common.sources)) warn(warnings.unknownSource(id));
  });
  const publishers = (ids: readonly string[]) =>
    joinPublishers(ids.map((id) => sourceFor(id, common.sources)?.publisher ?? id));
  const storyTexts = story.charts?.refugees;

  const spec: FigureSpec = {
    chart: CHART,
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
        ? [
            text.leftOut(
              model.outside.length,
              f.list(
                model.outside.map((p) =>
                  text.countItem(f.qualified(p.value, p.qualifier), t.day(p.at), nameOf(p.claimant)),
                ),
              ),
            ),
          ]
        : []),
    ],
    legend,
    sources: resolved,
    summary,
    table: {
      columns: text.columns(zoneName),
      rows: model.points.map((p) => [
        t.day(p.point.at),
        p.point.timePrecision === "minute"
          ? `${p.point.timeLocal ?? ""}${changes ? ` (${t.utcOffset(p.point.at)})` : ""}`
          : p.point.timeOfDay
            ? text.approximate(label("timeOfDay", p.point.timeOfDay, locale))
            : text.timeNotReported,
        p.point.value,
        label("qualifier", p.point.qualifier, locale),
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
    render: (width: number) => {
      const layout = layoutCurve(model, width, markText, common.height);
      const svg = Plot.plot({ ...curvePlotOptions(model, layout, markText), document: common.document });
      const x = svg.scale("x");
      const y = svg.scale("y");
      const points: FocusPoint[] = model.points.map((p) => ({
        x: Number(x?.apply(p.point.at)),
        y: Number(y?.apply(p.point.value)),
        label: pointLabel(p),
      }));
      return { element: svg as unknown as SVGSVGElement, points };
    },
  };
  return renderFigure(spec, common);
}
