/**
 * casualtyComparison(): horizontal bars of casualty claims grouped by side, each labelled with
 * the figure as claimed (qualifier kept), its claimant and its as-of date.
 */
import {
  CASUALTY_CATEGORIES,
  type CasualtyClaim,
  casualties,
  claimants,
  isRealIsoDate,
  LABELS,
  PARTIES,
  sources,
} from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { formatters, joinPublishers } from "../figure/format.js";
import { isCount, isRecord, resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { warnOnce } from "../figure/warn.js";
import { casualtyText, describe, errors, warnings } from "../messages.js";
import { buildModel, focusPoints, layoutModel, legendEntries, plotOptions } from "./marks.js";
import { type CasualtyComparisonOptions, CHART, normalizeOptions } from "./options.js";

export type { CasualtyComparisonOptions } from "./options.js";

/** Why a record cannot be drawn, or undefined when it can. */
function unusable(c: Record<string, unknown>): string | undefined {
  if (!(PARTIES as readonly unknown[]).includes(c.party)) return `unknown party ${describe(c.party)}`;
  if (!(CASUALTY_CATEGORIES as readonly unknown[]).includes(c.category))
    return `unknown category ${describe(c.category)}`;
  if (!isCount(c.value))
    return `value ${describe(c.value)} is not a count (a whole number from 0 to 2^53 − 1)`;
  if (!isRealIsoDate(c.asOf))
    return `asOf ${describe(c.asOf)} is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  return undefined;
}

/**
 * Casualty claims side by side: one bar per claim, grouped by side, for one incident and one
 * metric. Disputed figures are separate, attributed bars.
 *
 * @param data Casualty claims. Default: the dataset's `casualties`.
 * @param options See `CasualtyComparisonOptions`.
 * @returns A `<figure>` element.
 * @example
 * import { casualtyComparison } from "@karabakh2023/charts";
 * document.body.append(casualtyComparison(undefined, { locale: "fr", incident: "fuel-depot-explosion" }));
 */
export function casualtyComparison(
  data: readonly CasualtyClaim[] = casualties,
  options: CasualtyComparisonOptions = {},
): ChartFigure {
  if (!Array.isArray(data)) throw new TypeError(errors.type("data", "an array of casualty claims", data));
  const o = normalizeOptions(options, { sources, claimants });
  const text = casualtyText[o.locale];
  const f = formatters(o.locale);

  const usable = data.filter((c: unknown, i) => {
    if (!isRecord(c)) {
      warnOnce(CHART, warnings.droppedClaim(`#${i}`, "not an object"));
      return false;
    }
    const why = unusable(c);
    if (why) warnOnce(CHART, warnings.droppedClaim(typeof c.id === "string" ? c.id : `#${i}`, why));
    return !why;
  });

  const claimantName = (id: string) => {
    const claimant = o.claimantNames.get(id);
    if (claimant) return claimant.name[o.locale];
    warnOnce(CHART, warnings.unknownClaimant(id));
    return id;
  };
  const model = buildModel(usable, o, claimantName);
  const metric = LABELS.casualtyMetric[o.metric][o.locale];
  const incident = LABELS.incident[o.incident][o.locale];
  const title = o.title ?? text.title(metric, incident);
  const notes = [text.note, ...o.notes];
  const plotted = model.rows.map((r) => r.claim);
  const sourceList = resolveSources(
    plotted.flatMap((c) => c.sources),
    o.sources,
    (id) => warnOnce(CHART, warnings.unknownSource(id)),
  );
  const publisher = new Map(sourceList.map((s) => [s.id, s.publisher]));
  const table = {
    columns: text.columns,
    rows: model.rows.map((r) => [
      r.party,
      text.categoryLegend[r.claim.category] ?? r.claim.category,
      f.qualified(r.claim.value, r.claim.qualifier),
      r.claim.value,
      r.claimant,
      f.date(r.claim.asOf),
      joinPublishers(r.claim.sources.map((id) => publisher.get(id) ?? id)),
    ]),
  };

  if (model.rows.length === 0) {
    const message = text.empty(metric, incident);
    return renderFigure(
      {
        chart: CHART,
        title,
        subtitle: o.subtitle ?? text.subtitle,
        notes,
        sources: [],
        summary: message,
        table,
        message,
      },
      o,
    );
  }

  const parts = model.groups
    .map((g) =>
      text.summaryPart(
        g.label,
        f.list(g.rows.map((r) => text.summaryClaim(r.valueText, r.claimant, r.date))),
      ),
    )
    .join(" ");
  const summary = text.summary({
    metric,
    incident,
    claims: model.rows.length,
    sides: model.groups.length,
    parts,
  });

  return renderFigure(
    {
      chart: CHART,
      title,
      subtitle: o.subtitle ?? text.subtitle,
      notes,
      sources: sourceList,
      summary,
      table,
      legend: legendEntries(model, o),
      render(width) {
        const layout = layoutModel(model, width);
        const element = Plot.plot({
          ...plotOptions(layout, model, o),
          document: o.document,
        }) as SVGSVGElement;
        return { element, points: focusPoints(layout) };
      },
    },
    o,
  );
}
