/**
 * What the map draws, derived from the story's reactions and the options, localized, with no
 * DOM: the entities in keyboard order (category in the vocabulary's order, then name), each
 * with its colour role, placement and emphasis; the categories drawn; the inset's texts.
 */
import {
  countryByIso3,
  countryName,
  localize,
  type Reaction,
  type ReactionColour,
  type Region,
  type Story,
} from "@karabakh2023/data";
import { ascending } from "d3-array";
import { formatters } from "../figure/format.js";
import type { ResolvedLocale } from "../locales/registry.js";
import { featureIds } from "./geometry.js";
import { joinReactions, type PlacedReaction, type Placement, type ReactionJoin } from "./join.js";
import type { NormalizedReactionsMapOptions } from "./options.js";

/** How an entity stands out when the caller highlights some: "normal" when none is. */
export type Emphasis = "normal" | "highlighted" | "muted";

/** One reaction, localized and placed: what the marks, the list and the focus points need. */
export interface MapEntity {
  readonly id: string;
  readonly name: string;
  /** Category id, from the story's vocabulary. */
  readonly category: string;
  readonly colour: ReactionColour;
  /** A low-certainty reading: hatched on the map, hollow as a dot, flagged in the list. */
  readonly low: boolean;
  readonly placement: Placement;
  readonly featureId?: string;
  readonly iso3?: string;
  readonly emphasis: Emphasis;
  /** Tooltip and screen-reader text. */
  readonly label: string;
  /** The line in the list beside the map (name and certainty). */
  readonly listText: string;
}

/** A category drawn, localized. */
export interface MapCategory {
  readonly id: string;
  readonly label: string;
  readonly colour: ReactionColour;
}

/** The inset's region and its reader texts. */
export interface InsetModel {
  readonly region: Region;
  readonly title: string;
  /** The region's highlighted place, e.g. where the events happened. */
  readonly pointLabel: string | undefined;
  /** Country labels, keyed as the inset's projected points (ISO alpha-3). */
  readonly labels: readonly { readonly key: string; readonly text: string }[];
}

export interface MapModel {
  /** In keyboard order: by category (legend order), then by name. */
  readonly entities: readonly MapEntity[];
  readonly categories: readonly MapCategory[];
  readonly options: NormalizedReactionsMapOptions;
  readonly listTitle: string;
  readonly inset: InsetModel | undefined;
  /** Some entity is highlighted (the others are muted). */
  readonly highlighting: boolean;
  /** A right-to-left locale: the list beside the map is mirrored (swatches on the right). */
  readonly rtl: boolean;
}

/** The model and the join it was built from (for warnings, the table and the summary). */
export interface MapData {
  readonly model: MapModel;
  readonly join: ReactionJoin;
  /** The drawn reactions, in the model's order (the same order as `model.entities`). */
  readonly placed: readonly PlacedReaction[];
  /** Highlight ids that match no drawn reaction. */
  readonly unmatchedHighlights: readonly string[];
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: "base" });
    collators.set(locale, c);
  }
  return c;
}

const asText = (value: unknown): string => (typeof value === "string" ? value : "");

function insetModel(region: Region, locale: string, intl: string): InsetModel {
  return {
    region,
    title: localize(region.label, locale, "region.label"),
    pointLabel: region.point ? localize(region.point.label, locale, "region.point.label") : undefined,
    labels: (region.labels ?? []).flatMap((l, i) => {
      // The story's own name first, as for the entities; Intl's for a locale it has none in.
      const own = l.label && Object.hasOwn(l.label, locale) ? l.label[locale] : undefined;
      const text =
        own ||
        countryName(l.iso3, locale, intl) ||
        (l.label ? localize(l.label, locale, `region.labels[${i}].label`) : undefined);
      return text ? [{ key: l.iso3, text }] : [];
    }),
  };
}

/** Joins the records to the map and localizes everything drawn. */
export function mapData(
  story: Story,
  records: readonly unknown[],
  options: NormalizedReactionsMapOptions,
  chartLocale: ResolvedLocale,
  locale: string,
  highlight: ReadonlySet<string>,
): MapData {
  const text = chartLocale.messages.map;
  const f = formatters(chartLocale);
  const join = joinReactions(records, {
    country: countryByIso3,
    featureIds: featureIds(),
    vocabulary: story.vocabulary.reactionCategories.map((c) => c.id),
    categories: options.categories.map((c) => c.id),
    locale,
  });
  const categories: MapCategory[] = options.categories.map((c, i) => ({
    id: c.id,
    colour: c.colour,
    label: localize(c.label, locale, `vocabulary.reactionCategories[${i}].label (${c.id})`),
  }));
  const byId = new Map(categories.map((c) => [c.id, c]));
  // The record's own name first: the story's words travel with its data (the Karabakh build
  // names states from CLDR in every locale). Intl's name only where the record has none in the
  // locale, e.g. a desk's story in German naming states by their code alone.
  const nameOf = (p: PlacedReaction) =>
    (Object.hasOwn(p.reaction.name, locale) ? p.reaction.name[locale] : undefined) ||
    (p.country && countryName(p.country.iso3, locale, chartLocale.intl)) ||
    localize(p.reaction.name, locale, `reaction "${p.reaction.id}" name`);
  const order = (p: PlacedReaction) => categories.findIndex((c) => c.id === p.reaction.category);
  const placed = [...join.placed].sort(
    (a, b) => ascending(order(a), order(b)) || collator(chartLocale.intl).compare(nameOf(a), nameOf(b)),
  );
  const isHighlighted = (r: Reaction) =>
    highlight.has(r.id) || (r.iso3 !== undefined && highlight.has(r.iso3));
  const highlighting = placed.some((p) => isHighlighted(p.reaction));
  const entities: MapEntity[] = placed.map((p) => {
    const r = p.reaction;
    const category = byId.get(r.category) as MapCategory;
    const name = nameOf(p);
    const certainty = text.certainty[r.certainty];
    return {
      id: r.id,
      name,
      category: category.id,
      colour: category.colour,
      low: r.certainty === "low",
      placement: p.placement,
      ...(p.featureId ? { featureId: p.featureId } : {}),
      ...(r.iso3 ? { iso3: r.iso3 } : {}),
      emphasis: highlighting ? (isHighlighted(r) ? "highlighted" : "muted") : "normal",
      label: text.tooltip(name, category.label, certainty, f.date(asText(r.date))),
      listText: text.listEntry(name, certainty),
    };
  });
  const unmatchedHighlights = [...highlight].filter(
    (id) => !placed.some((p) => p.reaction.id === id || p.reaction.iso3 === id),
  );
  return {
    model: {
      entities,
      categories,
      options,
      listTitle: text.listTitle,
      inset: options.inset ? insetModel(options.inset, locale, chartLocale.intl) : undefined,
      highlighting,
      rtl: chartLocale.direction === "rtl",
    },
    join,
    placed,
    unmatchedHighlights,
  };
}
