/**
 * Every message of the chart package in one place: option errors (English, for programmers),
 * warnings (English, for programmers) and everything a reader sees or hears (French and English).
 * Tests import these so a wording change is made once.
 */
import type { Locale } from "@karabakh2023/data";

// ---------------------------------------------------------------- errors (thrown)

/** Describes a value in an error message without dumping it. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

export const errors = {
  /** RangeError: a value of the right type outside the allowed set. */
  invalid: (option: string, value: unknown, allowed?: readonly (string | number)[]) =>
    `invalid ${option}: ${typeof value === "string" ? value : describe(value)}${
      allowed ? ` (expected one of ${allowed.join(", ")})` : ""
    }`,
  /** TypeError: a value of the wrong type. */
  type: (option: string, expected: string, value: unknown) =>
    `invalid ${option}: expected ${expected}, got ${describe(value)}`,
  noDocument: () =>
    "invalid document: no global document; pass one in options.document (e.g. linkedom's parseHTML(...).document)",
} as const;

// ---------------------------------------------------------------- warnings (console, once each)

export const warnings = {
  unknownSource: (id: string) =>
    `source "${id}" is not in the source registry; it is left out of the source line`,
  unknownClaimant: (id: string) => `claimant "${id}" is not in the claimant list; its id is shown instead`,
  droppedClaim: (id: string, why: string) => `claim "${id}" is not drawn: ${why}`,
  unknownOption: (name: string, nearest: string | undefined) =>
    `unknown option "${name}" is ignored${nearest ? ` (did you mean "${nearest}"?)` : ""}`,
} as const;

// ---------------------------------------------------------------- reader-facing text
// French typography: a no-break space (U+00A0) before ":" and a narrow one (U+202F) before ";"
// and inside « », so that they never start a line.

export interface ChromeText {
  source: string;
  sources: string;
  /** Last item of a shortened source line: "12 more" / "12 autres". */
  moreSources: (count: number) => string;
  /** Word before the last item of the source line. */
  and: string;
  /** Summary of the collapsed full source list. */
  allSources: (count: number) => string;
  /** A source without a publication date: when it was consulted. */
  accessed: (date: string) => string;
  /** Text of a source's link when its title cannot carry it: the article, or the publisher's site. */
  sourceLink: { article: string; site: string };
  notes: string;
  legend: string;
  getTheData: string;
  dataTable: string;
  dataTableCaption: (title: string) => string;
  noData: string;
  keyboardHint: (count: number) => string;
  pointPosition: (index: number, count: number) => string;
}

export const chromeText: Record<Locale, ChromeText> = {
  en: {
    source: "Source:",
    sources: "Sources:",
    moreSources: (count) => `${count} more`,
    and: "and",
    allSources: (count) => (count === 1 ? "Full source reference" : `All ${count} sources`),
    accessed: (date) => `accessed ${date}`,
    sourceLink: { article: "article", site: "publisher’s site" },
    notes: "Notes",
    legend: "Legend",
    getTheData: "Get the data (CSV)",
    dataTable: "Show the data as a table",
    dataTableCaption: (title) => `Data plotted in “${title}”`,
    noData: "No data to show for this selection.",
    keyboardHint: (count) =>
      `Interactive chart with ${count} data ${count === 1 ? "point" : "points"}. Use the arrow keys to move between them and Escape to leave.`,
    pointPosition: (index, count) => `${index} of ${count}`,
  },
  fr: {
    source: "Source\u00a0:",
    sources: "Sources\u00a0:",
    moreSources: (count) => `${count} ${count === 1 ? "autre" : "autres"}`,
    and: "et",
    allSources: (count) => (count === 1 ? "Référence complète de la source" : `Les ${count} sources`),
    accessed: (date) => `consulté le ${date}`,
    sourceLink: { article: "article", site: "site de l’éditeur" },
    notes: "Notes",
    legend: "Légende",
    getTheData: "Télécharger les données (CSV)",
    dataTable: "Afficher les données sous forme de tableau",
    dataTableCaption: (title) => `Données représentées dans «\u202f${title}\u202f»`,
    noData: "Aucune donnée à afficher pour cette sélection.",
    keyboardHint: (count) =>
      `Graphique interactif de ${count} ${count === 1 ? "point" : "points"} de données. Utilisez les flèches pour passer de l’un à l’autre et Échap pour quitter.`,
    pointPosition: (index, count) => `${index} sur ${count}`,
  },
};

/** How a claimed number is qualified, as a phrase around the formatted number. */
export const qualifierText: Record<Locale, Record<string, (n: string) => string>> = {
  en: {
    exact: (n) => n,
    "at-least": (n) => `at least ${n}`,
    "more-than": (n) => `more than ${n}`,
    about: (n) => `about ${n}`,
    nearly: (n) => `nearly ${n}`,
  },
  fr: {
    exact: (n) => n,
    "at-least": (n) => `au moins ${n}`,
    "more-than": (n) => `plus de ${n}`,
    about: (n) => `environ ${n}`,
    nearly: (n) => `près de ${n}`,
  },
};

