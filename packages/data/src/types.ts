/**
 * The shape of every record in the dataset. These types are the contract between the
 * editorial CSV files in `data/`, the build that validates them, and the chart package,
 * which imports only these types (any dataset of the same shape can be charted).
 *
 * Provenance is part of the type: every figure carries its sources, its claimant and
 * its as-of date. Disputed figures are separate records, never merged or averaged.
 */

/**
 * The locales of the generic labels of `label()` (qualifiers, certainty…). The charts take any
 * locale with a message table (`@karabakh2023/charts`: en, en-US, fr, hy, ru built in); a story's
 * own texts exist in the locales it declares (`Story.locales`).
 */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A text shown to readers, keyed by BCP 47 locale tag: `{ fr: "Tués", en: "Killed" }`. A story
 * declares the locales its texts exist in (`Story.locales`); every text of the story then has
 * each of them (`validateStory()` checks it). Read one with `localize()`.
 */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * An ISO 8601 calendar date, possibly of reduced precision when the source gives no day:
 * "2023-09-28", "2024-01" or "2024". Never a locale-formatted date.
 */
export type IsoDate = string;

/** A local wall-clock time, "HH:MM", in the story's time zone (`Story.timeZone`). */
export type LocalTime = string;

/** Kebab-case identifier of a row in `sources.csv`, e.g. "bbc-2023-09-30-100000-refugees". */
export type SourceId = string;

/** At least one source: a record without a source cannot be built. */
export type SourceIds = readonly [SourceId, ...SourceId[]];

/** How far a reading of a source can be trusted (data/README.md, "Certainty"). */
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
   * "article" when `url` is the cited article itself; "copy" when it is a syndicated or archived
   * copy of the same article on another site; "site" when only the publisher's site could be
   * established and the title identifies the article there.
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

// ---------------------------------------------------------------- vocabulary ids
// A story names its own sides, incidents, metrics and categories (`Story.vocabulary`): the ids
// below are strings checked against that vocabulary, never a closed list of this package.

/** Id of an entry of `Vocabulary.parties`: whose casualties, or whom a claimant speaks for. */
export type Party = string;
/** Id of an entry of `Vocabulary.casualtyCategories` ("military", "civilian", "all"...). */
export type CasualtyCategory = string;
/** Id of an entry of `Vocabulary.casualtyMetrics` ("killed", "wounded"...). */
export type CasualtyMetric = string;
/** Id of an entry of `Vocabulary.incidents`. */
export type Incident = string;
/** Id of an entry of `Vocabulary.refugeeMetrics`. */
export type RefugeeMetric = string;
/** Id of an entry of `Vocabulary.reactionCategories`. */
export type ReactionCategory = string;

// ---------------------------------------------------------------- casualties

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

