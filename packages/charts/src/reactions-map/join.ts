/**
 * Joins reactions to the map: each one is placed on a boundary (ISO alpha-3 → numeric →
 * world-atlas feature id), on a dot (a state the 1:110m map lacks), or in the list beside the
 * map (organisations, unrecognised entities, and codes that match nothing). Nothing is dropped:
 * codes that match no feature are returned as `unmatched`, and records that cannot be drawn at
 * all are returned as `invalid`, both with the reason.
 */
import {
  CERTAINTIES,
  type Country,
  ENTITY_KINDS,
  isRealIsoDate,
  type LocalizedText,
  type Reaction,
  type ReactionCategory,
} from "@karabakh2023/data";
import { describe } from "../messages.js";
import { SMALL_STATE_CENTROIDS } from "./geometry.js";

/** Where a reaction is drawn. */
export type Placement = "map" | "dot" | "list";

export interface PlacedReaction {
  readonly reaction: Reaction;
  readonly placement: Placement;
  /** The world-atlas feature id (ISO numeric) when `placement` is "map". */
  readonly featureId?: string;
  /** The country of the table, when the code is an ISO 3166-1 code (its name comes from there). */
  readonly country?: Country;
}

/** A reaction whose `iso3` matches no map feature and no known small state. */
export interface UnmatchedCode {
  readonly id: string;
  readonly iso3: string;
  readonly reason: "not-iso" | "lower-case" | "no-feature";
}

/** A record that is not a drawable reaction (only possible when data bypasses the types). */
export interface InvalidReaction {
  readonly index: number;
  readonly reason: string;
}

export interface ReactionJoin {
  /** Every drawable reaction in a chosen category, in input order. */
  readonly placed: readonly PlacedReaction[];
  readonly unmatched: readonly UnmatchedCode[];
  readonly invalid: readonly InvalidReaction[];
  /** Reactions in a category the caller chose not to colour (counted, not drawn). */
  readonly filteredOut: number;
}

export interface JoinContext {
  /** ISO 3166-1 lookup: alpha-3 → numeric and names (the data package's `countryByIso3`). */
  readonly country: (iso3: string) => Country | undefined;
  /** Feature ids present in the map. */
  readonly featureIds: ReadonlySet<string>;
  /** Every category id of the story's vocabulary: a record in another is not drawn. */
  readonly vocabulary: readonly ReactionCategory[];
  /** The categories drawn (a subset of `vocabulary`). */
  readonly categories: readonly ReactionCategory[];
  /** The locale drawn: an entity that is not a country needs its name in it. */
  readonly locale: string;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isText = (v: unknown): v is LocalizedText => typeof v === "object" && v !== null;

/** Why `value` is not a drawable reaction, or undefined when it is. */
function invalidReason(value: unknown, context: JoinContext): string | undefined {
  if (typeof value !== "object" || value === null) return "not an object";
  const r = value as Record<string, unknown>;
  if (!isString(r.id)) return "id is not a string";
  if (!isText(r.name)) return `name of reaction "${r.id}" is not a { locale: text } object`;
  if (!isText(r.speaker)) return `speaker of reaction "${r.id}" is not a { locale: text } object`;
  if (!context.vocabulary.includes(r.category as string)) {
    return `category of reaction "${r.id}" is ${describe(r.category)}, not in the story's vocabulary (${context.vocabulary.join(", ")})`;
  }
  if (!(CERTAINTIES as readonly unknown[]).includes(r.certainty))
    return `certainty of reaction "${r.id}" is invalid: ${describe(r.certainty)}`;
  if (!(ENTITY_KINDS as readonly unknown[]).includes(r.kind))
    return `kind of reaction "${r.id}" is invalid: ${describe(r.kind)}`;
  if (r.iso3 !== undefined && !isString(r.iso3)) return `iso3 of reaction "${r.id}" is not a string`;
  if (!isRealIsoDate(r.date))
    return `date of reaction "${r.id}" is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${describe(r.date)}`;
  return undefined;
}

const hasText = (text: LocalizedText, locale: string) =>
  Object.hasOwn(text, locale) && isString(text[locale]) && text[locale] !== "";

/** Places every reaction; see the module comment. */
export function joinReactions(data: readonly unknown[], context: JoinContext): ReactionJoin {
  const placed: PlacedReaction[] = [];
  const unmatched: UnmatchedCode[] = [];
  const invalid: InvalidReaction[] = [];
  let filteredOut = 0;
  data.forEach((value, index) => {
    const reason = invalidReason(value, context);
    if (reason) {
      invalid.push({ index, reason });
      return;
    }
    const reaction = value as Reaction;
    if (!context.categories.includes(reaction.category)) {
      filteredOut++;
      return;
    }
    const { iso3 } = reaction;
    const country = iso3 === undefined ? undefined : context.country(iso3);
    // A country is named from the ISO table; anything else needs its own name in the locale.
    // Who spoke is shown in the table in the locale too: never in another language instead.
    const missing = !country && !hasText(reaction.name, context.locale) ? "name" : undefined;
    const field = missing ?? (hasText(reaction.speaker, context.locale) ? undefined : "speaker");
    if (field) {
      invalid.push({
        index,
        reason: `${field} of reaction "${reaction.id}" has no ${JSON.stringify(context.locale)} text`,
      });
      return;
    }
    // An empty code is a mistake, not an organisation: it is listed and reported as unmatched.
    if (iso3 === undefined) {
      placed.push({ reaction, placement: "list" });
      return;
    }
    if (country && context.featureIds.has(country.numeric)) {
      placed.push({ reaction, placement: "map", featureId: country.numeric, country });
    } else if (country && Object.hasOwn(SMALL_STATE_CENTROIDS, iso3)) {
      placed.push({ reaction, placement: "dot", country });
    } else {
      const lower = !country && context.country(iso3.toUpperCase()) !== undefined;
      unmatched.push({
        id: reaction.id,
        iso3,
        reason: country ? "no-feature" : lower ? "lower-case" : "not-iso",
      });
      placed.push({ reaction, placement: "list", ...(country ? { country } : {}) });
    }
  });
  return { placed, unmatched, invalid, filteredOut };
}
