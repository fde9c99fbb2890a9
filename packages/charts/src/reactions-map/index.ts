/**
 * reactionsMap(): a world choropleth of how states reacted to the September 2023 offensive,
 * with a Caucasus inset, dots for small states and a list of the organisations and entities
 * the map cannot show. Thin: normalize → join → model → marks → Plot → shared chrome.
 */
import {
  countryByIso3,
  countryByNumeric,
  reactions as datasetReactions,
  sources as datasetSources,
  type Locale,
  label,
  REACTION_CATEGORIES,
  type Reaction,
} from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { ascending } from "d3-array";
import type { FigureSpec, LegendEntry } from "../figure/contract.js";
import { formatters, joinPublishers } from "../figure/format.js";
import { normalizeCommonOptions, optionsObject, resolveSources } from "../figure/options.js";
import { type ChartFigure, renderFigure } from "../figure/render.js";
import { colorVars } from "../figure/theme.js";
import { warnOnce } from "../figure/warn.js";
import { errors, reactionsMapText, reactionsMapWarnings, warnings } from "../messages.js";
import { featureIds, INSET_LABELS, INSET_SHORT_NAMES, projectedInset, projectedWorld } from "./geometry.js";
import { joinReactions, type PlacedReaction, type UnmatchedCode } from "./join.js";
import { type MapEntity, type MapModel, mapMarks, plotOptions } from "./marks.js";
import { normalizeOptions, type ReactionsMapOptions } from "./options.js";
import { mapColor } from "./palette.js";

export type { UnmatchedCode } from "./join.js";
export type { ReactionsMapOptions } from "./options.js";

const CHART = "reactions-map";

/** What the chart reports about its input, on `element.reactionsMap`. */
export interface ReactionsMapResult {
  /** Reactions whose `iso3` matches no map feature and no known small state (listed beside the map). */
  readonly unmatched: readonly UnmatchedCode[];
  /** Records that are not reactions at all (only when data bypasses the types), by index. */
  readonly invalid: readonly { readonly index: number; readonly reason: string }[];
}

/** The figure element, carrying the join report. */
export type ReactionsMapElement = ChartFigure & { readonly reactionsMap: ReactionsMapResult };

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: "base" });
    collators.set(locale, c);
  }
  return c;
}

const localized = (text: unknown, locale: Locale): string =>
  typeof text === "object" && text !== null && typeof (text as Record<string, unknown>)[locale] === "string"
    ? ((text as Record<string, string>)[locale] as string)
    : "";
const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Draws a world map coloured by how each state reacted to Azerbaijan's offensive of
 * 19–20 September 2023, with a Caucasus inset, dots for states too small to see, and the
 * organisations and unrecognised entities listed beside the map by category. Codes that match
 * no boundary are listed too, warned about once and reported on `element.reactionsMap.unmatched`.
 *
 * @example
 * import { reactionsMap } from "@karabakh2023/charts";
 * document.body.append(reactionsMap(undefined, { locale: "fr" }));
 */