/** When the source gives a part of the day rather than a clock time. */
export const TIMES_OF_DAY = ["night", "morning", "midday", "afternoon", "evening"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export interface RefugeeCount {
  readonly id: string;
  readonly date: IsoDate;
  /** Clock time in the story's time zone when the source gives one. */
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
  /** The instant the count describes (the story's local time, placed through `Intl`). */
  readonly at: Date;
  /** "minute" when the source gives a clock time; otherwise `at` is a conventional hour. */
  readonly timePrecision: "minute" | "part-of-day" | "day";
}

// ---------------------------------------------------------------- reactions

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
  /** Who spoke, by name and office ("Ministry of Foreign Affairs; PM Nikol Pashinyan"). */
  readonly speaker: LocalizedText;
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
  /**
   * Short label drawn on a time chart ("Ceasefire"). An event that has one is marked on the
   * refugee curve by default; the full `label` stays in its tooltip and table.
   */
  readonly chartLabel?: LocalizedText;
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

// ---------------------------------------------------------------- the story around the tables

/** One word of a story's vocabulary: an id the records use and its reader label. */
export interface Term {
  /** Kebab-case id, as the records write it. */
  readonly id: string;
  readonly label: LocalizedText;
}

/** Roles of a side: a party to the events, or a total across sides (never summed with them). */
export const PARTY_ROLES = ["side", "aggregate"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export interface PartyTerm extends Term {
  readonly role: PartyRole;
}

/** An incident is one event, or a tally across several ("aggregate": never summed with them). */
export const INCIDENT_ROLES = ["incident", "aggregate"] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];
export interface IncidentTerm extends Term {
  readonly role: IncidentRole;
  /** An aggregate's incidents: a chart shows the tally beside these only. */
  readonly covers?: string[];
}

/** A casualty category is a subset ("civilians") or the total of a count not broken down. */
export const CASUALTY_CATEGORY_ROLES = ["subset", "total"] as const;
export type CasualtyCategoryRole = (typeof CASUALTY_CATEGORY_ROLES)[number];
export interface CasualtyCategoryTerm extends Term {
  readonly role: CasualtyCategoryRole;
  /** The category after a number, plural: "192 military", "10 civilians", "213 in total". */
  readonly noun: LocalizedText;
  /**
   * The category after a number whose plural form (`Intl.PluralRules`) is "one", where it differs
   * from `noun`: "1 civilian", Russian "21 мирный житель". Default `noun`.
   */
  readonly nounOne?: LocalizedText;
  /** The form "few" (Russian 2–4, 22–24: "2 мирных жителя"), where it differs. Default `noun`. */
  readonly nounFew?: LocalizedText;
  /** The form "many" (Russian 5–20, 25…: "5 мирных жителей"), where it differs. Default `noun`. */
  readonly nounMany?: LocalizedText;
}

/**
 * What a refugee metric counts: a running total that never decreases ("cumulative", drawn as
 * the curve), the population before the events ("population", drawn as a reference line), or
 * any other dated count ("count", listed, never joined into a line).
 */
export const REFUGEE_METRIC_ROLES = ["cumulative", "population", "count"] as const;
export type RefugeeMetricRole = (typeof REFUGEE_METRIC_ROLES)[number];
export interface RefugeeMetricTerm extends Term {
  readonly role: RefugeeMetricRole;
}

/**
 * The colour role of a reaction category on the map. Hues pair the two sides (side A:
 * vermillion, side B: blue; neutral: bluish green, Okabe–Ito); a "-belligerent" role is the
 * side's own party, drawn darker and outlined. "other" is grey-violet, for a class the
 * legend explains (e.g. a statement too vague to place).
 */
export const REACTION_COLOURS = [
  "side-a-belligerent",
  "side-a",
  "side-b-belligerent",
  "side-b",
  "neutral",
  "other",
] as const;
export type ReactionColour = (typeof REACTION_COLOURS)[number];
export interface ReactionCategoryTerm extends Term {
  readonly colour: ReactionColour;
}

/** The words of one story, each list in its reading order (legend, groups, tables). */
export interface Vocabulary {
  readonly parties: readonly PartyTerm[];
  readonly incidents: readonly IncidentTerm[];
  readonly casualtyCategories: readonly CasualtyCategoryTerm[];
  readonly casualtyMetrics: readonly Term[];
  readonly refugeeMetrics: readonly RefugeeMetricTerm[];
  readonly reactionCategories: readonly ReactionCategoryTerm[];
}

/** An IANA time zone and how readers call it. */
export interface TimeZone {
  /** IANA id, e.g. "Asia/Yerevan", "Europe/Warsaw". Every local time of the story is in it. */
  readonly id: string;
  /** The zone as readers call it: "Yerevan time", "heure d’Erevan". */
  readonly name: LocalizedText;
}

/** A point on the map with its label, e.g. the place the events happened. */
export interface MapPoint {
  /** [longitude, latitude] in degrees. */
  readonly coordinates: readonly [number, number];
  readonly label: LocalizedText;
}

/**
 * The region the map's inset enlarges, where the belligerents are too small to read on the
 * world map.
 */
export interface Region {
  /** The inset's title: "South Caucasus". */
  readonly label: LocalizedText;
  /** [[west, south], [east, north]] in degrees. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  /** A highlighted place inside the region (drawn as a ringed dot with its label). */
  readonly point?: MapPoint;
  /** Countries named inside the inset, each at a point chosen to stay inside it. */
  readonly labels?: readonly CountryLabel[];
}

/** A country's name placed on the inset. */
export interface CountryLabel {
  /** ISO 3166-1 alpha-3 code; the name comes from the country table unless `label` is given. */
  readonly iso3: string;
  /** [longitude, latitude] of the label's centre. */
  readonly coordinates: readonly [number, number];
  /** A short form where the ISO name is too long to fit ("Iran"). */
  readonly label?: LocalizedText;
}

/** Reader texts of one chart that belong to the story: its default title and subtitle. */
export interface ChartTexts {
  readonly title: LocalizedText;
  readonly subtitle?: LocalizedText;
}

/** A story without its tables (what `data/story.json` and `data/vocabulary.csv` hold). */
export type StoryMeta = Omit<Story, keyof Dataset>;

/**
 * One story's dataset: its tables, the vocabulary their ids come from, the time zone of its
 * local times, its map region and its charts' titles. `@karabakh2023/data` exports the Karabakh
 * story as `karabakh`; a desk builds another of the same shape (`validateStory()` checks it)
 * and passes it to any chart.
 */
export interface Story extends Dataset {
  /** Kebab-case id of the story. */
  readonly id: string;
  /** The locales every reader text of the story exists in (BCP 47 tags). */
  readonly locales: readonly string[];
  readonly timeZone: TimeZone;
  readonly vocabulary: Vocabulary;
  /** The map inset's region; without one the map has no inset. */
  readonly region?: Region;
  /** Default titles per chart id ("casualties", "refugees", "reactions"). */
  readonly charts?: Readonly<Partial<Record<"casualties" | "refugees" | "reactions", ChartTexts>>>;
  /** A note every chart of the story prints, e.g. "Illustrative sample data". */
  readonly note?: LocalizedText;
}
