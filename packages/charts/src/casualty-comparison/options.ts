/**
 * Options of `casualtyComparison()` and their one normalizer: afterwards the chart never sees
 * `undefined`, and a programmer error has already thrown a TypeError or RangeError naming the
 * option and the value.
 */
import {
  CASUALTY_METRICS,
  type CasualtyMetric,
  type Claimant,
  INCIDENTS,
  type Incident,
  type Source,
} from "@karabakh2023/data";
import type { CommonOptions } from "../figure/contract.js";
import {
  arrayOption,
  checkClaimant,
  enumOption,
  type NormalizedCommonOptions,
  normalizeCommonOptions,
  optionsObject,
} from "../figure/options.js";

export const CHART = "casualty-comparison";

/**
 * Options of `casualtyComparison()`, on top of the common options (locale, theme, width,
 * title, subtitle, notes, sources, dataLink, document, idPrefix, nonce).
 */
export interface CasualtyComparisonOptions extends CommonOptions {
  /**
   * Which incident's claims to compare: "offensive" (19–20 Sept 2023), "fuel-depot-explosion"
   * (25 Sept), "pretext-mine-blasts" (19 Sept), "peacekeeper-vehicle", "ceasefire-violation",
   * "exodus". Default "offensive".
   */
  incident?: Incident;
  /**
   * Which count: "killed", "wounded", "missing", "died-during-exodus", "bodies-transferred".
   * Default "killed".
   */
  metric?: CasualtyMetric;
  /** Who each claimant id is (names in French and English). Default: the dataset's claimants. */
  claimantNames?: readonly Claimant[];
}

export interface NormalizedCasualtyComparisonOptions extends NormalizedCommonOptions {
  readonly incident: Incident;
  readonly metric: CasualtyMetric;
  readonly claimantNames: ReadonlyMap<string, Claimant>;
}

/** Defaults taken from the dataset, passed in so this module stays free of data imports. */
export interface DatasetDefaults {
  readonly sources: readonly Source[];
  readonly claimants: readonly Claimant[];
}

/**
 * Fills defaults and validates.
 * @example normalizeOptions({ locale: "fr", incident: "fuel-depot-explosion" }, defaults)
 */
export function normalizeOptions(
  options: unknown,
  defaults: DatasetDefaults,
): NormalizedCasualtyComparisonOptions {
  const o = optionsObject(options);
  const incident = enumOption("incident", o.incident, INCIDENTS, "offensive");
  const metric = enumOption("metric", o.metric, CASUALTY_METRICS, "killed");
  const claimants = arrayOption("claimantNames", o.claimantNames, checkClaimant) ?? defaults.claimants;
  const common = normalizeCommonOptions(CHART, o, { sources: defaults.sources });
  return { ...common, incident, metric, claimantNames: new Map(claimants.map((c) => [c.id, c])) };
}
