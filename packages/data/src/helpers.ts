import { ascending, group, sort } from "d3-array";
import { casualties, claimants, reactions, refugees, sources, storyMeta } from "./generated/dataset";
import { zonedInstant } from "./time";
import type {
  CasualtyCategory,
  CasualtyClaim,
  CasualtyMetric,
  Claimant,
  ClaimantId,
  Incident,
  Party,
  Reaction,
  ReactionCategory,
  RefugeeCount,
  RefugeeMetric,
  RefugeePoint,
  Source,
  SourceId,
  Story,
  TimeOfDay,
  Vocabulary,
} from "./types";
import { termIds, type VocabularyKind } from "./vocabulary";

/** Conventional clock hours for a count known only by its part of the day. */
export const PART_OF_DAY_HOURS: Readonly<Record<TimeOfDay, number>> = {
  night: 2,
  morning: 9,
  midday: 12,
  afternoon: 15,
  evening: 20,
};

function placeInTime(count: RefugeeCount, timeZone: string): RefugeePoint {
  // A reduced-precision date ("2023-09", "2023") is placed at the start of its period.
  const [year = "1970", month = "01", day = "01"] = count.date.split("-");
  let time = "12:00";
  let timePrecision: RefugeePoint["timePrecision"] = "day";
  if (count.timeLocal !== undefined) {
    time = count.timeLocal;
    timePrecision = "minute";
  } else if (count.timeOfDay !== undefined) {
    time = `${String(PART_OF_DAY_HOURS[count.timeOfDay]).padStart(2, "0")}:00`;
    timePrecision = "part-of-day";
  }
  const at = zonedInstant(`${year}-${month}-${day}`, time, timeZone);
  return { ...count, at, timePrecision };
}

function checkMember(vocabulary: Vocabulary, kind: VocabularyKind, name: string, value: unknown): void {
  if (value !== undefined && !termIds(vocabulary, kind).includes(value as string)) {
    throw new RangeError(`invalid ${name}: ${String(value)} (not in vocabulary.${kind})`);
  }
}

/**
 * The counts of one refugee metric (by default the cumulative arrivals in Armenia), optionally
 * of one claimant, placed on a time axis and sorted by time (then by value).
 * Local times are placed in the story's time zone through Intl (DST-correct): `story` is a
 * Story (its zone; the metric must be in its vocabulary) or an IANA zone id; default the
 * Karabakh story. A count known only by its part of the day gets a
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
  story: string | Pick<Story, "timeZone" | "vocabulary"> = storyMeta,
): RefugeePoint[] {
  if (typeof metric !== "string" || metric === "") throw new RangeError(`invalid metric: ${String(metric)}`);
  // With a story, a metric outside its vocabulary is a mistake, not an empty series.
  if (typeof story !== "string") checkMember(story.vocabulary, "refugeeMetrics", "metric", metric);
  const timeZone = typeof story === "string" ? story : story.timeZone.id;
  const points = data
    .filter((d) => d.metric === metric && (claimant === undefined || d.claimant === claimant))
    .map((d) => placeInTime(d, timeZone));
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

/** Criteria of `casualtyClaims()`; every given criterion must match (ids of the vocabulary). */
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
 * @throws RangeError for an id that is not in `vocabulary` (default: the Karabakh story's).
 */
export function casualtyClaims(
  filter: CasualtyFilter = {},
  data: readonly CasualtyClaim[] = casualties,
  vocabulary: Vocabulary = storyMeta.vocabulary,
): CasualtyClaim[] {
  checkMember(vocabulary, "parties", "party", filter.party);
  checkMember(vocabulary, "casualtyCategories", "category", filter.category);
  checkMember(vocabulary, "casualtyMetrics", "metric", filter.metric);
  checkMember(vocabulary, "incidents", "incident", filter.incident);
  const keys = ["party", "category", "metric", "incident", "claimant"] as const;
  return data.filter((claim) => keys.every((key) => filter[key] === undefined || claim[key] === filter[key]));
}

/**
 * The reactions grouped by category, every category of the vocabulary present (possibly empty)
 * in its order, so a legend can list them all.
 *
 * @example
 * reactionsByCategory().get("condemns-azerbaijan")?.map((r) => r.name.en);
 */
export function reactionsByCategory(
  data: readonly Reaction[] = reactions,
  vocabulary: Vocabulary = storyMeta.vocabulary,
): Map<ReactionCategory, Reaction[]> {
  const groups = group(data, (d) => d.category);
  return new Map(
    termIds(vocabulary, "reactionCategories").map((category) => [category, groups.get(category) ?? []]),
  );
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
