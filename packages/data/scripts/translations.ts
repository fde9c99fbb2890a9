/**
 * Merges `data/i18n/<locale>.csv` (data/README.md, "Translations") into the records and the story
 * the build has read: each file adds its locale to `story.locales`, and each row sets
 * `<field>[locale]` on the text it names. Each row repeats the English it translates; a row whose
 * English is no longer the data's ("stale"), a row naming no text, and a text with no row are
 * build errors naming the file, the table, the id and the field.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { csvRows } from "../src/csv";
import { forEachText, isLocalizedText as isTexts } from "../src/translations";

export interface TranslationError {
  file: string;
  line: number;
  column: string;
  value: unknown;
  message: string;
}

type Texts = Record<string, string>;
type Row = Record<string, unknown>;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every reader text of the story with its translation-file name: `table id field` → object. */
function textsOf(tables: Record<string, Row[]>, vocabulary: Record<string, Row[]>, meta: Row) {
  const texts = new Map<string, { key: string; text: Texts }>();
  forEachText({ ...meta, vocabulary, ...tables }, (key, text, row) => {
    // A state's name comes from i18n-iso-countries, never from a file.
    if (!(row?.kind === "state" && key.startsWith("reactions ") && key.endsWith(" name")))
      texts.set(key, { key, text: text as Texts });
    return text;
  });
  return texts;
}

/**
 * Reads every `i18n/<locale>.csv` of `dataDir` into `tables`, `vocabulary` and `meta` (in place)
 * and returns the locales added. States' names in the added locales come from `countryName`, not
 * from the files.
 */
export function mergeTranslations(
  dataDir: string,
  tables: Record<string, Row[]>,
  vocabulary: Record<string, Row[]>,
  meta: Row,
  countryName: (iso3: string, locale: string) => string | undefined,
  errors: TranslationError[],
): string[] {
  const dir = path.join(dataDir, "i18n");
  if (!existsSync(dir)) return [];
  const texts = textsOf(tables, vocabulary, meta);
  const locales: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()) {
    const locale = name.slice(0, -4);
    const file = `data/i18n/${name}`;
    const [header = [], ...rows] = csvRows(readFileSync(path.join(dir, name), "utf8").replace(/^\uFEFF/, ""));
    const column = (c: string) => header.indexOf(c);
    if (["table", "id", "field", "en", "text"].some((c) => column(c) < 0)) {
      errors.push({
        file,
        line: 1,
        column: "",
        value: header.join(","),
        message: "expected the columns table,id,field,en,text",
      });
      continue;
    }
    locales.push(locale);
    const done = new Set<string>();
    rows.forEach((cells, i) => {
      const line = i + 2;
      const [table, id, field, en, text] = ["table", "id", "field", "en", "text"].map(
        (c) => cells[column(c)] ?? "",
      );
      // Russian's extra plural forms (noun_one, noun_few, noun_many) extend a category's nouns.
      const target =
        texts.get(`${table} ${id} ${camel(field ?? "")}`) ?? extraForm(texts, vocabulary, table, id, field);
      const where = `${table} ${id} ${field}`;
      if (!target) {
        errors.push({ file, line, column: "id", value: where, message: "names no reader text of the data" });
        return;
      }
      if (target.text.en !== en) {
        errors.push({
          file,
          line,
          column: "en",
          value: en,
          message: `stale translation of ${where}: the English is now ${JSON.stringify(target.text.en)}`,
        });
        return;
      }
      if (!text?.trim()) {
        errors.push({ file, line, column: "text", value: text, message: `empty translation of ${where}` });
        return;
      }
      target.text[locale] = text;
      done.add(target.key);
    });
    for (const [key, { text }] of texts) {
      if (done.has(key) || Object.hasOwn(text, locale)) continue;
      errors.push({
        file,
        line: 0,
        column: "",
        value: key,
        message: `missing row (English: ${JSON.stringify(text.en)})`,
      });
    }
  }
  // States are named by `countryName` in every added locale (the build passes CLDR's names,
  // which the charts' Intl.DisplayNames would also give), never from the files.
  for (const reaction of tables.reactions ?? []) {
    if (reaction.kind !== "state" || !isTexts(reaction.name)) continue;
    for (const locale of locales) {
      const name = countryName(String(reaction.iso3), locale);
      if (name) (reaction.name as Texts)[locale] = name;
    }
  }
  return locales;
}

/**
 * A plural form of a casualty category's noun that English does not need (`noun_one` of
 * "military", Russian `noun_few` / `noun_many`): created on first use from the plural `noun`.
 */
function extraForm(
  texts: Map<string, { key: string; text: Texts }>,
  vocabulary: Record<string, Row[]>,
  table: string | undefined,
  id: string | undefined,
  field: string | undefined,
) {
  if (table !== "vocabulary" || !["noun_one", "noun_few", "noun_many"].includes(field ?? ""))
    return undefined;
  const entry = (vocabulary.casualtyCategories ?? []).find((c) => c.id === id);
  if (!entry || !isTexts(entry.noun)) return undefined;
  const form = camel(field ?? "");
  const key = `vocabulary ${id} ${form}`;
  // The English (and French) of these forms is the plural noun, as the row's `en` says.
  const text: Texts = { ...(entry[form] as Texts | undefined), ...(entry.noun as Texts) };
  entry[form] = text;
  const found = { key, text };
  texts.set(key, found);
  return found;
}
