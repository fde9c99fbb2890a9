/**
 * casualtyComparison(): horizontal bars of casualty claims grouped by side, each labelled with
 * the figure as claimed (qualifier kept), its claimant and its as-of date. Thin: normalize →
 * model → layout → marks → Plot.plot → chrome.
 */
import { type CasualtyClaim, localize, type Story } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { defaultCasualtiesStory } from "../default-story.js";
import { formatters, joinPublishers } from "../figure/format.js";
import { resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { resolveStory } from "../figure/story.js";
import { warnOnce } from "../figure/warn.js";
import { casualtyWarnings, warnings } from "../messages.js";
import { layoutModel } from "./layout.js";
import { focusPoints, legendEntries, plotOptions } from "./marks.js";
import { buildModel, checkClaims, leftOutText } from "./model.js";
import { type CasualtyComparisonOptions, CHART, normalizeOptions } from "./options.js";

export type { CasualtyComparisonOptions } from "./options.js";

/**
 * Casualty claims side by side: one bar per claim, grouped by side, for one incident and one
 * metric. Disputed figures are separate, attributed bars; totals across sides or incidents stand
 * apart, never summed with the sides.
 *
 * @param data A `Story` (its `casualties`, drawn with its vocabulary, claimants and sources), an
 *   array of casualty claims of the default story's vocabulary, or nothing (the default story).
 * @param options See `CasualtyComparisonOptions`.
 * @returns A `<figure>` element.
 * @example
 * import { casualtyComparison } from "@karabakh2023/charts";
 * document.body.append(casualtyComparison(myStory, { locale: "fr", incident: "bridge-collapse" }));
 */
export function casualtyComparison(
  data?: Story | readonly CasualtyClaim[],
  options: CasualtyComparisonOptions = {},
): ChartFigure {
  const { story, records } = resolveStory(data, "casualties", defaultCasualtiesStory);
  const { claims, dropped } = checkClaims(records, story.vocabulary);
  const o = normalizeOptions(options, story, claims);
  for (const d of dropped) warnOnce(CHART, warnings.droppedClaim(d.id, d.why));
  const text = o.locale.messages.casualty;
  const f = formatters(o.locale);

  const claimantName = (id: string) => {
    const claimant = o.claimantNames.get(id);
    // Any string is drawn as text (even empty); a name missing in the locale is an error.
    const name =
      claimant && Object.hasOwn(claimant.name, o.storyLocale) ? claimant.name[o.storyLocale] : undefined;
    if (typeof name === "string") return name;
    if (claimant) return localize(claimant.name, o.storyLocale, `claimant "${id}" name`);
    warnOnce(CHART, warnings.unknownClaimant(id));
    return id;
  };
  const model = buildModel(claims, story, o, claimantName);
  for (const id of model.unmatchedHighlights) warnOnce(CHART, casualtyWarnings.unmatchedHighlight(id));
  const storyTexts = story.charts?.casualties;
  const title =
    o.title ??
    (storyTexts
      ? localize(storyTexts.title, o.storyLocale, "data.charts.casualties.title")
      : text.title(model.metric, model.incident));
  const subtitle =
    o.subtitle ??
    (storyTexts?.subtitle
      ? localize(storyTexts.subtitle, o.storyLocale, "data.charts.casualties.subtitle")
      : text.subtitle);
  const leftOut = leftOutText(dropped, o.locale);
  const notes = [
    ...(story.note ? [localize(story.note, o.storyLocale, "data.note")] : []),
    text.note,
    ...(model.incidentIsAggregate ? [text.aggregateIncidentNote(model.incident)] : []),
    ...(leftOut && model.rows.length > 0 ? [leftOut] : []),
    ...o.notes,
  ];
  const sourceList = resolveSources(
    model.rows.flatMap((r) => r.claim.sources),
    o.sources,
    (id) => warnOnce(CHART, warnings.unknownSource(id)),
  );
  const publisher = new Map(sourceList.map((s) => [s.id, s.publisher]));
  const table = {
    columns: text.columns,
    rows: model.groups.flatMap((g) =>
      g.rows.map((r) => [
        g.incident ? `${r.party} (${g.incident})` : r.party,
        r.category,
        f.qualified(r.claim.value, r.claim.qualifier),
        r.claim.value,
        r.claimant,
        f.date(r.claim.asOf),
        joinPublishers(r.claim.sources.map((id) => publisher.get(id) ?? id)),
      ]),
    ),
  };

  if (model.rows.length === 0) {
    // Records that exist but cannot be drawn are named; "no claims" is said only when true.
    const message = [
      claims.length === 0 && dropped.length > 0
        ? text.nothingDrawable(dropped.length)
        : text.empty(model.metric, model.incident),
      leftOut,
    ]
      .filter(Boolean)
      .join(" ");
    return renderFigure(
      { chart: CHART, title, subtitle, notes, sources: [], summary: message, table, message },
      o,
    );
  }

  const claim = (r: (typeof model.rows)[number]) => text.summaryClaim(r.valueText, r.claimant, r.date);
  const parts = model.groups.map((g) => text.summaryPart(g.label, f.list(g.rows.map(claim)))).join(" ");
  const highlighted = model.rows.filter((r) => r.highlighted);
  const summary = [
    text.summary({
      metric: model.metric,
      incident: model.incident,
      claims: model.rows.length,
      sides: model.sides,
      parts,
    }),
    ...(highlighted.length > 0 ? [text.summaryHighlight(f.list(highlighted.map(claim)))] : []),
  ].join(" ");

  return renderFigure(
    {
      chart: CHART,
      title,
      subtitle,
      notes,
      sources: sourceList,
      summary,
      table,
      legend: legendEntries(model, story.vocabulary, o),
      render(width) {
        const layout = layoutModel(model, width, o.height);
        if (o.height !== undefined && layout.height > o.height) {
          warnOnce(CHART, casualtyWarnings.heightTooSmall(o.height, layout.minHeight));
        }
        const element = Plot.plot({
          ...plotOptions(layout, model, story.vocabulary, o),
          document: o.document,
        }) as SVGSVGElement;
        return { element, points: focusPoints(layout) };
      },
    },
    o,
  );
}
