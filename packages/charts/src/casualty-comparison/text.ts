/**
 * What a reader of the casualty comparison sees or hears, in French and English. Everything
 * that belongs to a story (party, incident, metric and category labels, claimant names, the
 * story's title) comes from the story; these are the chart's own generic words around them.
 * French typography: U+00A0 before ":", U+202F before ";" and inside « ».
 */
import type { Locale } from "@karabakh2023/data";

export interface CasualtyText {
  /** Default title when the story gives none, from the metric and incident labels. */
  title: (metric: string, incident: string) => string;
  subtitle: string;
  /** Printed first among the chart's own notes (after the story's note). */
  note: string;
  /** Note when the chosen incident is itself a tally across incidents. */
  aggregateIncidentNote: (incident: string) => string;
  /** Header of a side's claims of a total category ("Valley militia — totals"). */
  sideTotals: (party: string) => string;
  /** Header of an aggregate party's claims: a total across sides, never their sum. */
  acrossSides: (party: string) => string;
  /** Header of an aggregate incident's claims shown beside the chosen incident. */
  acrossIncidents: (incident: string) => string;
  /** `day`: the date names a day ("au 27 sept."); otherwise a month or a year ("en 2023"). */
  asOf: (date: string, day: boolean) => string;
  attribution: (claimant: string, date: string) => string;
  /** Who, in a group that mixes parties (an aggregate incident's): "All parties: Aid network". */
  partyClaimant: (party: string, claimant: string) => string;
  empty: (metric: string, incident: string) => string;
  /** Records were given, and none of them can be drawn. */
  nothingDrawable: (count: number) => string;
  /** Records were given but left out: how many and why ("party “x” (3)"). */
  leftOut: (count: number, reasons: string) => string;
  /** One reason: the field and value, and how many records had it. */
  leftOutReason: (field: string, value: string, count: number) => string;
  /** A record left out for a reason other than an unknown id (negative value, bad date). */
  leftOutInvalid: (count: number) => string;
  summary: (chart: {
    metric: string;
    incident: string;
    claims: number;
    sides: number;
    parts: string;
  }) => string;
  summaryPart: (group: string, claims: string) => string;
  summaryClaim: (value: string, claimant: string, date: string) => string;
  summaryHighlight: (claims: string) => string;
  tooltip: (group: string, value: string, claimant: string, date: string) => string;
  columns: readonly string[];
}

/** The record fields a left-out reason names, as a reader calls them. */
export const fieldNames: Record<Locale, Record<"party" | "category" | "metric" | "incident", string>> = {
  en: { party: "the side", category: "the category", metric: "the count", incident: "the incident" },
  fr: { party: "la partie", category: "la catégorie", metric: "le décompte", incident: "l’incident" },
};

export const casualtyText: Record<Locale, CasualtyText> = {
  en: {
    title: (metric, incident) => `${metric}: ${incident}`,
    subtitle:
      "Each bar is one figure as its claimant stated it, on the date it describes. Disputed figures stand side by side, never merged.",
    note: "Figures are those claimed by each party or source; none has been independently verified.",
    aggregateIncidentNote: (incident) =>
      `“${incident}” is a tally across incidents: its figures are not the sum of any incident’s.`,
    sideTotals: (party) => `${party} — totals`,
    acrossSides: (party) => `${party} — reported total, not a sum of the bars above`,
    acrossIncidents: (incident) => `${incident} — total across incidents, not a sum of the bars above`,
    asOf: (date) => `as of ${date}`,
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}: ${claimant}`,
    empty: (metric, incident) => `No claims of “${metric}” for “${incident}” in the data.`,
    nothingDrawable: (count) =>
      count === 1
        ? "The one claim given cannot be drawn."
        : `None of the ${count} claims given can be drawn.`,
    leftOut: (count, reasons) =>
      `${count} ${count === 1 ? "claim was" : "claims were"} left out, not in the story’s vocabulary: ${reasons}.`,
    leftOutReason: (field, value, count) => `${field} “${value}” (${count})`,
    leftOutInvalid: (count) =>
      `${count} ${count === 1 ? "claim was" : "claims were"} left out because ${count === 1 ? "its" : "their"} value or date is not valid.`,
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Horizontal bar chart of ${claims} ${claims === 1 ? "claim" : "claims"} (${metric.toLowerCase()}, ${incident})${sides > 0 ? ` from ${sides} ${sides === 1 ? "side" : "sides"}` : ""}. ${parts} Each figure is its claimant's own.`,
    summaryPart: (group, claims) => `${group}: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} according to ${claimant} (${date})`,
    summaryHighlight: (claims) => `Highlighted: ${claims}.`,
    tooltip: (group, value, claimant, date) => `${group}: ${value}. ${claimant}, ${date}.`,
    columns: ["Side", "Category", "Figure as claimed", "Value", "Claimant", "As of", "Sources"],
  },
  fr: {
    title: (metric, incident) => `${metric}\u00a0: ${incident}`,
    subtitle:
      "Chaque barre est un chiffre tel que sa source l’a donné, à la date qu’il décrit. Les chiffres contestés sont côte à côte, jamais fusionnés.",
    note: "Chiffres avancés par chaque partie ou source\u202f; aucun n’a été vérifié de façon indépendante.",
    aggregateIncidentNote: (incident) =>
      `«\u202f${incident}\u202f» est un décompte sur plusieurs incidents\u202f: ses chiffres ne sont la somme d’aucun autre.`,
    sideTotals: (party) => `${party} — totaux`,
    acrossSides: (party) => `${party} — total annoncé, pas une somme des barres ci-dessus`,
    acrossIncidents: (incident) =>
      `${incident} — total sur plusieurs incidents, pas une somme des barres ci-dessus`,
    asOf: (date, day) => (day ? `au ${date}` : `en ${date}`),
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}\u00a0: ${claimant}`,
    empty: (metric, incident) =>
      `Aucun chiffre «\u202f${metric}\u202f» pour «\u202f${incident}\u202f» dans les données.`,
    nothingDrawable: (count) =>
      count === 1
        ? "Le seul chiffre fourni ne peut pas être représenté."
        : `Aucun des ${count} chiffres fournis ne peut être représenté.`,
    leftOut: (count, reasons) =>
      `${count} ${count === 1 ? "chiffre écarté, inconnu" : "chiffres écartés, inconnus"} du vocabulaire des données\u00a0: ${reasons}.`,
    leftOutReason: (field, value, count) => `${field} «\u202f${value}\u202f» (${count})`,
    leftOutInvalid: (count) =>
      `${count} ${count === 1 ? "chiffre a été écarté" : "chiffres ont été écartés"} car ${count === 1 ? "sa valeur ou sa date n’est pas valide" : "leur valeur ou leur date n’est pas valide"}.`,
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Graphique en barres horizontales de ${claims} ${claims === 1 ? "chiffre" : "chiffres"} (${metric.toLowerCase()}, ${incident})${sides > 0 ? ` de ${sides} ${sides === 1 ? "partie" : "parties"}` : ""}. ${parts} Chaque chiffre est celui de sa source.`,
    summaryPart: (group, claims) => `${group}\u00a0: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} selon ${claimant} (${date})`,
    summaryHighlight: (claims) => `En évidence\u00a0: ${claims}.`,
    tooltip: (group, value, claimant, date) => `${group}\u00a0: ${value}. ${claimant}, ${date}.`,
    columns: ["Partie", "Catégorie", "Chiffre annoncé", "Valeur", "Source du chiffre", "Date", "Sources"],
  },
};
