/**
 * Cases of the matrix that fail because of a bug outside this suite's files that is not a
 * security bug (those are fixed, see the git log), keyed "<chart>/<entry id>", with the bug in a
 * line. They run as `it.fails`: when a bug is fixed its cases pass, `it.fails` turns red, and
 * the lines must be deleted here.
 */
const DATE_REINTERPRETED =
  "the chart formats an impossible or malformed date as another date (2023-02-30 → 2 Mar 2023, 2023-9-28 → 2023, trailing text dropped) without a warning";
const DATE_UNCHECKED =
  "the chart draws a reaction whatever its date (blank, impossible, not a string) without a warning";
const COUNT_UNCHECKED =
  "the chart draws a fractional, denormal or unsafe-integer count (12.5, 5e-324, 1e21) without a warning";

const bugs: Record<string, string> = {};
const add = (chart: string, ids: string[], bug: string) => {
  for (const id of ids) bugs[`${chart}/${id}`] = bug;
};
const counts = [
  "number-fraction",
  "number-small-fraction",
  "number-denormal",
  "number-1e308",
  "number-1e21",
  "number-unsafe-integer",
];
add("casualties", counts, COUNT_UNCHECKED);
add("refugees", counts, COUNT_UNCHECKED);
add(
  "casualties",
  [
    "date-february-30",
    "date-not-leap-year",
    "date-september-31",
    "date-month-13",
    "date-month-zero",
    "date-day-zero",
    "date-unpadded",
    "date-with-time",
    "date-trailing-markup",
    "date-trailing-nul",
    "date-empty",
  ],
  DATE_REINTERPRETED,
);
add(
  "refugees",
  [
    "date-february-30",
    "date-not-leap-year",
    "date-september-31",
    "date-month-13",
    "date-month-zero",
    "date-day-zero",
  ],
  "refugeeCurve places an impossible ISO day on the axis as another day (2023-02-30 → 2 March) without a warning",
);
add(
  "reactions",
  [
    "date-february-30",
    "date-not-leap-year",
    "date-september-31",
    "date-month-13",
    "date-month-zero",
    "date-day-zero",
    "date-unpadded",
    "date-with-time",
    "date-trailing-markup",
    "date-trailing-nul",
    "date-empty",
    "date-number",
    "date-null",
    "date-invalid-date-object",
  ],
  DATE_UNCHECKED,
);
add(
  "refugees",
  ["option-domain-impossible-day"],
  "refugeeCurve accepts domain day 2023-09-31 and silently reads it as 1 October",
);
add(
  "refugees",
  ["option-claimant-names-markup-name"],
  "refugeeCurve accepts claimantNames entries whose name is not {fr, en} (casualtyComparison rejects them)",
);
add(
  "reactions",
  ["code-empty"],
  "reactionsMap lists a state with an empty iso3 beside the map without a warning or an unmatched entry",
);

export const KNOWN_BUGS: Readonly<Record<string, string>> = bugs;

/** The same for the contract tests (contracts.test.ts), keyed by the test's entry id. */
export const KNOWN_CONTRACT_BUGS: Readonly<Record<string, string>> = {
  "size-rows-sparse-array":
    "validateDataset accepts a sparse table (new Array(5)): forEach skips the holes, so five missing records raise no error",
};
