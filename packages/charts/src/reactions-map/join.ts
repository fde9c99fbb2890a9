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
  REACTION_CATEGORIES,
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
  /** Country names from the country table, when the code is an ISO 3166-1 code. */
  readonly countryName?: LocalizedText;
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
  readonly categories: readonly ReactionCategory[];
}

const isString = (v: unknown): v is string => typeof v === "string";
const isText = (v: unknown): v is LocalizedText =>
  typeof v === "object" &&
  v !== null &&
  isString((v as LocalizedText).fr) &&
  isString((v as LocalizedText).en);

/** Why `value` is not a drawable reaction, or undefined when it is. */
function invalidReason(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "not an object";
  const r = value as Record<string, unknown>;
  if (!isString(r.id)) return "id is not a string";
  if (!isText(r.name)) return `name of "${r.id}" is not a {fr, en} text`;
  if (!(REACTION_CATEGORIES as readonly unknown[]).includes(r.category)) {
    return `category of "${r.id}" is not one of ${REACTION_CATEGORIES.join(", ")}`;
  }
  if (!(CERTAINTIES as readonly unknown[]).includes(r.certainty)) return `certainty of "${r.id}" is invalid`;
  if (!(ENTITY_KINDS as readonly unknown[]).includes(r.kind)) return `kind of "${r.id}" is invalid`;
  if (r.iso3 !== undefined && !isString(r.iso3)) return `iso3 of "${r.id}" is not a string`;
  if (!isRealIsoDate(r.date))
    return `date of "${r.id}" is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${describe(r.date)}`;
  return undefined;
}

/** Places every reaction; see the module comment. */
export function joinReactions(data: readonly unknown[], context: JoinContext): ReactionJoin {
  const placed: PlacedReaction[] = [];
  const unmatched: UnmatchedCode[] = [];
  const invalid: InvalidReaction[] = [];
  let filteredOut = 0;
  data.forEach((value, index) => {
    const reason = invalidReason(value);
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
    // An empty code is a mistake, not an organisation: it is listed and reported as unmatched.
    if (iso3 === undefined) {
      placed.push({ reaction, placement: "list" });
      return;
    }
    const country = context.country(iso3);
    if (country && context.featureIds.has(country.numeric)) {
      placed.push({ reaction, placement: "map", featureId: country.numeric, countryName: country.name });
    } else if (country && Object.hasOwn(SMALL_STATE_CENTROIDS, iso3)) {
      placed.push({ reaction, placement: "dot", countryName: country.name });
    } else {
      const lower = !country && context.country(iso3.toUpperCase()) !== undefined;
      unmatched.push({
        id: reaction.id,
        iso3,
        reason: country ? "no-feature" : lower ? "lower-case" : "not-iso",
      });
      placed.push({ reaction, placement: "list", ...(country ? { countryName: country.name } : {}) });
    }
  });
  return { placed, unmatched, invalid, filteredOut };
}
