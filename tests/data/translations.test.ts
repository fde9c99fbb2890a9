/**
 * data/i18n/<locale>.csv holds the Armenian and Russian texts of the dataset's reader labels
 * (data/README.md, "Translations"). Each row repeats the English it translates, so when the
 * English changes this test names the rows whose translation is now stale, and when a row, a
 * column or a story label is added it names what still needs translating.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../packages/data/src/csv";

const dataDir = new URL("../../data/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), "utf8");

/** The data files whose `*_en` columns readers see, in the order the translation files follow. */
const TABLES = ["vocabulary", "claimants", "events", "casualties", "reactions", "refugees"] as const;
const HEADER = ["table", "id", "field", "en", "text"];

/** One text a reader sees, as the translation files name it. */
interface Localized {
  table: string;
  id: string;
  field: string;
  en: string;
}
const keyOf = (t: Pick<Localized, "table" | "id" | "field">) => `${t.table} ${t.id} ${t.field}`;

/** Every non-empty `<field>_en` cell of the data CSVs, in file order. */
function csvTexts(): Localized[] {
  const texts: Localized[] = [];
  for (const table of TABLES) {
    const [header = [], ...rows] = csvRows(read(`${table}.csv`));
    const id = header.indexOf("id");
    for (const cells of rows) {
      header.forEach((column, i) => {
        const en = (cells[i] ?? "").trim();
        if (column.endsWith("_en") && en !== "") {
          texts.push({ table, id: cells[id] ?? "", field: column.slice(0, -3), en });
        }
      });
    }
  }
  return texts;
}

/**
 * Every `{ en, fr }` object of story.json, named by its JSON path (`region.point.label`); an
 * array item is named by its `iso3` (`region.labels.IRN.label`), else by its index. `field` is
 * the path's last key.
 */
function storyTexts(): Localized[] {
  const texts: Localized[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const iso3 = (item as { iso3?: unknown } | null)?.iso3;
        walk(item, [...path, typeof iso3 === "string" ? iso3 : String(i)]);
      });
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.en === "string") {
        texts.push({ table: "story", id: path.join("."), field: path.at(-1) ?? "", en: record.en });
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
    }
  };
  walk(JSON.parse(read("story.json")), []);
  return texts;
}

const expected = [...csvTexts(), ...storyTexts()];

/**
 * Russian picks a noun's form by `Intl.PluralRules("ru")` (one / few / many): besides the rows
 * for the English `noun` and `noun_one`, a casualty category may carry `noun_one`, `noun_few`
 * and `noun_many` rows, each translating the English plural `noun`.
 */
const PLURAL_FIELDS: Record<string, readonly string[]> = {
  ru: ["noun_one", "noun_few", "noun_many"],
  hy: [],
};

/**
 * Texts that stay as the English writes them: proper names written in Latin script by the
 * media of that language too. Anything else equal to its English is an untranslated row.
 */
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = {
  hy: new Set<string>(),
  ru: new Set(["claimants massis-post name"]),
};
const SCRIPT: Record<string, RegExp> = { hy: /[\u0530-\u058F]/, ru: /[\u0400-\u04FF]/ };
const MARKERS = /\b(?:TODO|FIXME|XXX|TBD)\b|\?\?|\[\s*\?\s*\]/;

interface Row extends Localized {
  line: number;
  text: string;
}

function translations(locale: string): { raw: string; header: string[]; rows: Row[] } {
  const raw = read(`i18n/${locale}.csv`);
  const [header = [], ...cells] = csvRows(raw);
  const rows = cells.map(([table = "", id = "", field = "", en = "", text = ""], i) => ({
    table,
    id,
    field,
    en,
    text,
    line: i + 2,
  }));
  return { raw, header, rows };
}

describe.each(["hy", "ru"])("data/i18n/%s.csv", (locale) => {
  const { raw, header, rows } = translations(locale);
  const where = (r: Row) => `${locale}.csv:${r.line}: ${keyOf(r)}`;
  const byKey = new Map(expected.map((t) => [keyOf(t), t]));
  /** A plural form the English has no column for (Russian `noun_few` …), translating `noun`. */
  const plural = (r: Row) =>
    r.table === "vocabulary" && (PLURAL_FIELDS[locale] ?? []).includes(r.field) && !byKey.has(keyOf(r));
  const nounOf = (id: string) => byKey.get(keyOf({ table: "vocabulary", id, field: "noun" }));

  it("is UTF-8 text with LF line endings, no byte-order mark and the header table,id,field,en,text", () => {
    expect(raw.startsWith("\uFEFF"), "byte-order mark").toBe(false);
    expect(raw.includes("\r"), "CR line ending").toBe(false);
    expect(raw.endsWith("\n"), "final line break").toBe(true);
    expect(raw.includes("\uFFFD"), "replacement character (not UTF-8)").toBe(false);
    expect(header).toEqual(HEADER);
    expect(rows.filter((r) => r.text === undefined).map(where)).toEqual([]);
  });

  it("has exactly one row for every English text of the dataset", () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    const missing = expected.filter((t) => !counts.has(keyOf(t))).map((t) => `${keyOf(t)}: "${t.en}"`);
    expect(missing, `${missing.length} texts not yet translated`).toEqual([]);
    const doubled = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    expect(doubled, "rows given twice").toEqual([]);
  });

  it("has no row for a text that no longer exists", () => {
    const extra = rows.filter((r) => {
      if (plural(r)) return nounOf(r.id) === undefined;
      return !byKey.has(keyOf(r));
    });
    expect(extra.map(where), "row for no English text (id or field gone)").toEqual([]);
  });

  it("follows the order of the data files", () => {
    const order = new Map(expected.map((t, i) => [keyOf(t), i]));
    const positions = rows.filter((r) => !plural(r)).map((r) => ({ r, at: order.get(keyOf(r)) ?? -1 }));
    const late = positions.filter(({ at }, i) => i > 0 && at < (positions[i - 1]?.at ?? -1));
    expect(
      late.map(({ r }) => where(r)),
      "row out of the data files' order",
    ).toEqual([]);
  });

  it("repeats the current English of each row (else the translation is stale)", () => {
    const stale = rows.flatMap((r) => {
      const current = plural(r) ? nounOf(r.id) : byKey.get(keyOf(r));
      if (current === undefined || current.en === r.en) return [];
      return [`stale translation: ${where(r)}: en is "${r.en}", the English is now "${current.en}"`];
    });
    expect(stale).toEqual([]);
  });

  it("translates every row: non-empty, not the English, in the language's script, no markers", () => {
    const problems = rows.flatMap((r) => {
      const text = r.text.trim();
      const kept = SAME_AS_ENGLISH[locale]?.has(keyOf(r)) ?? false;
      if (text === "") return [`${where(r)}: empty text`];
      if (text !== r.text) return [`${where(r)}: spaces around the text`];
      if (!kept && text === r.en) return [`${where(r)}: text is the English "${r.en}"`];
      if (!kept && /[A-Za-z]/.test(r.en) && !SCRIPT[locale]?.test(text)) {
        return [`${where(r)}: no ${locale === "hy" ? "Armenian" : "Cyrillic"} letter in "${text}"`];
      }
      if (MARKERS.test(text) || (text.includes("?") && !r.en.includes("?"))) {
        return [`${where(r)}: review marker in "${text}"`];
      }
      return [];
    });
    expect(problems).toEqual([]);
  });
});
