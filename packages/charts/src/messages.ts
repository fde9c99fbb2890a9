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
