/**
 * The keys of everything a reader of the reactions map sees or hears that does not come from the
 * story (the tables are in `src/locales/`, group `map`): the story gives the title (`story.charts.reactions`), the category labels
 * (its vocabulary), the inset's title, point and country labels (`story.region`). Warnings and
 * errors, for programmers, stay in messages.ts.
 */

import { formatters } from "../figure/format.js";
import type { ResolvedLocale } from "../locales/registry.js";
import type { PlacedReaction } from "./join.js";
import type { MapModel } from "./model.js";

export interface ReactionsMapText {
  /** Used when the story has no `charts.reactions.title`. */
  title: string;
  readingNote: string;
  /** Added to the reading note when a category is a belligerent (outlined). */
  belligerentNote: string;
  highlightNote: string;
  dotNote: string;
  boundaryNote: string;
  listTitle: string;
  noRecordedReaction: string;
  lowCertainty: string;
  /** "high certainty" / "certitude élevée", from the certainty level. */
  certainty: Record<"high" | "medium" | "low", string>;
  tooltip: (name: string, category: string, certainty: string, date: string) => string;
  listEntry: (name: string, certainty: string) => string;
  placement: Record<"map" | "dot" | "list", string>;
  columns: readonly [string, string, string, string, string, string, string, string, string];
  empty: string;
  unusable: string;
  /** "30 states, 9 organisations and 2 unrecognised entities". */
  entities: (kind: "state" | "organisation" | "unrecognised", count: number) => string;
  /** "30 states and 9 organisations reacted." */
  summary: (entities: string, count: number) => string;
  /** One category of the summary: "Condemns the assault: 12 (France, Canada, Cyprus and 9 others)". */
  summaryCategory: (label: string, count: number, names: string) => string;
  /** Joins the categories of the summary: "; " / " ; ". */
  summarySeparator: string;
  /** The last item of a shortened list of names: "9 others". */
  others: (count: number) => string;
  summaryHighlighted: (names: string) => string;
  summaryLow: (count: number) => string;
  summaryListed: (count: number) => string;
}

/** The names of a category's entities in the summary: all of up to four, else three and "N others". */
function names(list: readonly string[], locale: ResolvedLocale): string {
  const f = formatters(locale);
  if (list.length <= 4) return f.list(list);
  return f.list([...list.slice(0, 3), locale.messages.map.others(list.length - 3)]);
}

/**
 * The accessible summary: "30 states and 9 organisations reacted. Condemns the assault: 12
 * (France, Canada, Cyprus and 9 others); ...", then the highlighted entities, the low-certainty
 * readings and those listed beside the map. Built from the story's category labels.
 */
export function summaryText(
  model: MapModel,
  placed: readonly PlacedReaction[],
  locale: ResolvedLocale,
): string {
  const text = locale.messages.map;
  const f = formatters(locale);
  const entities = model.entities;
  if (entities.length === 0) return text.empty;
  const kinds = (["state", "organisation", "unrecognised"] as const).flatMap((kind) => {
    const n = placed.filter((p) => p.reaction.kind === kind).length;
    return n > 0 ? [text.entities(kind, n)] : [];
  });
  const categories = model.categories.flatMap((c) => {
    const inCategory = entities.filter((e) => e.category === c.id).map((e) => e.name);
    return inCategory.length > 0
      ? [text.summaryCategory(c.label, inCategory.length, names(inCategory, locale))]
      : [];
  });
  const highlighted = entities.filter((e) => e.emphasis === "highlighted").map((e) => e.name);
  const low = entities.filter((e) => e.low).length;
  const listed = entities.filter((e) => e.placement === "list").length;
  return [
    text.summary(f.list(kinds), entities.length),
    `${categories.join(text.summarySeparator)}${locale.messages.chrome.fullStop}`,
    ...(highlighted.length > 0 ? [text.summaryHighlighted(f.list(highlighted))] : []),
    ...(low > 0 ? [text.summaryLow(low)] : []),
    ...(listed > 0 ? [text.summaryListed(listed)] : []),
  ].join(" ");
}
