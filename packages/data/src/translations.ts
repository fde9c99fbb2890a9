/**
 * A story's texts in a locale shipped on their own, and the one walk that names each text.
 *
 * The dataset's own tables carry its source languages (French and English); its Armenian and
 * Russian texts (data/i18n/<locale>.csv) are `@karabakh2023/data/i18n/<locale>`, so that a page
 * which never draws in that language never downloads them. `translateStory()` puts them back.
 * The data build reads the translation files through the same walk (`forEachText`), so a key
 * means the same thing in the CSV, the build and at run time.
 */
import type { LocalizedText, Story } from "./types";

/**
 * A story's texts in one locale, keyed like the rows of data/i18n/<locale>.csv:
 * `"<table> <id> <field>"` (`"vocabulary armenia label"`, `"casualties <row id> note"`), and for
 * the story's own texts `"story <path> <last key>"` (`"story charts.refugees.subtitle subtitle"`).
 * Fields are the records' property names (`chartLabel`, `nounOne`).
 */
export interface StoryTranslations {
  readonly locale: string;
  readonly texts: Readonly<Record<string, string>>;
}

/** The story's tables whose rows have texts, by the name a key starts with. */
const TABLES = ["sources", "claimants", "casualties", "refugees", "reactions", "events"] as const;
const own = (object: object, key: string): boolean => Object.hasOwn(object, key);
type Row = Readonly<Record<string, unknown>>;

/** A `{ en, fr, … }` object: the shape of every reader text. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>).en === "string"
  );
}

/**
 * Calls `visit(key, text, row)` for every reader text of a story (tables, vocabulary, the
 * story's own texts) and returns the story with each text replaced by what `visit` returned.
 * Objects are copied only where a text changed, so returning `text` itself changes nothing.
 * `row` is the record holding the text (undefined for the story's own texts).
 */
export function forEachText<S extends object>(
  story: S,
  visit: (key: string, text: LocalizedText, row: Row | undefined) => LocalizedText,
): S {
  const fields = (row: Row, prefix: string): Row => {
    let out: Record<string, unknown> | undefined;
    for (const [field, value] of Object.entries(row)) {
      if (!isLocalizedText(value)) continue;
      const next = visit(`${prefix} ${String(row.id)} ${field}`, value, row);
      if (next !== value) {
        out ??= { ...row };
        out[field] = next;
      }
    }
    return out ?? row;
  };
  const rows = (list: readonly Row[], prefix: string) => {
    const next = list.map((row) => fields(row, prefix));
    return next.some((row, i) => row !== list[i]) ? next : list;
  };
  const walk = (value: unknown, at: string[]): unknown => {
    if (isLocalizedText(value)) return visit(`story ${at.join(".")} ${at.at(-1) ?? ""}`, value, undefined);
    if (Array.isArray(value)) {
      const next = value.map((item, i) => {
        const iso3 = (item as { iso3?: unknown } | null)?.iso3;
        return walk(item, [...at, typeof iso3 === "string" ? iso3 : String(i)]);
      });
      return next.some((item, i) => item !== value[i]) ? next : value;
    }
    if (value === null || typeof value !== "object") return value;
    let out: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const next = walk(item, [...at, key]);
      if (next !== item) {
        out ??= { ...value };
        out[key] = next;
      }
    }
    return out ?? value;
  };

  const out: Record<string, unknown> = { ...(story as Record<string, unknown>) };
  let changed = false;
  const set = (key: string, value: unknown) => {
    if (value === out[key]) return;
    out[key] = value;
    changed = true;
  };
  for (const [key, value] of Object.entries(story)) {
    if ((TABLES as readonly string[]).includes(key) && Array.isArray(value)) set(key, rows(value, key));
    else if (key === "vocabulary" && value !== null && typeof value === "object") {
      const lists = Object.entries(value as Record<string, readonly Row[]>).map(
        ([kind, list]) => [kind, Array.isArray(list) ? rows(list, "vocabulary") : list] as const,
      );
      if (lists.some(([kind, list]) => list !== (value as Record<string, unknown>)[kind]))
        set(key, Object.fromEntries(lists));
    } else if (key !== "locales") set(key, walk(value, [key]));
  }
  return changed ? (out as S) : story;
}

/**
 * The story with its texts in `translations.locale` added, and that locale in its `locales`. A
 * text the translations do not name keeps the locales it had, so a chart drawing it in that
 * locale reports it by name (`localize()`), never shows English instead.
 *
 * @example
 * import { karabakh, translateStory } from "@karabakh2023/data";
 * import { hy } from "@karabakh2023/data/i18n/hy";
 * translateStory(karabakh, hy).vocabulary.parties[0]?.label.hy; // "Ադրբեջան"
 */
export function translateStory<S extends Pick<Story, "locales">>(
  story: S,
  translations: StoryTranslations,
): S {
  const { locale, texts } = translations;
  const translated = forEachText(story, (key, text) =>
    own(texts, key) ? { ...text, [locale]: texts[key] as string } : text,
  );
  return story.locales.includes(locale) ? translated : { ...translated, locales: [...story.locales, locale] };
}
