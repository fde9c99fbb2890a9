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
} as const;

// ---------------------------------------------------------------- reader-facing text

export interface ChromeText {
  source: string;
  sources: string;
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
    source: "Source :",
    sources: "Sources :",
    notes: "Notes",
    legend: "Légende",
    getTheData: "Télécharger les données (CSV)",
    dataTable: "Afficher les données sous forme de tableau",
    dataTableCaption: (title) => `Données représentées dans « ${title} »`,
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
