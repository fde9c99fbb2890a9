export {
  type Country,
  countries,
  countryByIso3,
  countryByNumeric,
  countryName,
  UNMAPPED_ISO3,
} from "./countries";
export { isRealIsoDate, isRealIsoDay } from "./dates";
export { casualties, claimants, events, population, reactions, refugees, sources } from "./generated/dataset";
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
  TABLE_SCHEMAS,
  type TableName,
} from "./schema";
export * from "./types";
export { type ValidationError, type ValidationResult, validateDataset } from "./validate";
