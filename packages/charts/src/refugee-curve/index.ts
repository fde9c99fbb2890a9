/**
 * refugeeCurve(): a running count of displaced people as reported, on a real time axis in the
 * story's time zone. Thin: normalize → model → words → layout → marks → Plot → shared chrome.
 */
import { localize, type RefugeeCount, type Story, sourceFor } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { defaultRefugeesStory } from "../default-story.js";
import type { FigureSpec, FocusPoint } from "../figure/contract.js";
import { normalizeCommonOptions, optionsObject, resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { resolveStory, storyLocale } from "../figure/story.js";
import { warnOnce } from "../figure/warn.js";
import { refugeeCurveWarnings, warnings } from "../messages.js";
import { layoutCurve } from "./layout.js";
import { curvePlotOptions } from "./marks.js";
import { buildModel, placeCounts } from "./model.js";
import { normalizeOptions, type RefugeeCurveOptions } from "./options.js";
import { curveWords } from "./text.js";

export type { RefugeeCurveOptions } from "./options.js";

const CHART = "refugee-curve";

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
): ChartFigure {
  const raw = optionsObject(options);
  const { story, records } = resolveStory(data, "refugees", defaultRefugeesStory);
  const common = normalizeCommonOptions(CHART, raw, { sources: story.sources });
  const locale = storyLocale(story, common.locale);
  // An array of counts is drawn with the default story's timeline, which must not stretch its window.
  const opts = normalizeOptions(raw, story, records, CHART, !Array.isArray(data));
  const warn = (message: string) => warnOnce(CHART, message);

  const model = buildModel(
    placeCounts(records, story, opts, warn),
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

  const { markText, pointLabel, ...words } = curveWords({
    story,
    model,
    options: opts,
    locale: common.locale,
    storyLocale: locale,
    common,
    warn,
  });
  const cited = [
    ...model.points.flatMap((p) => p.point.sources),
    ...(opts.population && model.population ? opts.population.sources : []),
    ...model.annotations.flatMap((a) => a.event.sources ?? []),
  ];
  const sources = resolveSources(cited, common.sources, (id) => {
    if (!sourceFor(id, common.sources)) warn(warnings.unknownSource(id));
  });

  const spec: FigureSpec = {
    chart: CHART,
    ...words,
    sources,
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
