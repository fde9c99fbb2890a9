/**
 * The shape of every record in the dataset. These types are the contract between the
 * editorial CSV files in `data/`, the build that validates them, and the chart package,
 * which imports only these types (any dataset of the same shape can be charted).
 *
 * Provenance is part of the type: every figure carries its sources, its claimant and
 * its as-of date. Disputed figures are separate records, never merged or averaged.
 */

/** The two languages every reader-facing label exists in. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text shown to readers, in French and English. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/**
 * An ISO 8601 calendar date, possibly of reduced precision when the source gives no day:
 * "2023-09-28", "2024-01" or "2024". Never a locale-formatted date.
 */
export type IsoDate = string;

/** A local wall-clock time in Asia/Yerevan (UTC+4 in September 2023), "HH:MM". */
export type LocalTime = string;

/** The time zone every `LocalTime` in this dataset is expressed in. */
export const LOCAL_TIME_ZONE = "Asia/Yerevan";

/** Kebab-case identifier of a row in `sources.csv`, e.g. "bbc-2023-09-30-100000-refugees". */
export type SourceId = string;

/** At least one source: a record without a source cannot be built. */
export type SourceIds = readonly [SourceId, ...SourceId[]];

/** How far a reading of a source can be trusted, as the research notes grade it. */
export const CERTAINTIES = ["high", "medium", "low"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How the source qualifies its number. Kept as written, never rounded away. */
export const QUALIFIERS = ["exact", "at-least", "more-than", "about", "nearly"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A publication or document a figure comes from. */
export interface Source {
  readonly id: SourceId;
  readonly publisher: string;
  readonly title: string;
  /** Always `https:`. */
  readonly url: string;
  /**
   * "article" when `url` is the cited article itself; "site" when only the publisher's site
   * could be established and the title identifies the article there.
   */
  readonly urlKind: "article" | "copy" | "site";
  readonly published?: IsoDate;
  readonly accessed: IsoDate;
  /** BCP 47 language tag of the source text, e.g. "fr", "en", "ru". */
  readonly language: string;
  /** Reference number in the seed article (French Wikipedia) when the seed cites this source. */
  readonly seedRef?: number;
}

/** Who made a claim: a ministry, an official, an agency. Kebab-case id. */
export type ClaimantId = string;

export interface Claimant {
  readonly id: ClaimantId;
  readonly name: LocalizedText;
  /** The side the claimant speaks for, when it speaks for one. */
  readonly party?: Party;
  readonly sources: SourceIds;
}

// ---------------------------------------------------------------- casualties

export const PARTIES = [
  "azerbaijan",
  "artsakh",
  "armenia",
  "russian-peacekeepers",
  /** Aggregates across sides, e.g. the combined "nearly 600" dead. */
  "combined",
] as const;
export type Party = (typeof PARTIES)[number];

export const CASUALTY_CATEGORIES = ["military", "police", "civilian", "all"] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];

export const CASUALTY_METRICS = [
  "killed",
  "wounded",
  "missing",
  "died-during-exodus",
  /** Bodies transferred to Armenia: a count that was misreported as blast deaths. */
  "bodies-transferred",
] as const;
export type CasualtyMetric = (typeof CASUALTY_METRICS)[number];

export const INCIDENTS = [
  "offensive",
  "pretext-mine-blasts",
  "fuel-depot-explosion",
  "peacekeeper-vehicle",
  "ceasefire-violation",
  "exodus",
] as const;
export type Incident = (typeof INCIDENTS)[number];

/** One number as one claimant stated it, at one date. */
export interface CasualtyClaim {
  readonly id: string;
  readonly party: Party;
  readonly category: CasualtyCategory;
  readonly metric: CasualtyMetric;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The date the figure describes the situation at. */
  readonly asOf: IsoDate;
  readonly asOfTime?: LocalTime;
  /** The date it was first reported, when it differs or is known. */
  readonly reported?: IsoDate;
  readonly claimant: ClaimantId;
  readonly incident: Incident;
  readonly certainty: Certainty;
  readonly sources: SourceIds;
  readonly note?: LocalizedText;
}

// ---------------------------------------------------------------- refugees

export const REFUGEE_METRICS = [
  /** Cumulative people who entered Armenia from Nagorno-Karabakh. */
  "arrived-in-armenia",
  /** Evacuated from their locality but still inside Nagorno-Karabakh. */
  "evacuated-within-karabakh",
  "sheltered-at-peacekeeper-base",
  /** Registered as forcibly displaced persons by the Armenian authorities. */
  "registered",
  /** A rounded "displaced" total as reported in the press. */
  "displaced",
  /** The Armenian population of Nagorno-Karabakh before the offensive. */
  "pre-war-population",
] as const;
export type RefugeeMetric = (typeof REFUGEE_METRICS)[number];

/** When the source gives a part of the day rather than a clock time. */
export const TIMES_OF_DAY = ["night", "morning", "midday", "afternoon", "evening"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export interface RefugeeCount {
  readonly id: string;
  readonly date: IsoDate;
  /** Clock time in Asia/Yerevan when the source gives one. */
  readonly timeLocal?: LocalTime;
  /** Part of the day when the source gives only that (then `timeLocal` is absent). */
  readonly timeOfDay?: TimeOfDay;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly metric: RefugeeMetric;
  readonly claimant: ClaimantId;
  readonly certainty: Certainty;
  readonly sources: SourceIds;
  readonly note?: LocalizedText;
}

/** A refugee count placed on a time axis by `refugeeSeries()`. */
export interface RefugeePoint extends RefugeeCount {
  /** The instant the count describes (Asia/Yerevan local time converted to UTC). */
  readonly at: Date;
  /** "minute" when the source gives a clock time; otherwise `at` is a conventional hour. */
  readonly timePrecision: "minute" | "part-of-day" | "day";
}

// ---------------------------------------------------------------- reactions

export const REACTION_CATEGORIES = [
  "belligerent-azerbaijan",
  "supports-azerbaijan",
  "belligerent-armenia",
  "condemns-azerbaijan",
  "neutral-calls-for-peace",
] as const;
export type ReactionCategory = (typeof REACTION_CATEGORIES)[number];

export const ENTITY_KINDS = ["state", "organisation", "unrecognised"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Reaction {
  readonly id: string;
  /** ISO 3166-1 alpha-3, upper case; absent for organisations and unrecognised entities. */
  readonly iso3?: string;
  readonly kind: EntityKind;
  /** The entity's name. For states it comes from the ISO country-name library. */
  readonly name: LocalizedText;
  readonly category: ReactionCategory;
  /** How sure the reading of the statement into a category is. */
  readonly certainty: Certainty;
  readonly date: IsoDate;
  readonly speaker: string;
  readonly summary: LocalizedText;
  readonly sources: SourceIds;
}

// ---------------------------------------------------------------- events

export const EVENT_KINDS = ["military", "humanitarian", "political", "diplomatic"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const VERIFICATIONS = ["verified", "seed-only", "disputed"] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export interface TimelineEvent {
  readonly id: string;
  readonly date: IsoDate;
  readonly timeLocal?: LocalTime;
  readonly kind: EventKind;
  readonly label: LocalizedText;
  readonly location?: string;
  readonly verification: Verification;
  readonly sources: SourceIds;
  readonly note?: LocalizedText;
}

/** Every table of the dataset, as `validateDataset()` takes it. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly claimants: readonly Claimant[];
  readonly casualties: readonly CasualtyClaim[];
  readonly refugees: readonly RefugeeCount[];
  readonly reactions: readonly Reaction[];
  readonly events: readonly TimelineEvent[];
}
