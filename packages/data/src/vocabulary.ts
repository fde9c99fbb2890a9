/**
 * Reading a story's words: a text in one locale, and a vocabulary entry by id. Both throw a
 * RangeError that names what is missing, never fall back silently to another language or show
 * a raw id. No zod here, so charts can use it without bundling the validator.
 */
import type { LocalizedText, Story, Term, Vocabulary } from "./types";

const own = (object: object, key: string): boolean => Object.hasOwn(object, key);

/**
 * The text in `locale`. Throws a RangeError naming `what` and the locale when it is missing.
 *
 * @example
 * localize({ fr: "Tués", en: "Killed" }, "fr"); // "Tués"
 */
export function localize(text: LocalizedText, locale: string, what = "text"): string {
  const value = text !== null && typeof text === "object" && own(text, locale) ? text[locale] : undefined;
  if (typeof value !== "string" || value === "") {
    throw new RangeError(`${what} has no ${JSON.stringify(locale)} text`);
  }
  return value;
}

/** The vocabulary lists, by the name a record's field refers to them with. */
export type VocabularyKind = keyof Vocabulary;

/**
 * The entry `id` of one list of a story's vocabulary, or `undefined` when the story has none.
 *
 * @example
 * term(karabakh.vocabulary, "parties", "azerbaijan")?.label.fr; // "Azerbaïdjan"
 */
export function term<K extends VocabularyKind>(
  vocabulary: Vocabulary,
  kind: K,
  id: string,
): Vocabulary[K][number] | undefined {
  const list: readonly Term[] = vocabulary[kind];
  return list.find((entry) => entry.id === id) as Vocabulary[K][number] | undefined;
}

/** The ids of one list of a story's vocabulary, in its order. */
export function termIds(vocabulary: Vocabulary, kind: VocabularyKind): string[] {
  return vocabulary[kind].map((entry: Term) => entry.id);
}

/** The story's reader name of its time zone in `locale` ("Yerevan time"). */
export function timeZoneName(story: Pick<Story, "timeZone">, locale: string): string {
  return localize(story.timeZone.name, locale, "timeZone.name");
}