// ---------------------------------------------------------------- casualty-comparison

export interface CasualtyText {
  /** Default title, from the metric and incident labels. */
  title: (metric: string, incident: string) => string;
  subtitle: string;
  /** Always printed first among the notes. */
  note: string;
  /** The category as a noun after the number: "192 military", "at least 10 civilians". */
  categoryNoun: Record<string, (plural: boolean) => string>;
  /** Legend entries. */
  categoryLegend: Record<string, string>;
  /** `day`: the date names a day ("au 27 sept."); otherwise a month or a year ("en 2023"). */
  asOf: (date: string, day: boolean) => string;
  attribution: (claimant: string, date: string) => string;
  empty: (metric: string, incident: string) => string;
  summary: (chart: {
    metric: string;
    incident: string;
    claims: number;
    sides: number;
    parts: string;
  }) => string;
  summaryPart: (party: string, claims: string) => string;
  summaryClaim: (value: string, claimant: string, date: string) => string;
  tooltip: (party: string, value: string, claimant: string, date: string) => string;
  columns: readonly string[];
}

export const casualtyText: Record<Locale, CasualtyText> = {
  en: {
    title: (metric, incident) => `${metric}: ${incident}`,
    subtitle:
      "Each bar is one figure as its claimant stated it, on the date it describes. Disputed figures stand side by side, never merged.",
    note: "Figures are those claimed by each party or source; none has been independently verified.",
    categoryNoun: {
      military: () => "military",
      police: () => "police",
      civilian: (plural) => (plural ? "civilians" : "civilian"),
      all: () => "in total",
    },
    categoryLegend: {
      military: "Military",
      police: "Police",
      civilian: "Civilians",
      all: "Total, not broken down",
    },
    asOf: (date) => `as of ${date}`,
    attribution: (claimant, date) => `${claimant}, ${date}`,
    empty: (metric, incident) => `No claims of “${metric}” for “${incident}” in the data.`,
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Horizontal bar chart of ${claims} ${claims === 1 ? "claim" : "claims"} (${metric.toLowerCase()}, ${incident}) from ${sides} ${sides === 1 ? "side" : "sides"}. ${parts} Each figure is its claimant's own.`,
    summaryPart: (party, claims) => `${party}: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} according to ${claimant} (${date})`,
    tooltip: (party, value, claimant, date) => `${party}: ${value}. ${claimant}, ${date}.`,
    columns: ["Side", "Category", "Figure as claimed", "Value", "Claimant", "As of", "Sources"],
  },
  fr: {
    title: (metric, incident) => `${metric}\u00a0: ${incident}`,
    subtitle:
      "Chaque barre est un chiffre tel que sa source l’a donné, à la date qu’il décrit. Les chiffres contestés sont côte à côte, jamais fusionnés.",
    note: "Chiffres avancés par chaque partie ou source\u202f; aucun n’a été vérifié de façon indépendante.",
    categoryNoun: {
      military: () => "militaires",
      police: () => "policiers",
      civilian: (plural) => (plural ? "civils" : "civil"),
      all: () => "au total",
    },
    categoryLegend: {
      military: "Militaires",
      police: "Policiers",
      civilian: "Civils",
      all: "Total, sans détail",
    },
    asOf: (date, day) => (day ? `au ${date}` : `en ${date}`),
    attribution: (claimant, date) => `${claimant}, ${date}`,
    empty: (metric, incident) =>
      `Aucun chiffre «\u202f${metric}\u202f» pour «\u202f${incident}\u202f» dans les données.`,
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Graphique en barres horizontales de ${claims} ${claims === 1 ? "chiffre" : "chiffres"} (${metric.toLowerCase()}, ${incident}) de ${sides} ${sides === 1 ? "partie" : "parties"}. ${parts} Chaque chiffre est celui de sa source.`,
    summaryPart: (party, claims) => `${party}\u00a0: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} selon ${claimant} (${date})`,
    tooltip: (party, value, claimant, date) => `${party}\u00a0: ${value}. ${claimant}, ${date}.`,
    columns: ["Partie", "Catégorie", "Chiffre annoncé", "Valeur", "Source du chiffre", "Date", "Sources"],
  },
};

// ---------------------------------------------------------------- reactions-map

export const reactionsMapWarnings = {
  unmatched: (count: number, codes: string) =>
    `${count} reaction ${count === 1 ? "code matches" : "codes match"} no map feature and ${
      count === 1 ? "is" : "are"
    } listed beside the map instead (see element.reactionsMap.unmatched): ${codes}`,
  unmatchedCode: (iso3: string, id: string, reason: "not-iso" | "lower-case" | "no-feature") =>
    `"${iso3}" (reaction "${id}": ${
      reason === "lower-case"
        ? `not upper case; did you mean "${iso3.toUpperCase()}"?`
        : reason === "no-feature"
          ? "an ISO 3166-1 code with no boundary in the 1:110m map and no known centroid"
          : "not an ISO 3166-1 alpha-3 code"
    })`,
  invalid: (index: number, reason: string) => `record ${index} is not a reaction and is not drawn: ${reason}`,
  duplicate: (iso3: string, ids: string) =>
    `${iso3} has several reactions (${ids}); the map colours it by the first, the table lists all`,
} as const;

export interface ReactionsMapText {
  title: string;
  subtitle: string;
  readingNote: string;
  dotNote: string;
  boundaryNote: string;
  listTitle: string;
  insetTitle: string;
  karabakh: string;
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
  summary: (entities: string, count: number, parts: string) => string;
  summaryPart: Record<
    "condemns" | "supports" | "neutral" | "belligerents",
    (count: number, names: string) => string
  >;
  summaryLow: (count: number) => string;
  summaryListed: (count: number) => string;
}

export const reactionsMapText: Record<Locale, ReactionsMapText> = {
  en: {
    title: "How states and organisations reacted to Azerbaijan’s September 2023 offensive",
    subtitle:
      "The position each took in its statements after the offensive of 19–20 September 2023, as we read them",
    readingNote:
      "Categories are our reading of each statement. Hatched areas and squares and hollow dots mark low-certainty readings; the belligerents are outlined.",
    dotNote: "A dot marks a state too small to see at this scale.",
    boundaryNote:
      "Boundaries: Natural Earth 1:110m, via world-atlas; Antarctica is not shown. Boundaries and names on this map imply no position on the status of any territory.",
    listTitle: "Organisations and others not on the map",
    insetTitle: "South Caucasus",
    karabakh: "Nagorno-Karabakh",
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
    summary: (entities, _count, parts) => `${entities} reacted: ${parts}.`,
    summaryPart: {
      condemns: (n) => `${n} condemned Azerbaijan`,
      supports: (n) => `${n} supported Azerbaijan`,
      neutral: (n) => `${n} called for peace without taking sides`,
      belligerents: (n, names) => `${n} ${n === 1 ? "is a belligerent" : "are the belligerents"} (${names})`,
    },
    summaryLow: (n) => `${n} of these readings ${n === 1 ? "is" : "are"} of low certainty.`,
    summaryListed: (n) =>
      `${n} ${n === 1 ? "is" : "are"} not on the map and ${n === 1 ? "is" : "are"} listed beside it.`,
  },
  fr: {
    title: "Les réactions des États et des organisations à l’offensive azerbaïdjanaise de septembre 2023",
    subtitle:
      "La position exprimée par chacun dans ses déclarations après l’offensive des 19 et 20 septembre 2023, selon notre lecture",
    readingNote:
      "Les catégories sont notre lecture de chaque déclaration. Les zones et carrés hachurés et les points creux signalent une lecture de faible certitude ; les belligérants sont cernés d’un trait.",
    dotNote: "Un point signale un État trop petit pour être visible à cette échelle.",
    boundaryNote:
      "Frontières : Natural Earth au 1/110 000 000, via world-atlas ; l’Antarctique n’est pas représenté. Les frontières et les noms de cette carte n’impliquent aucune prise de position sur le statut des territoires.",
    listTitle: "Organisations et autres, hors de la carte",
    insetTitle: "Caucase du Sud",
    karabakh: "Haut-Karabagh",
    noRecordedReaction: "Aucune réaction relevée",
    lowCertainty: "Lecture de faible certitude (hachuré)",
    certainty: { high: "certitude élevée", medium: "certitude moyenne", low: "certitude faible" },
    tooltip: (name, category, certainty, date) => `${name} : ${category} (${certainty}), ${date}`,
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
    summary: (entities, count, parts) => `${entities} ${count === 1 ? "a réagi" : "ont réagi"} : ${parts}.`,
    summaryPart: {
      condemns: (n) => `${n} ${n === 1 ? "a condamné" : "ont condamné"} l’Azerbaïdjan`,
      supports: (n) => `${n} ${n === 1 ? "a soutenu" : "ont soutenu"} l’Azerbaïdjan`,
      neutral: (n) => `${n} ${n === 1 ? "a appelé" : "ont appelé"} à la paix sans prendre parti`,
      belligerents: (n, names) => `${n} ${n === 1 ? "est belligérant" : "sont les belligérants"} (${names})`,
    },
    summaryLow: (n) => `${n} de ces lectures ${n === 1 ? "est" : "sont"} de faible certitude.`,
    summaryListed: (n) =>
      `${n} ${n === 1 ? "ne figure pas" : "ne figurent pas"} sur la carte et ${n === 1 ? "est listé" : "sont listés"} à côté.`,
  },
};

// ---------------------------------------------------------------- refugee-curve
// Reader text: refugee-curve/text.ts.

/** Warnings (English, for programmers); printed once each with the chart's prefix. */
export const refugeeCurveWarnings = {
  outsideDomain: (count: number) =>
    `${count} count${count === 1 ? " is" : "s are"} outside the time domain and left out of the view (the figure notes say so)`,
  decreasing: (claimant: string) =>
    `the cumulative counts of claimant "${claimant}" decrease over time; check the data (they are drawn as given)`,
  highlightMatchesNothing: (id: string) =>
    `highlight "${id}" matches no count or claimant of the metric drawn; nothing is highlighted for it`,
} as const;
