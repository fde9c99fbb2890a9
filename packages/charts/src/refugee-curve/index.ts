/**
 * refugeeCurve(): the cumulative count of people who reached Armenia from Nagorno-Karabakh,
 * on a real time axis in Yerevan time. Thin: normalize → model → marks → Plot → shared chrome.
 */
import {
  claimantFor,
  claimants as datasetClaimants,
  events as datasetEvents,
  population as datasetPopulation,
  refugees as datasetRefugees,
  sources as datasetSources,
  isRealIsoDay,
  label,
  type Qualifier,
  type RefugeeCount,
  type RefugeePoint,
  refugeeSeries,
  sourceFor,
} from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import type { FigureSpec, FocusPoint, LegendEntry } from "../figure/contract.js";
import { formatters, joinPublishers } from "../figure/format.js";
import { isCount, normalizeCommonOptions, optionsObject, resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { colorVars } from "../figure/theme.js";
import { warnOnce } from "../figure/warn.js";
import { describe, errors, refugeeCurveText, refugeeCurveWarnings, warnings } from "../messages.js";
import {
  buildModel,
  type CurvePoint,
  curvePlotOptions,
  LEGEND_SHAPES,
  layoutCurve,
  type MarkText,
} from "./marks.js";
import { normalizeOptions, type RefugeeCurveOptions } from "./options.js";

export type { RefugeeCurveOptions } from "./options.js";

const CHART = "refugee-curve";
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
  if (typeof r.metric !== "string") return "metric is missing";
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
 * Draws the cumulative arrivals in Armenia as reported, one line through the main claimant's
 * counts and every other claimant's counts as separate, attributed markers; annotated with
 * events from the timeline and a reference line for the pre-war population.
 *
 * @example
 * import { refugeeCurve } from "@karabakh2023/charts";
 * document.body.append(refugeeCurve(undefined, { locale: "fr" }));
 */
export function refugeeCurve(data?: readonly RefugeeCount[], options?: RefugeeCurveOptions): ChartFigure {
  const raw = optionsObject(options);
  const common = normalizeCommonOptions(CHART, raw, { sources: datasetSources });
  const opts = normalizeOptions(raw as RefugeeCurveOptions, {
    claimants: datasetClaimants,
    events: datasetEvents,
    population: datasetPopulation,
  });
  const records = data ?? datasetRefugees;
  if (!Array.isArray(records)) throw new TypeError(errors.type("data", "an array of RefugeeCount", records));

  const locale = common.locale;
  const text = refugeeCurveText[locale];
  const f = formatters(locale);
  const t = f.local;
  const warn = (message: string) => warnOnce(CHART, message);

  // Records of other metrics are not this chart's business; those of its metric must be placeable.
  const ofMetric = records.filter((d) => (d as { metric?: unknown } | null)?.metric === opts.metric);
  const usable = ofMetric.filter((d, i) => {
    const why = unusable(d);
    if (why) {
      const id = (d as { id?: unknown } | null)?.id;
      warn(warnings.droppedClaim(typeof id === "string" ? id : `#${i}`, why));
    }
    return !why;
  });
  const placed = refugeeSeries(opts.metric, undefined, usable);
  const short: Partial<Record<string, string>> = text.annotationLabels;
  const model = buildModel(
    placed,
    opts,
    (e) => e.label[locale],
    (e) => short[e.id],
  );
  // The figure always notes counts outside the period; the console only when that is suspicious:
  // the caller chose the period, or the main series is cut.
  if (model.outside.length > 0 && (raw.domain !== undefined || model.mainOutside)) {
    warn(refugeeCurveWarnings.outsideDomain(model.outside.length));
  }
  for (const id of model.decreasing) warn(refugeeCurveWarnings.decreasing(id));

  const nameOf = (id: string) => {
    const c = claimantFor(id, opts.claimantNames);
    if (!c) warn(warnings.unknownClaimant(id));
    return c?.name[locale] ?? id;
  };
  const offset = t.utcOffset(opts.domain[0]);
  const when = (p: RefugeePoint) =>
    p.timePrecision === "minute"
      ? `${t.dateTime(p.at)} (${text.yerevanTime})`
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
    tick: t.dayMonth,
    number: f.number,
    xLabel: text.xLabel(offset),
    population: population
      ? text.population(`${APPROX[population.qualifier] ?? ""}${f.number(population.value)}`)
      : undefined,
    reached: share !== undefined ? text.reached(f.percent(share)) : undefined,
  };

  const mainPoints = model.points.filter((p) => p.main);
  const first = mainPoints[0] ?? model.points[0];
  const peak = model.peak ?? model.points.at(-1);
  const summary =
    first && peak
      ? text.summary({
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
        })
      : text.noCounts;

  const mainIds = model.claimants.filter((c) => c.main).map((c) => c.id);
  const parties = new Set(mainIds.map((id) => claimantFor(id, opts.claimantNames)?.party));
  const [party] = parties;
  const mainLabel =
    mainIds.length === 1
      ? nameOf(mainIds[0] ?? "")
      : parties.size === 1 && party
        ? text.officialCount(label("party", party, locale))
        : f.list(mainIds.map(nameOf));
  const legend: LegendEntry[] = [
    ...(model.line.length > 0
      ? [{ label: mainLabel, color: model.line[0]?.color ?? colorVars.foreground, shape: "line" } as const]
      : []),
    ...model.claimants
      .filter((c) => !c.main)
      .map((c): LegendEntry => ({ label: nameOf(c.id), color: c.color, shape: LEGEND_SHAPES[c.symbol] })),
    ...(model.points.some((p) => p.hollow)
      ? [{ label: text.hollow, color: colorVars.foreground, shape: "circle", pattern: "outline" } as const]
      : []),
  ];

  const cited = [
    ...model.points.flatMap((p) => p.point.sources),
    ...(population && model.population ? population.sources : []),
    ...model.annotations.flatMap((a) => opts.events.find((e) => e.id === a.id)?.sources ?? []),
  ];
  const resolved = resolveSources(cited, common.sources, (id) => {
    if (!sourceFor(id, common.sources)) warn(warnings.unknownSource(id));
  });

  const spec: FigureSpec = {
    chart: CHART,
    title: common.title ?? text.title,
    subtitle: common.subtitle ?? text.subtitle(offset),
    notes: [
      ...common.notes,
      ...(model.outside.length > 0
        ? [
            text.leftOut(
              model.outside.length,
              f.list(
                model.outside.map((p) =>
                  text.leftOutItem(f.qualified(p.value, p.qualifier), t.day(p.at), nameOf(p.claimant)),
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
      columns: text.columns,
      rows: model.points.map((p) => [
        t.day(p.point.at),
        p.point.timePrecision === "minute"
          ? (p.point.timeLocal ?? "")
          : p.point.timeOfDay
            ? text.approximate(label("timeOfDay", p.point.timeOfDay, locale))
            : text.timeNotReported,
        p.point.value,
        label("qualifier", p.point.qualifier, locale),
        nameOf(p.point.claimant),
        joinPublishers(p.point.sources.map((id) => sourceFor(id, common.sources)?.publisher ?? id)),
      ]),
    },
    moreTables: [
      {
        caption: text.eventsCaption,
        columns: text.eventColumns,
        rows: model.annotations.map((a) => {
          const event = opts.events.find((e) => e.id === a.id);
          return [
            t.day(a.start),
            a.start.getTime() === a.end.getTime() ? (event?.timeLocal ?? "") : text.wholeDay,
            a.label,
            a.title,
            joinPublishers(
              (event?.sources ?? []).map((id) => sourceFor(id, common.sources)?.publisher ?? id),
            ),
          ];
        }),
      },
    ],
    ...(model.points.length === 0 ? { message: text.noCounts } : {}),
    render: (width: number) => {
      const layout = layoutCurve(model, width, markText);
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
