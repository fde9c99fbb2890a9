/**
 * The first argument of every chart: the story it draws. A chart receives a whole `Story` (its
 * records with the vocabulary, time zone and region they belong to), an array of records of the
 * default story's shape, or nothing (the default story). The vocabulary comes with the data,
 * never from chart code.
 *
 * The story's metadata is checked here by hand (not by the data package's zod validator, which
 * would put zod in every page): a malformed vocabulary or time zone is a TypeError/RangeError
 * naming the field, before any record is read.
 */

import { isTimeZone, type Story, type TableName, type Vocabulary } from "@karabakh2023/data";
import { defaultStoryLocaleHint } from "../default-story.js";
import type { ResolvedLocale } from "../locales/registry.js";
import { describe, errors } from "../messages.js";
import { isRecord } from "./options.js";

const VOCABULARY_LISTS = [
  "parties",
  "incidents",
  "casualtyCategories",
  "casualtyMetrics",
  "refugeeMetrics",
  "reactionCategories",
] as const satisfies readonly (keyof Vocabulary)[];

/** Kebab-case, as the data package's ids: "__proto__" or "constructor" never is one. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The story a chart draws and the records of its table. */
export interface ResolvedStory<T extends TableName> {
  readonly story: Story;
  readonly records: readonly unknown[];
  readonly table: T;
}

/**
 * Checks a reader text of the story (`{ en: "…", fr: "…" }`): a non-blank string in every locale
 * the story declares. Text made only of spaces is refused like an empty one: a reader would see
 * nothing, so the error names the field and quotes the value.
 */
export function checkText(value: unknown, path: string, locales: readonly string[]): void {
  if (!isRecord(value)) throw new TypeError(errors.type(path, "a { locale: text } object", value));
  for (const locale of locales) {
    const text = value[locale];
    if (typeof text !== "string" || text === "") {
      throw new RangeError(errors.invalid(`${path}.${locale}`, text));
    }
    if (text.trim() === "") {
      throw new RangeError(`${errors.invalid(`${path}.${locale}`, describe(text))} (blank: only spaces)`);
    }
  }
}

/** The charts' default titles (`data.charts.<chart>.title`, `.subtitle`), when the story gives them. */
function checkChartTexts(charts: unknown, locales: readonly string[]): void {
  if (charts === undefined) return;
  if (!isRecord(charts)) throw new TypeError(errors.type("data.charts", "an object", charts));
  for (const [chart, texts] of Object.entries(charts)) {
    const path = `data.charts.${chart}`;
    if (!isRecord(texts)) throw new TypeError(errors.type(path, "an object", texts));
    checkText(texts.title, `${path}.title`, locales);
    if (texts.subtitle !== undefined) checkText(texts.subtitle, `${path}.subtitle`, locales);
  }
}

function checkVocabulary(vocabulary: unknown, locales: readonly string[]): void {
  if (!isRecord(vocabulary)) throw new TypeError(errors.type("data.vocabulary", "an object", vocabulary));
  for (const list of VOCABULARY_LISTS) {
    const entries = vocabulary[list];
    const path = `data.vocabulary.${list}`;
    if (!Array.isArray(entries)) throw new TypeError(errors.type(path, "an array", entries));
    const seen = new Set<string>();
    entries.forEach((entry: unknown, i) => {
      if (!isRecord(entry)) throw new TypeError(errors.type(`${path}[${i}]`, "an object", entry));
      if (typeof entry.id !== "string" || !ID.test(entry.id)) {
        throw new RangeError(errors.invalid(`${path}[${i}].id`, entry.id));
      }
      if (seen.has(entry.id))
        throw new RangeError(`${errors.invalid(`${path}[${i}].id`, entry.id)} (duplicate)`);
      seen.add(entry.id);
      checkText(entry.label, `${path}[${i}].label`, locales);
      for (const field of ["noun", "nounOne"] as const) {
        if (entry[field] !== undefined) checkText(entry[field], `${path}[${i}].${field}`, locales);
      }
    });
  }
}

/**
 * Checks a story's metadata; returns it typed. Throws TypeError/RangeError naming the field
 * ("invalid data.timeZone.id: GMT+4").
 */
export function checkStory(value: Record<string, unknown>): Story {
  const locales = value.locales;
  if (!Array.isArray(locales) || locales.length === 0 || !locales.every((l) => typeof l === "string")) {
    throw new TypeError(errors.type("data.locales", "a non-empty array of locale tags", locales));
  }
  const zone = value.timeZone;
  if (!isRecord(zone)) throw new TypeError(errors.type("data.timeZone", "an object", zone));
  if (!isTimeZone(zone.id)) throw new RangeError(errors.invalid("data.timeZone.id", zone.id));
  checkText(zone.name, "data.timeZone.name", locales);
  checkVocabulary(value.vocabulary, locales);
  checkChartTexts(value.charts, locales);
  if (value.note !== undefined) checkText(value.note, "data.note", locales);
  for (const table of ["sources", "claimants"] as const) {
    if (value[table] !== undefined && !Array.isArray(value[table])) {
      throw new TypeError(errors.type(`data.${table}`, "an array", value[table]));
    }
  }
  return value as unknown as Story;
}

/**
 * The story and the records of `table` a chart draws, from its first argument.
 * @param data `undefined` (the default story), an array of records (drawn with the default
 *   story's vocabulary and time zone), or a `Story`.
 * @param fallback The default story (a function, so the dataset is read only when drawn).
 */
export function resolveStory<T extends TableName>(
  data: unknown,
  table: T,
  fallback: () => Story,
): ResolvedStory<T> {
  if (data === undefined) {
    const story = fallback();
    return { story, records: story[table], table };
  }
  if (Array.isArray(data)) return { story: fallback(), records: data, table };
  if (!isRecord(data)) throw new TypeError(errors.type("data", `a story or an array of ${table}`, data));
  const story = checkStory(data);
  const records = data[table] ?? [];
  if (!Array.isArray(records)) throw new TypeError(errors.type(`data.${table}`, "an array", records));
  return {
    story: { ...story, sources: story.sources ?? [], claimants: story.claimants ?? [] },
    records,
    table,
  };
}

/**
 * The locale of the story's texts for the chart's locale: the exact tag, else its language
 * ("fr-CA" → "fr"). Throws a RangeError naming the story, the locale and the locales it has.
 */
export function storyLocale(story: Story, locale: ResolvedLocale): string {
  const language = new Intl.Locale(locale.tag).language;
  const found = [locale.tag, language].find((tag) => story.locales.includes(tag));
  if (found === undefined) {
    const hint = defaultStoryLocaleHint(story, language);
    throw new RangeError(
      `invalid locale: ${locale.tag} (story ${describe(story.id)} has texts in ${story.locales.join(", ")} only${hint ? `; ${hint}` : ""})`,
    );
  }
  return found;
}
