/**
 * Every message of the chart package in one place: option errors (English, for programmers),
 * warnings (English, for programmers) and everything a reader sees or hears (French and English).
 * Tests import these so a wording change is made once.
 */
import type { Locale, Source } from "@karabakh2023/data";

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
  sourceLink: Record<Source["urlKind"], string>;
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
    sourceLink: { article: "article", copy: "copy of the article", site: "publisher’s site" },
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
    sourceLink: { article: "article", copy: "copie de l’article", site: "site de l’éditeur" },
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
// The chart's reader text is in casualty-comparison/text.ts.

export const casualtyWarnings = {
  unmatchedHighlight: (id: string) =>
    `highlight "${id}" matches no claim id or claimant id among the bars drawn; nothing is emphasised for it`,
  heightTooSmall: (height: number, needed: number) =>
    `height ${height} is too small for the labels; the plot is ${needed} px tall instead`,
} as const;

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
  invalid: (index: number, reason: string) => `record ${index} is left out of the map: ${reason}`,
  highlightUnmatched: (id: string) =>
    `highlight "${id}" matches no reaction drawn (by reaction id or ISO alpha-3 code); it is ignored`,
  duplicate: (iso3: string, ids: string) =>
    `${iso3} has several reactions (${ids}); the map colours it by the first, the table lists all`,
} as const;

// ---------------------------------------------------------------- refugee-curve

export interface RefugeeCurveText {
  title: string;
  subtitle: (utcOffset: string) => string;
  xLabel: (utcOffset: string) => string;
  yerevanTime: string;
  approximate: (partOfDay: string) => string;
  timeNotReported: string;
  population: (value: string) => string;
  reached: (share: string) => string;
  hollow: string;
  lineOf: (claimant: string) => string;
  pointLabel: (claimant: string, count: string, when: string) => string;
  columns: readonly [string, string, string, string, string, string];
  summary: (p: {
    first: string;
    last: string;
    count: string;
    claimant: string;
    share?: string;
    population?: string;
    others: number;
    single: boolean;
  }) => string;
  leftOut: (count: number, items: string) => string;
  leftOutItem: (count: string, day: string, claimant: string) => string;
  /** Legend of a main series announced by several officials of one side. */
  officialCount: (party: string) => string;
  noCounts: string;
  /**
   * Short labels drawn on the chart for the four events annotated by default; the event's full
   * label stays in the label's tooltip and in the events table.
   */
  annotationLabels: Record<DefaultAnnotation, string>;
  eventsCaption: string;
  eventColumns: readonly [string, string, string, string, string];
  /** Time column of an event known only by its day. */
  wholeDay: string;
}

/** The events `refugeeCurve()` annotates by default (ids in the dataset's events table). */
export type DefaultAnnotation =
  | "ceasefire"
  | "corridor-opened"
  | "fuel-depot-explosion"
  | "refugees-pass-100000";

export const refugeeCurveText: Record<Locale, RefugeeCurveText> = {
  en: {
    title: "The exodus from Nagorno-Karabakh to Armenia",
    subtitle: (utc) => `Cumulative number of people who reached Armenia, as reported; Yerevan time (${utc})`,
    xLabel: (utc) => `Yerevan time (${utc}) →`,
    yerevanTime: "Yerevan time",
    approximate: (part) => `${part} (approximate time)`,
    timeNotReported: "time not reported",
    population: (value) => `Pre-war population ${value}`,
    reached: (share) => `${share} reached Armenia`,
    hollow: "Hollow marker: approximate time",
    lineOf: (claimant) => claimant,
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    columns: ["Date", "Time (Yerevan)", "People", "Qualifier", "Claimant", "Sources"],
    summary: ({ first, last, count, claimant, share, population, others, single }) =>
      `${single ? `On ${last}` : `Between ${first} and ${last}`}, ${count} people ${single ? "had reached" : "reached"} Armenia according to ${claimant}${
        share && population ? `, ${share} of the pre-war population of about ${population}` : ""
      }.${others > 0 ? ` ${others} figure${others === 1 ? "" : "s"} from other sources ${others === 1 ? "is" : "are"} shown as separate markers.` : ""}`,
    leftOut: (count, items) => `Outside the period shown and not drawn (${count}): ${items}.`,
    leftOutItem: (count, day, claimant) => `${count} on ${day} (${claimant})`,
    officialCount: (party) => `${party}: official running count`,
    noCounts: "No refugee counts to show for this selection.",
    annotationLabels: {
      ceasefire: "Ceasefire",
      "corridor-opened": "Corridor opens",
      "fuel-depot-explosion": "Fuel depot blast",
      "refugees-pass-100000": "100,000 passed",
    },
    eventsCaption: "Events marked on the chart",
    eventColumns: ["Date", "Time (Yerevan)", "Label on the chart", "Event", "Sources"],
    wholeDay: "whole day",
  },
  fr: {
    title: "L’exode du Haut-Karabagh vers l’Arménie",
    subtitle: (utc) =>
      `Nombre cumulé de personnes arrivées en Arménie, selon les chiffres annoncés ; heure d’Erevan (${utc})`,
    xLabel: (utc) => `Heure d’Erevan (${utc}) →`,
    yerevanTime: "heure d’Erevan",
    approximate: (part) => `${part} (heure approximative)`,
    timeNotReported: "heure non précisée",
    population: (value) => `Population d’avant-guerre ${value}`,
    reached: (share) => `${share} arrivés en Arménie`,
    hollow: "Marqueur creux : heure approximative",
    lineOf: (claimant) => claimant,
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    columns: ["Date", "Heure (Erevan)", "Personnes", "Précision", "Source de l’annonce", "Sources"],
    summary: ({ first, last, count, claimant, share, population, others, single }) =>
      `${single ? `Le ${last}` : `Entre le ${first} et le ${last}`}, ${count} personnes ${single ? "étaient arrivées" : "sont arrivées"} en Arménie selon ${claimant}${
        share && population ? `, soit ${share} de la population d’avant-guerre d’environ ${population}` : ""
      }.${others > 0 ? ` ${others} chiffre${others === 1 ? "" : "s"} d’autres sources ${others === 1 ? "est représenté" : "sont représentés"} par des marqueurs distincts.` : ""}`,
    leftOut: (count, items) =>
      `Hors de la période affichée, non représenté${count === 1 ? "" : "s"} (${count}) : ${items}.`,
    leftOutItem: (count, day, claimant) => `${count} le ${day} (${claimant})`,
    officialCount: (party) => `${party} : décompte officiel`,
    noCounts: "Aucun décompte de réfugiés à afficher pour cette sélection.",
    annotationLabels: {
      ceasefire: "Cessez-le-feu",
      "corridor-opened": "Corridor ouvert",
      "fuel-depot-explosion": "Explosion du dépôt",
      "refugees-pass-100000": "Cap des 100\u202f000",
    },
    eventsCaption: "Événements signalés sur le graphique",
    eventColumns: ["Date", "Heure (Erevan)", "Libellé sur le graphique", "Événement", "Sources"],
    wholeDay: "toute la journée",
  },
};

/** Warnings (English, for programmers); printed once each with the chart's prefix. */
export const refugeeCurveWarnings = {
  outsideDomain: (count: number) =>
    `${count} count${count === 1 ? " is" : "s are"} outside the time domain and left out of the view (the figure notes say so)`,
  decreasing: (claimant: string) =>
    `the cumulative counts of claimant "${claimant}" decrease over time; check the data (they are drawn as given)`,
} as const;
