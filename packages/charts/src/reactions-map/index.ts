/**
 * reactionsMap(): a world choropleth of how states and organisations reacted to a story's
 * events, coloured by the story's reaction categories, with an inset of the story's region,
 * dots for small states and a list of the entities the map cannot show.
 * Thin: normalize → model → layout → marks → Plot → shared chrome.
 */
import { countryByNumeric, localize, type Reaction, type Story } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { defaultReactionsStory } from "../default-story.js";
import type { FigureSpec, LegendEntry } from "../figure/contract.js";
import { formatters, joinPublishers } from "../figure/format.js";
import { normalizeCommonOptions, optionsObject, resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { resolveStory, storyLocale } from "../figure/story.js";
import { colorVars } from "../figure/theme.js";
import { warnOnce } from "../figure/warn.js";
import { reactionsMapWarnings, warnings } from "../messages.js";
import { projectedInset, projectedWorld } from "./geometry.js";
import type { UnmatchedCode } from "./join.js";
import { layoutMap, type MapGeometry } from "./layout.js";
import { mapMarks, type PathCache, plotOptions } from "./marks.js";
import { type MapModel, mapData } from "./model.js";
import { normalizeOptions, type ReactionsMapOptions } from "./options.js";
import { mapColor } from "./palette.js";
import { type ReactionsMapText, summaryText } from "./text.js";

export type { UnmatchedCode } from "./join.js";
export type { ReactionsMapOptions } from "./options.js";

const CHART = "reactions-map";

/** What the chart reports about its input, on `element.reactionsMap`. */
export interface ReactionsMapResult {
  /** Reactions whose `iso3` matches no map feature and no known small state (listed beside the map). */
  readonly unmatched: readonly UnmatchedCode[];
  /** Records that cannot be drawn (not reactions, or ids outside the story's vocabulary), by index. */
  readonly invalid: readonly { readonly index: number; readonly reason: string }[];
}

/** The figure element, carrying the join report. */
export type ReactionsMapElement = ChartFigure & { readonly reactionsMap: ReactionsMapResult };

const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Draws a world map coloured by how each state reacted, in the categories of the story's
 * vocabulary, with an inset of the story's region, dots for states too small to see, and the
 * organisations and unrecognised entities listed beside the map by category. Codes that match
 * no boundary are listed too, warned about once and reported on `element.reactionsMap.unmatched`.
 *
 * @param data A `Story` (its `reactions` drawn with its vocabulary and region), an array of
 *   reactions of the default story's vocabulary, or nothing (the default story).
 * @example
 * import { reactionsMap } from "@karabakh2023/charts";
 * document.body.append(reactionsMap(undefined, { locale: "fr", highlight: ["FRA"] }));
 */
export function reactionsMap(
  data?: Story | readonly Reaction[],
  options?: ReactionsMapOptions,
): ReactionsMapElement {
  const raw = optionsObject(options);
  const { story, records } = resolveStory(data, "reactions", defaultReactionsStory);
  const common = normalizeCommonOptions(CHART, raw, { sources: story.sources });
  const opts = normalizeOptions(raw as ReactionsMapOptions, story);
  const locale = storyLocale(story, common.locale);
  const text = common.locale.messages.map;
  const labels = common.locale.messages.labels;
  const f = formatters(common.locale);
  const warn = (message: string) => warnOnce(CHART, message);

  const { model, join, placed, unmatchedHighlights } = mapData(
    story,
    records,
    opts,
    common.locale,
    locale,
    common.highlight,
  );
  for (const { index, reason } of join.invalid) warn(reactionsMapWarnings.invalid(index, reason));
  if (join.unmatched.length > 0) {
    const codes = join.unmatched.map((u) => reactionsMapWarnings.unmatchedCode(u.iso3, u.id, u.reason));
    warn(reactionsMapWarnings.unmatched(join.unmatched.length, codes.join(", ")));
  }
  for (const id of unmatchedHighlights) warn(reactionsMapWarnings.highlightUnmatched(id));
  const byFeature = new Map<string, string[]>();
  for (const p of join.placed) {
    if (p.featureId) byFeature.set(p.featureId, [...(byFeature.get(p.featureId) ?? []), p.reaction.id]);
  }
  for (const [id, ids] of byFeature) {
    const iso3 = countryByNumeric(id)?.iso3 ?? id;
    if (ids.length > 1) warn(reactionsMapWarnings.duplicate(iso3, ids.join(", ")));
  }

  const sourceIds = placed.flatMap((p) => (Array.isArray(p.reaction.sources) ? p.reaction.sources : []));
  const sources = resolveSources(sourceIds, common.sources, (id) => warn(warnings.unknownSource(id)));
  const publisher = new Map(common.sources.map((s) => [s.id, s.publisher]));
  const titles = story.charts?.reactions;
  const entities = model.entities;

  // One path cache per figure: a redraw at another width reuses its drawn country paths.
  const cache: PathCache = new Map();
  let geometry: MapGeometry | undefined;
  const spec: FigureSpec = {
    chart: CHART,
    title: common.title ?? (titles ? localize(titles.title, locale, "charts.reactions.title") : text.title),
    ...(common.subtitle !== undefined
      ? { subtitle: common.subtitle }
      : titles?.subtitle
        ? { subtitle: localize(titles.subtitle, locale, "charts.reactions.subtitle") }
        : {}),
    notes: [
      ...(story.note ? [localize(story.note, locale, "note")] : []),
      [
        text.readingNote,
        ...(model.categories.some((c) => c.colour.endsWith("-belligerent")) ? [text.belligerentNote] : []),
        ...(model.highlighting ? [text.highlightNote] : []),
      ].join(" "),
      ...(opts.smallStateDots && entities.some((e) => e.placement !== "list") ? [text.dotNote] : []),
      text.boundaryNote,
      ...common.notes,
    ],
    legend: legend(model, text),
    sources,
    summary: summaryText(model, placed, common.locale),
    table: {
      columns: text.columns,
      rows: placed.map((p, i) => {
        const r = p.reaction;
        const e = entities[i] as MapModel["entities"][number];
        return [
          e.name,
          labels.entityKind[r.kind],
          model.categories.find((c) => c.id === r.category)?.label ?? r.category,
          labels.certainty[r.certainty],
          f.date(asText(r.date)),
          localize(r.speaker, locale, `reaction "${r.id}" speaker`),
          typeof r.summary === "object" && r.summary !== null ? asText(r.summary[locale]) : "",
          text.placement[p.placement],
          joinPublishers((Array.isArray(r.sources) ? r.sources : []).map((id) => publisher.get(id) ?? id)),
        ];
      }),
      // Nine columns, four of them sentences: stacked under 800 px, never scrolling the page.
      wide: true,
    },
    ...(entities.length === 0
      ? {
          message:
            join.invalid.length > 0 && join.placed.length === 0 && join.filteredOut === 0
              ? text.unusable
              : text.empty,
        }
      : {}),
    render: (width) => {
      geometry ??= {
        world: projectedWorld(opts.projection, common.document),
        inset: opts.inset ? projectedInset(opts.inset, common.document) : undefined,
      };
      const layout = layoutMap(model, geometry, width, common.height);
      const drawn = mapMarks(model, geometry, layout, {
        idPrefix: common.idPrefix,
        nonce: common.nonce,
        cache,
      });
      const element = Plot.plot(plotOptions(drawn, common.document));
      element.setAttribute("class", `${element.getAttribute("class") ?? ""} k23-reactions-map`.trim());
      return { element, points: drawn.points };
    },
  };

  const figure = renderFigure(spec, common) as ReactionsMapElement;
  const result: ReactionsMapResult = { unmatched: join.unmatched, invalid: join.invalid };
  Object.defineProperty(figure, "reactionsMap", { value: result, enumerable: true });
  if (join.unmatched.length > 0)
    figure.setAttribute("data-unmatched", join.unmatched.map((u) => u.iso3).join(" "));
  return figure;
}

function legend(model: MapModel, text: ReactionsMapText): LegendEntry[] {
  return [
    ...model.categories.map((c) => ({ label: c.label, color: mapColor(c.colour) })),
    { label: text.noRecordedReaction, color: mapColor("none") },
    { label: text.lowCertainty, color: colorVars.muted, pattern: "hatch" as const },
  ];
}
