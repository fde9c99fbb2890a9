/**
 * What the casualty comparison draws, in words: which records can be drawn (ids checked against
 * the story's vocabulary), which incident and metric are shown, and the groups of bars in reading
 * order. No DOM here: testable in Node.
 */
import {
  type CasualtyClaim,
  type CasualtyMetric,
  type Incident,
  isRealIsoDate,
  type LocalizedText,
  localize,
  type Story,
  term,
  type Vocabulary,
  type VocabularyKind,
} from "@karabakh2023/data";
import { ascending, group } from "d3-array";
import { formatters } from "../figure/format.js";
import { isCount, isRecord } from "../figure/options.js";
import { describe } from "../messages.js";
import type { NormalizedCasualtyComparisonOptions } from "./options.js";

/** The record fields whose ids the story's vocabulary must know, and the list each names. */
export const VOCABULARY_FIELDS = {
  party: "parties",
  category: "casualtyCategories",
  metric: "casualtyMetrics",
  incident: "incidents",
} as const satisfies Record<string, VocabularyKind>;
export type VocabularyField = keyof typeof VOCABULARY_FIELDS;

/** A record that cannot be drawn, and why. */
export interface Dropped {
  /** The record's id, or "#3" (its index) when it has none. */
  readonly id: string;
  /** Set when an id is not in the vocabulary: the field and the value. */
  readonly field?: VocabularyField;
  readonly value?: string;
  /** For the warning: "party "sudan" is not in the story's vocabulary.parties". */
  readonly why: string;
}

function whyUnusable(c: Record<string, unknown>, vocabulary: Vocabulary): Omit<Dropped, "id"> | undefined {
  for (const [field, list] of Object.entries(VOCABULARY_FIELDS) as [VocabularyField, VocabularyKind][]) {
    const value = c[field];
    if (typeof value !== "string" || term(vocabulary, list, value) === undefined) {
      const why = `${field} ${describe(value)} is not in the story's vocabulary.${list}`;
      return typeof value === "string" ? { field, value, why } : { why };
    }
  }
  if (!isCount(c.value))
    return { why: `value ${describe(c.value)} is not a count (a whole number from 0 to 2^53 − 1)` };
  if (!isRealIsoDate(c.asOf)) {
    return { why: `asOf ${describe(c.asOf)} is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
  return undefined;
}

/** Splits records into the claims that can be drawn and those left out (each with its reason). */
export function checkClaims(
  records: readonly unknown[],
  vocabulary: Vocabulary,
): { claims: CasualtyClaim[]; dropped: Dropped[] } {
  const claims: CasualtyClaim[] = [];
  const dropped: Dropped[] = [];
  records.forEach((c, i) => {
    if (!isRecord(c)) {
      dropped.push({ id: `#${i}`, why: "not an object" });
      return;
    }
    const why = whyUnusable(c, vocabulary);
    if (why) dropped.push({ id: typeof c.id === "string" ? c.id : `#${i}`, ...why });
    else claims.push(c as unknown as CasualtyClaim);
  });
  return { claims, dropped };
}

/**
 * The incident and metric drawn: those asked for, else the first incident of role "incident"
 * that has claims (of the metric, when one is asked for) and the first metric with claims for it.
 * With no such claims, the first incident of role "incident" and the first metric (the chart
 * then says there are none).
 */
export function defaultSelection(
  claims: readonly CasualtyClaim[],
  vocabulary: Vocabulary,
  requested: { incident?: Incident | undefined; metric?: CasualtyMetric | undefined },
): { incident: Incident; metric: CasualtyMetric } {
  const has = (incident: string, metric?: string) =>
    claims.some((c) => c.incident === incident && (metric === undefined || c.metric === metric));
  const incidents = vocabulary.incidents;
  const incident =
    requested.incident ??
    incidents.find((i) => i.role === "incident" && has(i.id, requested.metric))?.id ??
    incidents.find((i) => has(i.id, requested.metric))?.id ??
    incidents.find((i) => i.role === "incident")?.id ??
    (incidents[0]?.id as string);
  const metric =
    requested.metric ??
    vocabulary.casualtyMetrics.find((m) => has(incident, m.id))?.id ??
    (vocabulary.casualtyMetrics[0]?.id as string);
  return { incident, metric };
}

/**
 * Sort key of a date of any precision: the end of its period, so a figure known only as "2023"
 * (an update of unknown date) comes after the dated figures of 2023 rather than before them.
 */
