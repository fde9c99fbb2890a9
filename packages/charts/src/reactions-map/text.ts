/**
 * Everything a reader of the reactions map sees or hears, in French and English, that does not
 * come from the story: the story gives the title (`story.charts.reactions`), the category labels
 * (its vocabulary), the inset's title, point and country labels (`story.region`). Warnings and
 * errors, for programmers, stay in messages.ts.
 *
 * French typography: a no-break space (U+00A0) before ":" and a narrow one (U+202F) before ";"
 * and inside « », so that they never start a line.
 */
import type { Locale } from "@karabakh2023/data";
import { formatters } from "../figure/format.js";
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

export const reactionsMapText: Record<Locale, ReactionsMapText> = {
  en: {
    title: "How states and organisations reacted",
    readingNote:
      "Categories are our reading of each statement. Hatched areas and squares and hollow dots mark low-certainty readings.",
    belligerentNote: "The belligerents are outlined.",
    highlightNote: "Highlighted entities are outlined; the others are faded.",
    dotNote: "A dot marks a state too small to see at this scale.",
    boundaryNote:
      "Boundaries: Natural Earth 1:110m, via world-atlas; Antarctica is not shown. Boundaries and names on this map imply no position on the status of any territory.",
    listTitle: "Organisations and others not on the map",
    noRecordedReaction: "No recorded reaction",
    lowCertainty: "Low-certainty reading (hatched)",
    certainty: { high: "high certainty", medium: "medium certainty", low: "low certainty" },
    tooltip: (name, category, certainty, date) => `${name}: ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Yes", dot: "Yes, as a dot", list: "No, listed beside it" },
    columns: [
      "Entity",
      "Kind",
      "Category",
      "Certainty",
      "Date",
      "Speaker",
      "Statement",
      "On the map",
      "Sources",
    ],
    empty: "No reactions to show for this selection.",
    unusable: "None of the records given is a reaction that can be drawn.",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} ${n === 1 ? "state" : "states"}`
        : kind === "organisation"
          ? `${n} ${n === 1 ? "organisation" : "organisations"}`
          : `${n} unrecognised ${n === 1 ? "entity" : "entities"}`,
    summary: (entities) => `${entities} reacted.`,
    summaryCategory: (label, n, names) => `${label}: ${n} (${names})`,
    summarySeparator: "; ",
    others: (n) => `${n} ${n === 1 ? "other" : "others"}`,
    summaryHighlighted: (names) => `Highlighted: ${names}.`,
    summaryLow: (n) => `${n} of these readings ${n === 1 ? "is" : "are"} of low certainty.`,
    summaryListed: (n) =>
      `${n} ${n === 1 ? "is" : "are"} not on the map and ${n === 1 ? "is" : "are"} listed beside it.`,
  },
  fr: {
    title: "Les réactions des États et des organisations",
    readingNote:
      "Les catégories sont notre lecture de chaque déclaration. Les zones et carrés hachurés et les points creux signalent une lecture de faible certitude.",
    belligerentNote: "Les belligérants sont cernés d’un trait.",
    highlightNote: "Les entités mises en évidence sont cernées d’un trait, les autres estompées.",
    dotNote: "Un point signale un État trop petit pour être visible à cette échelle.",
    boundaryNote:
      "Frontières : Natural Earth au 1/110 000 000, via world-atlas ; l’Antarctique n’est pas représenté. Les frontières et les noms de cette carte n’impliquent aucune prise de position sur le statut des territoires.",
    listTitle: "Organisations et autres, hors de la carte",
    noRecordedReaction: "Aucune réaction relevée",
    lowCertainty: "Lecture de faible certitude (hachuré)",
    certainty: { high: "certitude élevée", medium: "certitude moyenne", low: "certitude faible" },
    tooltip: (name, category, certainty, date) => `${name} : ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Oui", dot: "Oui, par un point", list: "Non, listé à côté" },
    columns: [
      "Entité",
      "Type",
      "Catégorie",
      "Certitude",
      "Date",
      "Auteur",
      "Déclaration",
      "Sur la carte",
      "Sources",
    ],
    empty: "Aucune réaction à afficher pour cette sélection.",
    unusable: "Aucun des enregistrements fournis n’est une réaction utilisable.",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} ${n === 1 ? "État" : "États"}`
        : kind === "organisation"
          ? `${n} ${n === 1 ? "organisation" : "organisations"}`
          : `${n} ${n === 1 ? "entité non reconnue" : "entités non reconnues"}`,
    summary: (entities, count) => `${entities} ${count === 1 ? "a réagi" : "ont réagi"}.`,
    summaryCategory: (label, n, names) => `${label} : ${n} (${names})`,
    summarySeparator: " ; ",
    others: (n) => `${n} ${n === 1 ? "autre" : "autres"}`,
    summaryHighlighted: (names) => `En évidence : ${names}.`,
    summaryLow: (n) => `${n} de ces lectures ${n === 1 ? "est" : "sont"} de faible certitude.`,
    summaryListed: (n) =>
      `${n} ${n === 1 ? "ne figure pas" : "ne figurent pas"} sur la carte et ${n === 1 ? "est listé" : "sont listés"} à côté.`,
  },
};

/** The names of a category's entities in the summary: all of up to four, else three and "N others". */
function names(list: readonly string[], locale: Locale): string {
  const f = formatters(locale);
  if (list.length <= 4) return f.list(list);
  return f.list([...list.slice(0, 3), reactionsMapText[locale].others(list.length - 3)]);
}

/**
 * The accessible summary: "30 states and 9 organisations reacted. Condemns the assault: 12
 * (France, Canada, Cyprus and 9 others); ...", then the highlighted entities, the low-certainty
 * readings and those listed beside the map. Built from the story's category labels.
 */
export function summaryText(model: MapModel, placed: readonly PlacedReaction[], locale: Locale): string {
  const text = reactionsMapText[locale];
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
    `${categories.join(text.summarySeparator)}.`,
    ...(highlighted.length > 0 ? [text.summaryHighlighted(f.list(highlighted))] : []),
    ...(low > 0 ? [text.summaryLow(low)] : []),
    ...(listed > 0 ? [text.summaryListed(listed)] : []),
  ].join(" ");
}
