import { ascending, group, sort } from "d3-array";
import { casualties, claimants, reactions, refugees, sources } from "./generated/dataset";
import {
  CASUALTY_CATEGORIES,
  CASUALTY_METRICS,
  type CasualtyCategory,
  type CasualtyClaim,
  type CasualtyMetric,
  type Claimant,
  type ClaimantId,
  INCIDENTS,
  type Incident,
  PARTIES,
  type Party,
  REACTION_CATEGORIES,
  REFUGEE_METRICS,
  type Reaction,
  type ReactionCategory,
  type RefugeeCount,
  type RefugeeMetric,
  type RefugeePoint,
  type Source,
  type SourceId,
  type TimeOfDay,
} from "./types";

/** Yerevan has kept UTC+4 all year since Armenia dropped daylight saving time in 2012. */
const YEREVAN_UTC_OFFSET_HOURS = 4;

/** Conventional clock hours for a count known only by its part of the day. */
export const PART_OF_DAY_HOURS: Readonly<Record<TimeOfDay, number>> = {
  night: 2,
  morning: 9,
  midday: 12,
  afternoon: 15,
  evening: 20,
};

function placeInTime(count: RefugeeCount): RefugeePoint {
  // A reduced-precision date ("2023-09", "2023") is placed at the start of its period.
  const [year = 1970, month = 1, day = 1] = count.date.split("-").map(Number);
  let hours = 12;
  let minutes = 0;
  let timePrecision: RefugeePoint["timePrecision"] = "day";
  if (count.timeLocal !== undefined) {
    [hours = 12, minutes = 0] = count.timeLocal.split(":").map(Number);
    timePrecision = "minute";
  } else if (count.timeOfDay !== undefined) {
    hours = PART_OF_DAY_HOURS[count.timeOfDay];
    timePrecision = "part-of-day";
  }
  const at = new Date(Date.UTC(year, month - 1, day, hours - YEREVAN_UTC_OFFSET_HOURS, minutes));
  return { ...count, at, timePrecision };
}

function checkMember<T extends string>(name: string, allowed: readonly T[], value: unknown): void {
  if (value !== undefined && !(allowed as readonly unknown[]).includes(value)) {
    throw new RangeError(`invalid ${name}: ${String(value)}`);
  }
}

/**
 * The counts of one refugee metric (by default the cumulative arrivals in Armenia), optionally
 * of one claimant, placed on a time axis and sorted by time (then by value).
 * Times are Asia/Yerevan local (UTC+4); a count known only by its part of the day gets a
 * conventional hour (night 02:00, morning 09:00, midday 12:00, afternoon 15:00, evening 20:00)
 * and `timePrecision: "part-of-day"`; a date alone is placed at 12:00 with `"day"`.
 *
 * @example
 * const series = refugeeSeries("arrived-in-armenia", "armenia-government");
 * series.at(-1)?.value; // the latest count of that claimant
 */
export function refugeeSeries(
  metric: RefugeeMetric = "arrived-in-armenia",
  claimant?: ClaimantId,
  data: readonly RefugeeCount[] = refugees,
): RefugeePoint[] {
  checkMember("metric", REFUGEE_METRICS, metric);
  const points = data
    .filter((d) => d.metric === metric && (claimant === undefined || d.claimant === claimant))
    .map(placeInTime);
  return sort(
    points,
    (a, b) => ascending(a.at, b.at) || ascending(a.value, b.value) || ascending(a.id, b.id),
  );
}

/**
 * The latest cumulative count of arrivals in Armenia, whoever the claimant
 * (the larger one when two counts share the same time), or `undefined` when there is none.
 *
 * @example
 * latestRefugeeCount()?.value;
 */
export function latestRefugeeCount(data: readonly RefugeeCount[] = refugees): RefugeePoint | undefined {
  return refugeeSeries("arrived-in-armenia", undefined, data).at(-1);
}

/** Criteria of `casualtyClaims()`; every given criterion must match. */
export interface CasualtyFilter {
  readonly party?: Party;
  readonly category?: CasualtyCategory;
  readonly metric?: CasualtyMetric;
  readonly incident?: Incident;
  readonly claimant?: ClaimantId;
}

/**
 * The casualty claims matching every given criterion, in dataset order. Disputed figures stay
 * separate claims: filter by claimant to compare them.
 *
 * @example
 * casualtyClaims({ party: "azerbaijan", metric: "killed", incident: "offensive" });
 */
export function casualtyClaims(
  filter: CasualtyFilter = {},
  data: readonly CasualtyClaim[] = casualties,
): CasualtyClaim[] {
  checkMember("party", PARTIES, filter.party);
  checkMember("category", CASUALTY_CATEGORIES, filter.category);
  checkMember("metric", CASUALTY_METRICS, filter.metric);
  checkMember("incident", INCIDENTS, filter.incident);
  const keys = ["party", "category", "metric", "incident", "claimant"] as const;
  return data.filter((claim) => keys.every((key) => filter[key] === undefined || claim[key] === filter[key]));
}

/**
 * The reactions grouped by category, every category present (possibly empty) in the order of
 * `REACTION_CATEGORIES`, so a legend can list them all.
 *
 * @example
 * reactionsByCategory().get("condemns-azerbaijan")?.map((r) => r.name.en);
 */
export function reactionsByCategory(
  data: readonly Reaction[] = reactions,
): Map<ReactionCategory, Reaction[]> {
  const groups = group(data, (d) => d.category);
  return new Map(REACTION_CATEGORIES.map((category) => [category, groups.get(category) ?? []]));
}

/**
 * The source with this id, or `undefined`.
 *
 * @example
 * sourceFor(casualties[0].sources[0])?.url;
 */
export function sourceFor(id: SourceId, data: readonly Source[] = sources): Source | undefined {
  return data.find((s) => s.id === id);
}

/**
 * The claimant with this id, or `undefined`.
 *
 * @example
 * claimantFor(casualties[0].claimant)?.name.fr;
 */
export function claimantFor(id: ClaimantId, data: readonly Claimant[] = claimants): Claimant | undefined {
  return data.find((c) => c.id === id);
}