export function reactionsMap(data?: readonly Reaction[], options?: ReactionsMapOptions): ReactionsMapElement {
  const raw = optionsObject(options);
  const common = normalizeCommonOptions(CHART, raw, { sources: datasetSources });
  const opts = normalizeOptions(raw as ReactionsMapOptions);
  const records: unknown = data ?? datasetReactions;
  if (!Array.isArray(records)) throw new TypeError(errors.type("data", "an array of Reaction", records));

  const locale = common.locale;
  const text = reactionsMapText[locale];
  const f = formatters(locale);
  const warn = (message: string) => warnOnce(CHART, message);

  const join = joinReactions(records, {
    country: countryByIso3,
    featureIds: featureIds(),
    categories: opts.categories,
  });
  for (const { index, reason } of join.invalid) warn(reactionsMapWarnings.invalid(index, reason));
  if (join.unmatched.length > 0) {
    const codes = join.unmatched.map((u) => reactionsMapWarnings.unmatchedCode(u.iso3, u.id, u.reason));
    warn(reactionsMapWarnings.unmatched(join.unmatched.length, codes.join(", ")));
  }
  const byFeature = new Map<string, string[]>();
  for (const p of join.placed) {
    if (p.featureId) byFeature.set(p.featureId, [...(byFeature.get(p.featureId) ?? []), p.reaction.id]);
  }
  for (const [id, ids] of byFeature) {
    const iso3 = countryByNumeric(id)?.iso3 ?? id;
    if (ids.length > 1) warn(reactionsMapWarnings.duplicate(iso3, ids.join(", ")));
  }

  const categoryLabel = (c: Reaction["category"]) => label("reactionCategory", c, locale);
  const nameOf = (p: PlacedReaction) => p.countryName?.[locale] ?? localized(p.reaction.name, locale);
  const order = (p: PlacedReaction) => REACTION_CATEGORIES.indexOf(p.reaction.category);
  const placed = [...join.placed].sort(
    (a, b) => ascending(order(a), order(b)) || collator(locale).compare(nameOf(a), nameOf(b)),
  );
  const entities: MapEntity[] = placed.map((p) => {
    const r = p.reaction;
    const name = nameOf(p);
    const certainty = text.certainty[r.certainty];
    return {
      id: r.id,
      name,
      category: r.category,
      low: r.certainty === "low",
      placement: p.placement,
      ...(p.featureId ? { featureId: p.featureId } : {}),
      ...(r.iso3 ? { iso3: r.iso3 } : {}),
      label: text.tooltip(name, categoryLabel(r.category), certainty, f.date(asText(r.date))),
      listText: text.listEntry(name, certainty),
    };
  });

  const sourceIds = placed.flatMap((p) => (Array.isArray(p.reaction.sources) ? p.reaction.sources : []));
  const sources = resolveSources(sourceIds, common.sources, (id) => warn(warnings.unknownSource(id)));
  const publisher = new Map(common.sources.map((s) => [s.id, s.publisher]));

  let model: MapModel | undefined;
  const spec: FigureSpec = {
    chart: CHART,
    title: common.title ?? text.title,
    subtitle: common.subtitle ?? text.subtitle,
    notes: [
      text.readingNote,
      ...(opts.smallStateDots && entities.some((e) => e.placement !== "list") ? [text.dotNote] : []),
      text.boundaryNote,
      ...common.notes,
    ],
    legend: legend(opts.categories, locale),
    sources,
    summary: summary(placed, entities, locale),
    table: {
      columns: text.columns,
      rows: placed.map((p, i) => {
        const r = p.reaction;
        const e = entities[i] as MapEntity;
        return [
          e.name,
          label("entityKind", r.kind, locale),
          categoryLabel(r.category),
          label("certainty", r.certainty, locale),
          f.date(asText(r.date)),
          asText(r.speaker),
          localized(r.summary, locale),
          text.placement[p.placement],
          joinPublishers((Array.isArray(r.sources) ? r.sources : []).map((id) => publisher.get(id) ?? id)),
        ];
      }),
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
      // One model per figure: a redraw at another width reuses its drawn country paths.
      model ??= mapModel(entities, opts, locale, common.idPrefix, common.nonce, common.document);
      const drawn = mapMarks(model, width);
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

function mapModel(
  entities: readonly MapEntity[],
  options: ReturnType<typeof normalizeOptions>,
  locale: Locale,
  idPrefix: string,
  nonce: string | undefined,
  document: Document,
): MapModel {
  const text = reactionsMapText[locale];
  const insetNames = Object.fromEntries(
    Object.keys(INSET_LABELS).flatMap((id) => {
      const name = INSET_SHORT_NAMES[id]?.[locale] ?? countryByNumeric(id)?.name[locale];
      return name ? [[id, name]] : [];
    }),
  );
  return {
    entities,
    options,
    text: {
      listTitle: text.listTitle,
      insetTitle: text.insetTitle,
      karabakh: text.karabakh,
      categoryLabels: Object.fromEntries(
        REACTION_CATEGORIES.map((c) => [c, label("reactionCategory", c, locale)]),
      ) as MapModel["text"]["categoryLabels"],
      insetNames,
    },
    world: projectedWorld(options.projection, document),
    inset: options.inset ? projectedInset(document) : undefined,
    idPrefix,
    nonce,
    drawn: new Map(),
  };
}

function legend(categories: readonly Reaction["category"][], locale: Locale): LegendEntry[] {
  const text = reactionsMapText[locale];
  return [
    ...categories.map((c) => ({ label: label("reactionCategory", c, locale), color: mapColor(c) })),
    { label: text.noRecordedReaction, color: mapColor("none") },
    { label: text.lowCertainty, color: colorVars.muted, pattern: "hatch" as const },
  ];
}

/** "32 states, 9 organisations and 2 unrecognised entities reacted: 12 condemned Azerbaijan, ..." */
function summary(placed: readonly PlacedReaction[], entities: readonly MapEntity[], locale: Locale): string {
  const text = reactionsMapText[locale];
  const f = formatters(locale);
  const count = (test: (p: PlacedReaction) => boolean) => placed.filter(test).length;
  const kinds = (["state", "organisation", "unrecognised"] as const).flatMap((kind) => {
    const n = count((p) => p.reaction.kind === kind);
    return n > 0 ? [text.entities(kind, n)] : [];
  });
  const belligerents = entities.filter((e) => e.category.startsWith("belligerent-"));
  const parts = [
    [text.summaryPart.condemns, count((p) => p.reaction.category === "condemns-azerbaijan")],
    [text.summaryPart.supports, count((p) => p.reaction.category === "supports-azerbaijan")],
    [text.summaryPart.neutral, count((p) => p.reaction.category === "neutral-calls-for-peace")],
  ] as const;
  const phrases = parts.flatMap(([phrase, n]) => (n > 0 ? [phrase(n, "")] : []));
  if (belligerents.length > 0) {
    phrases.push(text.summaryPart.belligerents(belligerents.length, f.list(belligerents.map((e) => e.name))));
  }
  if (placed.length === 0) return text.empty;
  const low = count((p) => p.reaction.certainty === "low");
  const listed = entities.filter((e) => e.placement === "list").length;
  return [
    text.summary(f.list(kinds), placed.length, f.list(phrases)),
    ...(low > 0 ? [text.summaryLow(low)] : []),
    ...(listed > 0 ? [text.summaryListed(listed)] : []),
  ].join(" ");
}
