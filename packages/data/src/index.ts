export {
  type Country,
  countries,
  countryByIso3,
  countryByNumeric,
  countryName,
  UNMAPPED_ISO3,
} from "./countries";
export { recordFromRow, recordsFromCsv } from "./csv";
export { isRealIsoDate, isRealIsoDay } from "./dates";
export {
  casualties,
  claimants,
  events,
  karabakh,
  population,
  reactions,
  refugees,
  sources,
  storyMeta,
  vocabulary,
} from "./generated/dataset";
export { datasetVersion } from "./generated/version";
export {
  type CasualtyFilter,
  casualtyClaims,
  claimantFor,
  latestRefugeeCount,
  PART_OF_DAY_HOURS,
  reactionsByCategory,
  refugeeSeries,
  sourceFor,
} from "./helpers";
export { LABELS, type LabelKind, type LabelKinds, label } from "./labels";
export {
  casualtySchema,
  claimantSchema,
  eventSchema,
  reactionSchema,
  refugeeSchema,
  sourceSchema,
  storyMetaSchema,
  TABLE_SCHEMAS,
  type TableName,
  vocabularySchema,
} from "./schema";
export { isTimeZone, nextDay, utcOffsetLabel, utcOffsetMinutes, zonedDay, zonedInstant } from "./time";
export { forEachText, isLocalizedText, type StoryTranslations, translateStory } from "./translations";
export * from "./types";
export { type ValidationError, type ValidationResult, validateDataset, validateStory } from "./validate";
export { localize, term, termIds, timeZoneName, type VocabularyKind } from "./vocabulary";
