/**
 * Options of `casualtyComparison()` and their one normalizer: afterwards the chart never sees
 * `undefined`, and a programmer error has already thrown a TypeError or RangeError naming the
 * option and the value. Which incidents and metrics exist is the story's vocabulary.
 */
import {
  type CasualtyClaim,
  type CasualtyMetric,
  type Claimant,
  type Incident,
  type Story,
  termIds,
} from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import {
  arrayOption,
  checkClaimant,
  enumOption,
  type NormalizedCommonOptions,
  normalizeCommonOptions,
  optionsObject,
  warnUnknownOptions,
} from "../figure/options.js";
import { storyLocale } from "../figure/story.js";
import { errors } from "../messages.js";
import { defaultSelection } from "./model.js";

export const CHART = "casualty-comparison";

/** This chart's own options, for the unknown-option warning. */
export const OWN_OPTION_NAMES = ["incident", "metric", "claimantNames"] as const;

/**
 * Options of `casualtyComparison()`, on top of the common options (locale, theme, width,
 * height, title, subtitle, notes, sources, dataLink, legend, highlight, document, idPrefix,
 * nonce); the common ones this chart reads in its own way are documented again here.
 */
export interface CasualtyComparisonOptions extends CommonOptions {
  /**
   * Which incident's claims to compare: any id of the story's `vocabulary.incidents` (the sample
   * story: "river-town-assault", "bridge-collapse"). Claims of an incident of role
   * "aggregate" (a tally across incidents) for the same metric are drawn after it, in their own
   * group. Default: the first incident of role "incident" that has claims.
   */
  incident?: Incident;
  /**
   * Which count: any id of the story's `vocabulary.casualtyMetrics` (the sample story:
   * "dead", "injured"). Default: the first metric with claims for the incident.
   */
  metric?: CasualtyMetric;
  /** Who each claimant id is (names per locale). Default: the story's `claimants`. */
  claimantNames?: readonly Claimant[];
  /**
   * Claim ids or claimant ids: their bars emphasised, the others muted, the summary names them;
   * an id matching no bar warns once. Default: none.
   */
  highlight?: readonly string[];
  /** Draw the legend above the plot. Default true. `false`: the table still names every category. */
  legend?: boolean;
  /**
   * Plot height in px, from 60 to 4096: the rows spread over it, or close up to a quarter of
   * their gaps (below that, a warning and the labels' minimum). Default: the chart's own height
   * for its width.
   */
  height?: number;
}

export interface NormalizedCasualtyComparisonOptions extends NormalizedCommonOptions {
  readonly incident: Incident;
  readonly metric: CasualtyMetric;
  readonly claimantNames: ReadonlyMap<string, Claimant>;
  /** The locale of the story's texts for `locale` (exact tag, else its language). */
  readonly storyLocale: string;
}

/**
 * Fills defaults and validates. `claims` are the story's drawable claims, from which the
 * default incident and metric are chosen.
 * @example normalizeOptions({ locale: "fr", incident: "bridge-collapse" }, sampleStory)
 */
export function normalizeOptions(
  options: unknown,
  story: Story,
  claims: readonly CasualtyClaim[] = story.casualties,
): NormalizedCasualtyComparisonOptions {
  const o = optionsObject(options);
  warnUnknownOptions(CHART, o, OWN_OPTION_NAMES);
  for (const [list, path] of [
    ["incidents", "data.vocabulary.incidents"],
    ["casualtyMetrics", "data.vocabulary.casualtyMetrics"],
  ] as const) {
    // A chart of one incident and one metric needs at least one of each to name in its title.
    if (story.vocabulary[list].length === 0) throw new RangeError(`${errors.invalid(path, "[]")} (empty)`);
  }
  const incidents = termIds(story.vocabulary, "incidents");
  const metrics = termIds(story.vocabulary, "casualtyMetrics");
  const requested = {
    incident: o.incident === undefined ? undefined : enumOption("incident", o.incident, incidents, ""),
    metric: o.metric === undefined ? undefined : enumOption("metric", o.metric, metrics, ""),
  };
  const claimants = arrayOption("claimantNames", o.claimantNames, checkClaimant) ?? story.claimants;
  const common = normalizeCommonOptions(CHART, o, { sources: story.sources });
  return {
    ...common,
    storyLocale: storyLocale(story, common.locale),
    ...defaultSelection(claims, story.vocabulary, requested),
    claimantNames: new Map(claimants.map((c) => [c.id, c])),
  };
}
