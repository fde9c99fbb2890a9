/**
 * The messages for programmers, in one place: option errors (thrown) and warnings (console),
 * in English. Tests import these so a wording change is made once. Everything a reader sees or
 * hears is in the per-locale message tables (`src/locales/`).
 */

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
  noIntlData: (tag: string, table: string) =>
    `this engine's Intl has no data for "${tag}", so its numbers, dates and lists are formatted in the engine's default locale; give the "${table}" table its "formats" words (README: "Message tables")`,
  unknownOption: (name: string, nearest: string | undefined) =>
    `unknown option "${name}" is ignored${nearest ? ` (did you mean "${nearest}"?)` : ""}`,
} as const;

// ---------------------------------------------------------------- casualty-comparison

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

/** Warnings (English, for programmers); printed once each with the chart's prefix. */
export const refugeeCurveWarnings = {
  outsideDomain: (count: number) =>
    `${count} count${count === 1 ? " is" : "s are"} outside the time domain and left out of the view (the figure notes say so)`,
  decreasing: (claimant: string) =>
    `the cumulative counts of claimant "${claimant}" decrease over time; check the data (they are drawn as given)`,
  highlightMatchesNothing: (id: string) =>
    `highlight "${id}" matches no count or claimant of the metric drawn; nothing is highlighted for it`,
} as const;
