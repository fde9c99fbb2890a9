/**
 * The wiring of the default story: the one place chart code names the flagship dataset. Each chart
 * draws its default when called without data; everything story-specific it shows comes from the
 * story it is given.
 *
 * One function per chart, each holding only the tables that chart reads: a page with the bars
 * alone does not bundle the refugee counts, the reactions or the events (a bundler drops the
 * functions a page never calls). Functions, not constants, so the split script-tag files can load
 * the dataset after the code.
 *
 * The dataset's tables carry its French and English; its texts in other locales (Armenian,
 * Russian) come with that locale: `@karabakh2023/charts/locales/hy` adds them here
 * (`addDefaultStoryTranslations`), the script-tag file `karabakh2023.data.<chart>.locale-hy.min.js`
 * through its global. Drawing the default story in a locale whose texts are not loaded is an
 * error naming what to load (`defaultStoryLocaleHint`), never English instead.
 */
import {
  casualties,
  claimants,
  datasetVersion,
  events,
  reactions,
  refugees,
  type Story,
  type StoryTranslations,
  sources,
  storyMeta,
  translateStory,
} from "@karabakh2023/data";
import { BUILT_IN_LOCALES } from "./locales/registry.js";
import { STORY_TEXTS_GLOBAL } from "./split/globals.js";

const none = [] as const;

const added = new Map<string, StoryTranslations>();

/** Adds the default story's texts in one more locale (what the locale entries call). */
export function addDefaultStoryTranslations(translations: StoryTranslations): void {
  added.set(translations.locale, translations);
}

/** The translations added here and those the script-tag files put on their global. */
function translations(): StoryTranslations[] {
  const shipped = (globalThis as Record<string, unknown>)[STORY_TEXTS_GLOBAL] as
    | Record<string, Record<string, string>>
    | undefined;
  const all = new Map(added);
  for (const [locale, texts] of Object.entries(shipped ?? {}))
    if (!all.has(locale)) all.set(locale, { locale, texts });
  return [...all.values()];
}

/** Which chart each default story was made for: its part of the dataset names the files. */
const madeFor = new WeakMap<Story, string>();

const withTranslations = (chart: string, story: Story): Story => {
  const translated = translations().reduce(translateStory, story);
  madeFor.set(translated, chart);
  return translated;
};

export const defaultCasualtiesStory = (): Story =>
  withTranslations("casualties", {
    ...storyMeta,
    sources,
    claimants,
    casualties,
    refugees: none,
    reactions: none,
    events: none,
  });

export const defaultRefugeesStory = (): Story =>
  withTranslations("refugees", {
    ...storyMeta,
    sources,
    claimants,
    casualties: none,
    refugees,
    reactions: none,
    events,
  });

export const defaultReactionsStory = (): Story =>
  withTranslations("reactions", {
    ...storyMeta,
    sources,
    claimants,
    casualties: none,
    refugees: none,
    reactions,
    events: none,
  });

/**
 * A fingerprint of the built-in dataset, computed when the data package is built (every table,
 * the country names and every locale's texts): what a figure prerendered from the default story
 * records in its key, so that the page recognises it without hashing the tables.
 */
export const defaultStoryFingerprint = (): string => datasetVersion.fingerprint;

/**
 * What to load for the default story to have texts in `language`, or undefined when `story` is
 * not a default story or the package ships no texts of the dataset in that language (every
 * built-in message table's language beyond the dataset's own has them: data/i18n/).
 */
export function defaultStoryLocaleHint(story: Story, language: string): string | undefined {
  const chart = madeFor.get(story);
  const shipped = BUILT_IN_LOCALES.some((tag) => tag === language);
  if (chart === undefined || !shipped || story.locales.includes(language)) return undefined;
  return (
    `the built-in dataset's ${language} texts are not loaded: import "@karabakh2023/charts/locales/${language}", ` +
    `or with the core script tag load karabakh2023.data.${chart}.locale-${language}.min.js ` +
    `(karabakh2023.data.locale-${language}.min.js with the whole dataset)`
  );
}