export function periodEnd(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/**
 * How a group relates to the sides: one side's breakdown ("side"), one side's totals of a
 * category of role "total" ("side-totals"), a party of role "aggregate" ("across-sides"), or an
 * incident of role "aggregate" ("across-incidents"). Totals are never summed with other rows.
 */
export type GroupKind = "side" | "side-totals" | "across-sides" | "across-incidents";

/** One claim as the reader sees it. */
export interface ClaimRow {
  readonly claim: CasualtyClaim;
  /** The party's label. */
  readonly party: string;
  readonly category: string;
  /** The number with its qualifier and category: "at least 200 in total", "41 combatants". */
  readonly valueText: string;
  readonly claimant: string;
  /** Who the attribution names: the claimant, with the party in a group mixing parties. */
  readonly who: string;
  readonly date: string;
  /** "Army command, as of 24 Mar 2022" */
  readonly attribution: string;
  readonly tooltip: string;
  /** Named by `highlight` (its id or its claimant's). */
  readonly highlighted: boolean;
}

export interface ClaimGroup {
  readonly key: string;
  readonly kind: GroupKind;
  /** The group's header. */
  readonly label: string;
  /** The aggregate incident's label, in an "across-incidents" group. */
  readonly incident?: string;
  readonly rows: readonly ClaimRow[];
}

export interface Model {
  readonly metric: string;
  readonly incident: string;
  /** The chosen incident is itself a tally across incidents. */
  readonly incidentIsAggregate: boolean;
  readonly groups: readonly ClaimGroup[];
  /** Ids of the categories drawn, in the vocabulary's order. */
  readonly categories: readonly string[];
  readonly rows: readonly ClaimRow[];
  /** Parties of role "side" that have a bar. */
  readonly sides: number;
  /** Some bar is highlighted: the others are muted. */
  readonly highlighting: boolean;
  /** `highlight` ids that match no bar drawn. */
  readonly unmatchedHighlights: readonly string[];
  /** Formats an axis value in the chart's locale (the layout measures the last tick with it). */
  readonly number: (value: number) => string;
}

/**
 * The claims of the chosen incident and metric, grouped by side in the vocabulary's order (each
 * side's totals after its breakdown), then the aggregate parties, then the aggregate incidents
 * (only when the chosen incident has claims of the metric); oldest first within a group.
 */
/** The noun of a casualty category for each plural form that has its own (else `noun`). */
const PLURAL_NOUNS: Partial<Record<Intl.LDMLPluralRule, "nounOne" | "nounFew" | "nounMany">> = {
  one: "nounOne",
  few: "nounFew",
  many: "nounMany",
};

export function buildModel(
  claims: readonly CasualtyClaim[],
  story: Story,
  o: NormalizedCasualtyComparisonOptions,
  claimantName: (id: string) => string,
): Model {
  const { vocabulary } = story;
  const f = formatters(o.locale);
  const text = o.locale.messages.casualty;
  const say = (t: LocalizedText, what: string) => localize(t, o.storyLocale, what);
  const label = (kind: VocabularyKind, id: string) =>
    say(
      (term(vocabulary, kind, id) as { label: LocalizedText }).label,
      `data.vocabulary.${kind} "${id}" label`,
    );
  const categories = vocabulary.casualtyCategories;
  const categoryOrder = (id: string) => categories.findIndex((c) => c.id === id);
  const isTotal = (c: CasualtyClaim) => term(vocabulary, "casualtyCategories", c.category)?.role === "total";
  const partyOrder = (id: string) => vocabulary.parties.findIndex((p) => p.id === id);
  const chosen = term(vocabulary, "incidents", o.incident);
  const incidentIsAggregate = chosen?.role === "aggregate";

  const row = (claim: CasualtyClaim, tooltipGroup: string, withParty: boolean): ClaimRow => {
    const category = term(vocabulary, "casualtyCategories", claim.category);
    const what = `data.vocabulary.casualtyCategories "${claim.category}"`;
    const form = PLURAL_NOUNS[f.plural(claim.value)];
    const chosenNoun = form && category?.[form];
    const noun = chosenNoun ? say(chosenNoun, `${what} ${form}`) : say(category?.noun ?? {}, `${what} noun`);
    const valueText = `${f.qualified(claim.value, claim.qualifier)} ${noun}`.trim();
    const party = label("parties", claim.party);
    const claimant = claimantName(claim.claimant);
    const date = text.asOf(f.date(claim.asOf), claim.asOf.length >= 10);
    const who = withParty ? text.partyClaimant(party, claimant) : claimant;
    return {
      claim,
      party,
      category: label("casualtyCategories", claim.category),
      valueText,
      claimant,
      who,
      date,
      attribution: text.attribution(who, date),
      tooltip: text.tooltip(tooltipGroup, valueText, claimant, date),
      highlighted: o.highlight.has(claim.id) || o.highlight.has(claim.claimant),
    };
  };
  const sorted = (list: readonly CasualtyClaim[], byParty = false) =>
    [...list].sort(
      (a, b) =>
        (byParty ? ascending(partyOrder(a.party), partyOrder(b.party)) : 0) ||
        ascending(periodEnd(a.asOf), periodEnd(b.asOf)) ||
        ascending(categoryOrder(a.category), categoryOrder(b.category)) ||
        ascending(a.value, b.value),
    );

  const ofMetric = claims.filter((c) => c.metric === o.metric);
  const byParty = group(
    ofMetric.filter((c) => c.incident === o.incident),
    (c) => c.party,
  );
  const groups: ClaimGroup[] = [];
  for (const party of vocabulary.parties) {
    const list = byParty.get(party.id);
    if (!list) continue;
    const name = label("parties", party.id);
    const add = (key: string, kind: GroupKind, header: string, rows: readonly CasualtyClaim[]) => {
      if (rows.length > 0)
        groups.push({ key, kind, label: header, rows: sorted(rows).map((c) => row(c, name, false)) });
    };
    if (party.role === "aggregate") add(party.id, "across-sides", text.acrossSides(name), list);
    else {
      const breakdown = list.filter((c) => !isTotal(c));
      add(party.id, "side", name, breakdown);
      // Named as totals under the side's breakdown; alone, the side's name says enough.
      const header = breakdown.length > 0 ? text.sideTotals(name) : name;
      add(`${party.id}-totals`, "side-totals", header, list.filter(isTotal));
    }
  }
  // Side groups first, then the totals across sides: never between or inside the sides' rows.
  groups.sort((a, b) => ascending(a.kind === "across-sides" ? 1 : 0, b.kind === "across-sides" ? 1 : 0));
  // A tally across incidents is context for the chosen incident's own claims, never drawn alone:
  // with none, the chart says so rather than showing e.g. "Killed: Exodus" as a single tally.
  if (!incidentIsAggregate && groups.length > 0) {
    for (const incident of vocabulary.incidents) {
      if (incident.role !== "aggregate") continue;
      // Beside the incidents it tallies only: the offensive-and-depot toll says nothing of the mines.
      if (incident.covers && !incident.covers.includes(o.incident)) continue;
      const list = ofMetric.filter((c) => c.incident === incident.id);
      if (list.length === 0) continue;
      const name = label("incidents", incident.id);
      groups.push({
        key: `incident-${incident.id}`,
        kind: "across-incidents",
        label: text.acrossIncidents(name),
        incident: name,
        rows: sorted(list, true).map((c) => row(c, `${name}, ${label("parties", c.party)}`, true)),
      });
    }
  }

  const rows = groups.flatMap((g) => g.rows);
  const present = new Set(rows.map((r) => r.claim.category));
  const matched = (id: string) => rows.some((r) => r.claim.id === id || r.claim.claimant === id);
  return {
    metric: label("casualtyMetrics", o.metric),
    incident: label("incidents", o.incident),
    incidentIsAggregate,
    groups,
    rows,
    categories: categories.filter((c) => present.has(c.id)).map((c) => c.id),
    sides: new Set(
      groups.filter((g) => g.kind === "side" || g.kind === "side-totals").map((g) => g.rows[0]?.claim.party),
    ).size,
    highlighting: rows.some((r) => r.highlighted),
    unmatchedHighlights: [...o.highlight].filter((id) => !matched(id)),
    number: f.number,
  };
}

/** The reader's sentence on records left out, or undefined when none was. */
export function leftOutText(
  dropped: readonly Dropped[],
  locale: NormalizedCasualtyComparisonOptions["locale"],
): string | undefined {
  if (dropped.length === 0) return undefined;
  const text = locale.messages.casualty;
  const f = formatters(locale);
  const unknown = dropped.filter((d) => d.field !== undefined);
  const counts = group(
    unknown,
    (d) => d.field as VocabularyField,
    (d) => (d.value ?? "").slice(0, 40),
  );
  const reasons = [...counts].flatMap(([field, values]) =>
    [...values].map(([value, list]) => text.leftOutReason(text.fieldNames[field], value, list.length)),
  );
  const invalid = dropped.length - unknown.length;
  return [
    unknown.length > 0 ? text.leftOut(unknown.length, f.list(reasons)) : "",
    invalid > 0 ? text.leftOutInvalid(invalid) : "",
  ]
    .filter(Boolean)
    .join(" ");
}
