/**
 * Replaces packages/data/src/generated/dataset.ts and generated/countries.ts in the core
 * script-tag bundle (see rollup.config.mjs): the same exports, read from the data file's global.
 */
import type {
  CasualtyClaim,
  Claimant,
  Country,
  Reaction,
  RefugeeCount,
  Source,
  Story,
  StoryMeta,
  TimelineEvent,
  Vocabulary,
} from "@karabakh2023/data";
import { lateBound } from "./globals.js";

const table = <T>(key: string) => lateBound(key, [] as T[]) as readonly T[];

export const sources = table<Source>("sources");
export const claimants = table<Claimant>("claimants");
export const casualties = table<CasualtyClaim>("casualties");
export const refugees = table<RefugeeCount>("refugees");
export const reactions = table<Reaction>("reactions");
export const events = table<TimelineEvent>("events");
export const countries = table<Country>("countries");
export const population = lateBound("population", {}) as RefugeeCount;
export const vocabulary = lateBound("vocabulary", {}) as Vocabulary;
export const storyMeta = lateBound("storyMeta", {}) as StoryMeta;
export const karabakh = lateBound("story", {}) as Story;
export const datasetVersion = lateBound("datasetVersion", {}) as { readonly fingerprint: string };
