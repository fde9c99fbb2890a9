/**
 * The keys of what a reader of the casualty comparison sees or hears (the tables are in
 * `src/locales/`, group `casualty`). Everything
 * that belongs to a story (party, incident, metric and category labels, claimant names, the
 * story's title) comes from the story; these are the chart's own generic words around them.
 */

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
  /** The record fields a left-out reason names, as a reader calls them. */
  fieldNames: Record<"party" | "category" | "metric" | "incident", string>;
}
