/**
 * Builds @karabakh2023/data from the editorial CSV files in data/.
 *
 *   tsx scripts/build.ts [--data <dir>] [--check]
 *
 * 1. writes src/generated/countries.ts (ISO 3166-1 names from i18n-iso-countries, so the
 *    package does not ship the library);
 * 2. reads data/*.csv, converts each row to a typed record, runs validateDataset() and, on any
 *    error, prints `data/<file>.csv:<line>: <column> = <value>: <message>` and exits 1;
 * 3. writes src/generated/dataset.ts (typed arrays for tsup to bundle);
 * 4. unless --check, empties dist/ and writes dist/json, dist/csv, dist/schema and
 *    dist/datapackage.json. tsup runs afterwards with `clean: false`, so it keeps them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { csvFormat, csvParse } from "d3-dsv";
import isoCountries from "i18n-iso-countries";
import { z } from "zod";
import { recordFromRow } from "../src/csv";
import { forEachText } from "../src/translations";
import {
  CERTAINTIES,
  ENTITY_KINDS,
  EVENT_KINDS,
  QUALIFIERS,
  TIMES_OF_DAY,
  VERIFICATIONS,
  type Vocabulary,
} from "../src/types";
import { mergeTranslations } from "./translations";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const generatedDir = path.join(packageDir, "src/generated");
const distDir = path.join(packageDir, "dist");

const SEED = {
  title: "Guerre de 2023 au Haut-Karabagh — Wikipédia (fr)",
  path: "https://fr.wikipedia.org/wiki/Guerre_de_2023_au_Haut-Karabagh",
};

// ------------------------------------------------------------------ columns

type ColumnType =
  | "id"
  | "text"
  | "integer"
  | "date"
  | "time"
  | "url"
  | "language"
  | "iso3"
  | "sources"
  | readonly string[];
interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly description: string;
  /** The table whose `id` this column refers to. */
  readonly references?: "claimants";
}
const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  description: string,
  references?: "claimants",
): Column =>
  references ? { name, type, required, description, references } : { name, type, required, description };

const note = [
  col("note_en", "text", false, "Editorial note in English"),
  col("note_fr", "text", false, "Editorial note in French"),
];
const sourcesColumn = col("sources", "sources", true, "Ids of rows in sources.csv, separated by ';'");

/** The columns of each CSV file, in file order. Also the fields of datapackage.json. */
const TABLES = {
  sources: [
    col("id", "id", true, "Kebab-case id"),
    col("publisher", "text", true, "Publisher"),
    col("title", "text", true, "Title of the article or document"),
    col("url", "url", true, "https URL"),
    col(
      "url_kind",
      ["article", "copy", "site"],
      true,
      "'article' when url is the article, 'copy' when it is a syndicated or archived copy of it, 'site' when only the site",
    ),
    col("published", "date", false, "Publication date (ISO)"),
    col("accessed", "date", true, "Access date (ISO)"),
    col("language", "language", true, "BCP 47 language tag of the source"),
    col(
      "seed_ref",
      "integer",
      false,
      "Reference number in the French Wikipedia article, when it cites this source",
    ),
  ],
  claimants: [
    col("id", "id", true, "Kebab-case id"),
    col("name_en", "text", true, "Name in English"),
    col("name_fr", "text", true, "Name in French"),
    col("party", "id", false, "The side the claimant speaks for (vocabulary.csv, kind party)"),
    sourcesColumn,
  ],
  casualties: [
    col("id", "id", true, "Kebab-case id"),
    col("party", "id", true, "Side the casualties belong to (vocabulary.csv, kind party)"),
    col("category", "id", true, "Category of people (vocabulary.csv, kind casualty-category)"),
    col("metric", "id", true, "What is counted (vocabulary.csv, kind casualty-metric)"),
    col("value", "integer", true, "The number as stated"),
    col("qualifier", QUALIFIERS, true, "How the source qualifies the number"),
    col("as_of", "date", true, "Date the figure describes"),
    col("as_of_time", "time", false, "Local time (story.json timeZone) the figure describes"),
    col("reported", "date", false, "Date first reported"),
    col("claimant", "id", true, "Who made the claim (claimants.csv)", "claimants"),
    col("incident", "id", true, "Incident the figure belongs to (vocabulary.csv, kind incident)"),
    col("certainty", CERTAINTIES, true, "How far the reading of the sources can be trusted"),
    sourcesColumn,
    ...note,
  ],
  refugees: [
    col("id", "id", true, "Kebab-case id"),
    col("date", "date", true, "Date of the count"),
    col("time_local", "time", false, "Local time (story.json timeZone)"),
    col("time_of_day", TIMES_OF_DAY, false, "Part of the day when no clock time is known"),
    col("value", "integer", true, "The number as stated"),
    col("qualifier", QUALIFIERS, true, "How the source qualifies the number"),
    col("metric", "id", true, "What is counted (vocabulary.csv, kind refugee-metric)"),
    col("claimant", "id", true, "Who gave the count (claimants.csv)", "claimants"),
    col("certainty", CERTAINTIES, true, "How far the reading of the sources can be trusted"),
    sourcesColumn,
    ...note,
  ],
  reactions: [
    col("id", "id", true, "Kebab-case id"),
    col("iso3", "iso3", false, "ISO 3166-1 alpha-3 code, states only"),
    col("kind", ENTITY_KINDS, true, "State, organisation or unrecognised entity"),
    col("name_en", "text", true, "Name in English (for states, from i18n-iso-countries)"),
    col("name_fr", "text", true, "Name in French (for states, from i18n-iso-countries)"),
    col("category", "id", true, "Our reading of the statement (vocabulary.csv, kind reaction-category)"),
    col("certainty", CERTAINTIES, true, "How sure the reading is"),
    col("date", "date", true, "Date of the statement"),
    col("speaker_en", "text", true, "Who spoke (name and office), in English"),
    col("speaker_fr", "text", true, "Who spoke (name and office), in French"),
    col("summary_en", "text", true, "Summary in English"),
    col("summary_fr", "text", true, "Summary in French"),
    sourcesColumn,
  ],
  events: [
    col("id", "id", true, "Kebab-case id"),
    col("date", "date", true, "Date of the event"),
    col("time_local", "time", false, "Local time (story.json timeZone)"),
    col("kind", EVENT_KINDS, true, "Military, humanitarian, political or diplomatic"),
    col("label_en", "text", true, "What happened, in English"),
    col("label_fr", "text", true, "What happened, in French"),
    col("location", "text", false, "Where"),
    col("verification", VERIFICATIONS, true, "Whether sources beyond the seed article confirm it"),
    sourcesColumn,
    ...note,
    col(
      "chart_label_en",
      "text",
      false,
      "Short label on the refugee curve, in English (marks it by default)",
    ),
    col("chart_label_fr", "text", false, "Short label on the refugee curve, in French"),
  ],
} as const satisfies Record<string, readonly Column[]>;
type Table = keyof typeof TABLES;
const TABLE_ORDER = Object.keys(TABLES) as Table[];

// ------------------------------------------------------------------ CSV → records

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const LOCALIZED = /^(.*)_(en|fr)$/;

interface BuildError {
  file: string;
  line: number;
  column: string;
  value: unknown;
  message: string;
}

/**
 * The line each record starts on (1-based), following quoted fields across line breaks, so
 * error messages point at the right line even after a multi-line note.
 */
function recordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atRecordStart) {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      line++;
      if (!quoted) atRecordStart = true;
    }
  }
  return starts.slice(1); // the first record is the header
}

/** A row's declared columns as a record (the same reading a desk's CSV gets in the element). */
function toRecord(table: Table, row: Record<string, string>): Record<string, unknown> {
  return recordFromRow(Object.fromEntries(TABLES[table].map((column) => [column.name, row[column.name]])));
}

/** Dotted record path ("note.fr", "sources.1") → the CSV column it came from ("note_fr", "sources"). */
function columnOf(field: string): string {
  const [head = "", next] = field.split(".");
  if (next === "en" || next === "fr") return `${snake(head)}_${next}`;
  return snake(head);
}

/** A vocabulary entry's field ("label.fr", "colour") → its vocabulary.csv column. */
function vocabularyColumnOf(field: string): string {
  const [head = "", next] = field.split(".");
  if (head === "colour") return "role";
  return next ? `${head}_${next}` : head;
}

interface Loaded {
  tables: Record<Table, Record<string, unknown>[]>;
  lines: Record<Table, number[]>;
  errors: BuildError[];
}

function load(dataDir: string): Loaded {
  const errors: BuildError[] = [];
  const tables = {} as Loaded["tables"];
  const lines = {} as Loaded["lines"];
  for (const table of TABLE_ORDER) {
    const file = `data/${table}.csv`;
    let text: string;
    try {
      text = readFileSync(path.join(dataDir, `${table}.csv`), "utf8").replace(/^\uFEFF/, "");
    } catch {
      errors.push({ file, line: 0, column: "", value: undefined, message: "file not found" });
      tables[table] = [];
      lines[table] = [];
      continue;
    }
    const rows = csvParse(text);
    const expected = TABLES[table].map((c) => c.name);
    for (const name of expected.filter((c) => !rows.columns.includes(c))) {
      errors.push({ file, line: 1, column: name, value: undefined, message: "missing column" });
    }
    for (const name of rows.columns.filter((c) => !expected.includes(c))) {
      errors.push({ file, line: 1, column: name, value: undefined, message: "unknown column" });
    }
    const starts = recordLines(text);
    lines[table] = rows.map((_, i) => (starts.length >= rows.length ? (starts[i] ?? i + 2) : i + 2));
    tables[table] = rows.map((row) => toRecord(table, row));
  }
  return { tables, lines, errors };
}

/** States take their names from i18n-iso-countries; the CSV leaves name_en/name_fr empty. */
function nameStates(loaded: Loaded): void {
  loaded.tables.reactions.forEach((reaction, i) => {
    if (reaction.kind !== "state") return;
    if (reaction.name !== undefined) {
      loaded.errors.push({
        file: "data/reactions.csv",
        line: loaded.lines.reactions[i] ?? i + 2,
        column: "name_en",
        value: reaction.name,
        message: "must be empty for a state: its name comes from i18n-iso-countries",
      });
    }
    const iso3 = typeof reaction.iso3 === "string" ? reaction.iso3 : "";
    const en = isoCountries.getName(iso3, "en");
    const fr = isoCountries.getName(iso3, "fr");
    // An unknown code is reported once, on iso3, by the validator.
    reaction.name = en && fr ? { fr, en } : { fr: iso3 || "?", en: iso3 || "?" };
  });
}

/**
 * The inset's country labels that story.json gives by code alone get the country's name in every
 * locale of the story (French and English from i18n-iso-countries, the others from CLDR), so the
 * data carries them: Chromium has no Armenian Intl data, and its `Intl.DisplayNames("hy")`
 * answers in English ("Georgia" on an Armenian map).
 */
function nameRegionLabels(
  meta: Record<string, unknown>,
  locales: readonly string[],
  name: (iso3: string, locale: string) => string | undefined,
): void {
  const region = meta.region as { labels?: unknown } | undefined;
  if (!region || !Array.isArray(region.labels)) return;
  for (const label of region.labels as Record<string, unknown>[]) {
    if (!label || typeof label !== "object" || label.label !== undefined) continue;
    const names = locales.map((locale) => [locale, name(String(label.iso3), locale)] as const);
    // An unknown code is left to the validator, which names it.
    if (names.every(([, text]) => text)) label.label = Object.fromEntries(names);
  }
}

// ------------------------------------------------------------------ the story around the tables

/** vocabulary.csv's `kind` column → the list of `Vocabulary` it fills, and its `role` key. */
const VOCABULARY_KINDS = {
  party: ["parties", "role"],
  incident: ["incidents", "role"],
  "casualty-category": ["casualtyCategories", "role"],
  "casualty-metric": ["casualtyMetrics", undefined],
  "refugee-metric": ["refugeeMetrics", "role"],
  "reaction-category": ["reactionCategories", "colour"],
} as const satisfies Record<string, readonly [keyof Vocabulary, string | undefined]>;
const VOCABULARY_COLUMNS = [
  "kind",
  "id",
  "role",
  "label_en",
  "label_fr",
  "noun_en",
  "noun_fr",
  "noun_one_en",
  "noun_one_fr",
  "covers",
];

interface LoadedStory {
  meta: Record<string, unknown>;
  vocabulary: Record<keyof Vocabulary, Record<string, unknown>[]>;
  /** The vocabulary.csv line of each entry, by list then index. */
  lines: Record<string, number[]>;
}

function loadStory(dataDir: string, errors: BuildError[]): LoadedStory {
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(readFileSync(path.join(dataDir, "story.json"), "utf8"));
  } catch (error) {
    errors.push({ file: "data/story.json", line: 0, column: "", value: undefined, message: String(error) });
  }
  const vocabulary = Object.fromEntries(
    Object.values(VOCABULARY_KINDS).map(([list]) => [list, []]),
  ) as unknown as LoadedStory["vocabulary"];
  const lines: LoadedStory["lines"] = {};
  const file = "data/vocabulary.csv";
  let text = "";
  try {
    text = readFileSync(path.join(dataDir, "vocabulary.csv"), "utf8").replace(/^\uFEFF/, "");
  } catch {
    errors.push({ file, line: 0, column: "", value: undefined, message: "file not found" });
  }
  const rows = csvParse(text);
  for (const name of VOCABULARY_COLUMNS.filter((c) => !rows.columns.includes(c))) {
    errors.push({ file, line: 1, column: name, value: undefined, message: "missing column" });
  }
  const starts = recordLines(text);
  rows.forEach((row, i) => {
    const line = starts[i] ?? i + 2;
    const kind = row.kind ?? "";
    if (!Object.hasOwn(VOCABULARY_KINDS, kind)) {
      const allowed = Object.keys(VOCABULARY_KINDS).join(", ");
      errors.push({ file, line, column: "kind", value: kind, message: `must be one of ${allowed}` });
      return;
    }
    const [list, roleKey] = VOCABULARY_KINDS[kind as keyof typeof VOCABULARY_KINDS];
    const entry: Record<string, unknown> = {
      id: row.id ?? "",
      label: { en: row.label_en, fr: row.label_fr },
    };
    if (roleKey) entry[roleKey] = row.role ?? "";
    if (list === "casualtyCategories") entry.noun = { en: row.noun_en, fr: row.noun_fr };
    // The singular, only where it differs from the plural ("1 civilian", but "1 police").
    // An aggregate incident names the incidents it tallies, separated by ";".
    if (list === "incidents" && row.covers) entry.covers = row.covers.split(";").map((id) => id.trim());
    if (list === "casualtyCategories" && (row.noun_one_en || row.noun_one_fr)) {
      entry.nounOne = { en: row.noun_one_en, fr: row.noun_one_fr };
    }
    vocabulary[list].push(entry);
    lines[`vocabulary.${list}`] = [...(lines[`vocabulary.${list}`] ?? []), line];
  });
  return { meta, vocabulary, lines };
}

// ------------------------------------------------------------------ countries

function countryTable() {
  return Object.keys(isoCountries.getAlpha3Codes())
    .filter((iso3) => !iso3.startsWith("X")) // X.. codes (Kosovo's XKK) are user-assigned, not ISO 3166-1
    .map((iso3) => ({
      iso3,
      iso2: isoCountries.alpha3ToAlpha2(iso3) ?? "",
      numeric: isoCountries.alpha3ToNumeric(iso3) ?? "",
      name: { fr: isoCountries.getName(iso3, "fr") ?? "", en: isoCountries.getName(iso3, "en") ?? "" },
    }))
    .filter(
      (c) => /^\d{3}$/.test(c.numeric) && /^[A-Z]{2}$/.test(c.iso2) && c.name.fr !== "" && c.name.en !== "",
    )
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
}

const HEADER = "// Generated by packages/data/scripts/build.ts from data/*.csv. Do not edit.\n";

function writeCountries(): void {
  const version = JSON.parse(
    readFileSync(path.join(packageDir, "node_modules/i18n-iso-countries/package.json"), "utf8"),
  ).version;
  const rows = countryTable().map((c) => ` ${JSON.stringify(c)},\n`);
  const text =
    `${HEADER}// ISO 3166-1 names from i18n-iso-countries ${version}.\n` +
    `import type { Country } from "../countries";\n\nexport const countries: readonly Country[] = [\n${rows.join("")}];\n`;
  const file = path.join(generatedDir, "countries.ts");
  // Rewriting an identical file would race with tests importing it while a --check run starts.
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(file, text);
}

const TYPE_OF: Record<Table, string> = {
  sources: "Source",
  claimants: "Claimant",
  casualties: "CasualtyClaim",
  refugees: "RefugeeCount",
  reactions: "Reaction",
  events: "TimelineEvent",
};

function writeDataset(
  tables: Loaded["tables"],
  population: Record<string, unknown>,
  story: LoadedStory,
): void {
  // One record per line: readable in a diff, compact in the bundle.
  const lines = (rows: readonly unknown[]) => rows.map((r) => ` ${JSON.stringify(r)},\n`).join("");
  const body = TABLE_ORDER.map(
    (t) => `export const ${t}: readonly ${TYPE_OF[t]}[] = [\n${lines(tables[t])}];\n`,
  ).join("\n");
  writeFileSync(
    path.join(generatedDir, "dataset.ts"),
    `${HEADER}import type { ${[...Object.values(TYPE_OF), "Story", "StoryMeta", "Vocabulary"].sort().join(", ")} } from "../types";\n\n${body}\n` +
      "/** The pre-war Armenian population of Nagorno-Karabakh (the first `pre-war-population` row). */\n" +
      `export const population: RefugeeCount = ${JSON.stringify(population)};\n\n` +
      "/** The words of the Karabakh story (data/vocabulary.csv). */\n" +
      `export const vocabulary: Vocabulary = ${JSON.stringify(story.vocabulary, null, 1)};\n\n` +
      "/** The Karabakh story without its tables: vocabulary, time zone, map region, titles (data/story.json). */\n" +
      `export const storyMeta: StoryMeta = {\n ${JSON.stringify(story.meta).slice(1, -1)},\n vocabulary,\n};\n\n` +
      "/** The Karabakh story: its tables, vocabulary, time zone, map region and titles. */\n" +
      // Marked pure: a spread is not, and would keep every table in a bundle that never reads them.
      `export const karabakh: Story = /* @__PURE__ */ Object.assign({}, storyMeta, {\n ${TABLE_ORDER.join(",\n ")},\n});\n`,
  );
}

/**
 * The dataset in its source locales, and the texts of each added locale keyed as
 * `translateStory()` reads them (src/translations.ts): the same walk names them both ways.
 */
function splitTranslations(
  tables: Loaded["tables"],
  population: Record<string, unknown>,
  story: LoadedStory,
  added: readonly string[],
  sourceLocales: readonly string[],
) {
  const whole = { ...story.meta, vocabulary: story.vocabulary, ...tables };
  const translations = added
    .filter((locale) => !sourceLocales.includes(locale))
    .map((locale) => {
      const texts: Record<string, string> = {};
      forEachText(whole, (key, text) => {
        const value = text[locale];
        if (value !== undefined) texts[key] = value;
        return text;
      });
      return { locale, texts };
    });
  const keep = (text: Record<string, string>) =>
    Object.fromEntries(Object.entries(text).filter(([locale]) => sourceLocales.includes(locale)));
  const stripped = forEachText(whole, (_, text) => keep(text));
  const { vocabulary, ...rest } = stripped;
  const meta = Object.fromEntries(
    Object.entries(rest).filter(([key]) => !(TABLE_ORDER as readonly string[]).includes(key)),
  );
  return {
    tables: Object.fromEntries(TABLE_ORDER.map((t) => [t, stripped[t]])) as Loaded["tables"],
    population: forEachText({ refugees: [population] }, (_, text) => keep(text)).refugees[0] as Record<
      string,
      unknown
    >,
    story: { ...story, meta: { ...meta, locales: sourceLocales }, vocabulary },
    translations,
  };
}

function writeTranslations(translations: readonly { locale: string; texts: Record<string, string> }[]): void {
  for (const { locale, texts } of translations) {
    const name = locale.replace(/-/g, "_");
    const lines = Object.entries(texts).map(
      ([key, text]) => ` ${JSON.stringify(key)}: ${JSON.stringify(text)},\n`,
    );
    writeFileSync(
      path.join(generatedDir, `i18n-${locale}.ts`),
      `${HEADER}import type { StoryTranslations } from "../translations";\n\n` +
        `/** The Karabakh story's texts in ${locale} (data/i18n/${locale}.csv), for \`translateStory()\`. */\n` +
        `export const ${name}: StoryTranslations = {\n locale: ${JSON.stringify(locale)},\n texts: {\n${lines.join("")} },\n};\n`,
    );
  }
}

/**
 * src/generated/version.ts: a fingerprint of the built-in dataset, the generated modules as
 * written (every table, the country names, every locale's texts). A figure prerendered from the
 * built-in dataset records it in its key (charts' element/prerender.ts), so the page compares
 * this constant instead of hashing the tables; a figure drawn from another build of the data no
 * longer matches, and is redrawn.
 */
function writeVersion(): void {
  const hash = createHash("sha256");
  const modules = readdirSync(generatedDir)
    .filter((name) => name.endsWith(".ts") && name !== "version.ts")
    .sort();
  for (const name of modules)
    hash
      .update(name)
      .update("\0")
      .update(readFileSync(path.join(generatedDir, name)));
  const text =
    `${HEADER}\n/** A fingerprint of the built-in dataset (${modules.join(", ")}). */\n` +
    `export const datasetVersion: { readonly fingerprint: string } = { fingerprint: ${JSON.stringify(hash.digest("hex").slice(0, 16))} };\n`;
  const file = path.join(generatedDir, "version.ts");
  // As writeCountries: an identical file is not rewritten.
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  writeFileSync(file, text);
}

// ------------------------------------------------------------------ dist assets

function toCsv(table: Table, records: readonly Record<string, unknown>[]): string {
  const columns = TABLES[table].map((c) => c.name);
  const rows = records.map((record) => {
    const row: Record<string, string> = {};
    for (const column of columns) {
      const localized = LOCALIZED.exec(column);
      const value = localized
        ? (record[camel(localized[1] ?? "")] as Record<string, string> | undefined)?.[localized[2] ?? ""]
        : record[camel(column)];
      row[column] = Array.isArray(value) ? value.join(";") : value === undefined ? "" : String(value);
    }
    return row;
  });
  return `${csvFormat(rows, columns)}\n`;
}

function frictionlessField(column: Column) {
  const { name, type, required, description } = column;
  const constraints: Record<string, unknown> = required ? { required: true } : {};
  if (Array.isArray(type))
    return { name, type: "string", description, constraints: { ...constraints, enum: type } };
  if (type === "integer")
    return { name, type: "integer", description, constraints: { ...constraints, minimum: 0 } };
  const patterns: Record<string, string> = {
    id: "[a-z0-9]+(-[a-z0-9]+)*",
    date: "\\d{4}(-\\d{2}(-\\d{2})?)?",
    time: "([01]\\d|2[0-3]):[0-5]\\d",
    url: "https://\\S+",
    iso3: "[A-Z]{3}",
    sources: "[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*",
  };
  const pattern = patterns[type as string];
  return {
    name,
    type: "string",
    ...(type === "url" ? { format: "uri" } : {}),
    description,
    constraints: pattern ? { ...constraints, pattern } : constraints,
  };
}

function writeDist(tables: Loaded["tables"], schemas: Record<Table, z.ZodType>, story: LoadedStory): void {
  rmSync(distDir, { recursive: true, force: true });
  for (const dir of ["json", "csv", "schema"]) mkdirSync(path.join(distDir, dir), { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  // The story without its tables: vocabulary, time zone, region, titles (the tables are beside it).
  writeFileSync(
    path.join(distDir, "json", "story.json"),
    `${JSON.stringify({ ...story.meta, vocabulary: story.vocabulary }, null, 2)}\n`,
  );
  for (const table of TABLE_ORDER) {
    writeFileSync(path.join(distDir, "json", `${table}.json`), `${JSON.stringify(tables[table], null, 2)}\n`);
    writeFileSync(path.join(distDir, "csv", `${table}.csv`), toCsv(table, tables[table]));
    const schema = z.toJSONSchema(z.array(schemas[table]));
    writeFileSync(
      path.join(distDir, "schema", `${table}.schema.json`),
      `${JSON.stringify({ ...schema, title: `@karabakh2023/data ${table}`, description: `The records of json/${table}.json` }, null, 2)}\n`,
    );
  }
  const datapackage = {
    profile: "tabular-data-package",
    name: "karabakh2023",
    title:
      "September 2023 Azerbaijani offensive in Nagorno-Karabakh and the exodus of its Armenian population",
    description: `${pkg.description} Every figure is attributed to its claimant and its sources; disputed figures are separate records. Times are local to Asia/Yerevan (UTC+4).`,
    version: pkg.version,
    homepage: "https://www.npmjs.com/package/@karabakh2023/data",
    licenses: [
      {
        name: "CC-BY-SA-4.0",
        path: "https://creativecommons.org/licenses/by-sa/4.0/",
        title:
          "Data: Creative Commons Attribution-ShareAlike 4.0. Attribute the sources listed here and Wikipedia (the French article this dataset started from).",
      },
      {
        name: "MIT",
        path: "https://opensource.org/license/mit",
        title: "Code of the @karabakh2023 packages: MIT",
      },
    ],
    sources: [SEED, ...tables.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url }))],
    resources: TABLE_ORDER.map((table) => ({
      name: table,
      path: `csv/${table}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: TABLES[table].map(frictionlessField),
        primaryKey: "id",
        ...(TABLES[table].some((c) => "references" in c)
          ? { foreignKeys: [{ fields: "claimant", reference: { resource: "claimants", fields: "id" } }] }
          : {}),
      },
    })),
  };
  writeFileSync(path.join(distDir, "datapackage.json"), `${JSON.stringify(datapackage, null, 2)}\n`);
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { data: { type: "string" }, check: { type: "boolean", default: false } },
  });
  const dataDir = path.resolve(values.data ?? path.join(packageDir, "../../data"));

  writeCountries();
  // The validator reads the country table just written, so it is loaded only now.
  const { validateStory } = await import("../src/validate");
  const { TABLE_SCHEMAS } = await import("../src/schema");
  const { countryName } = await import("../src/countries");

  const loaded = load(dataDir);
  nameStates(loaded);
  const story = loadStory(dataDir, loaded.errors);
  // data/i18n/<locale>.csv: each file adds its locale to the story's (README, "Translations").
  const added = mergeTranslations(
    dataDir,
    loaded.tables,
    story.vocabulary,
    story.meta,
    // Beyond French and English, CLDR's names (Intl.DisplayNames): "Россия", where
    // i18n-iso-countries has the formal "Российская Федерация".
    (iso3, locale) => countryName(iso3, locale),
    loaded.errors,
  );
  const declared = Array.isArray(story.meta.locales) ? (story.meta.locales as string[]) : [];
  const locales = [...declared, ...added.filter((l) => !declared.includes(l))];
  story.meta.locales = locales;
  nameRegionLabels(story.meta, locales, countryName);
  const { errors: validation } = validateStory({
    ...story.meta,
    vocabulary: story.vocabulary,
    ...loaded.tables,
  });
  const reported = new Set<string>();
  for (const raw of validation) {
    // A schema error inside the vocabulary names "story" and "vocabulary.parties.4.id": point it
    // at its vocabulary.csv line like the cross-checks do.
    const m = raw.table === "story" ? /^(vocabulary\.[a-zA-Z]+)\.(\d+)\.(.+)$/.exec(raw.field) : null;
    const e = m ? { ...raw, table: m[1] ?? "", row: Number(m[2]), field: m[3] ?? "" } : raw;
    const key = `${e.table}|${e.row}|${e.field}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const inVocabulary = e.table.startsWith("vocabulary.");
    const file =
      e.table === "story" ? "data/story.json" : inVocabulary ? "data/vocabulary.csv" : `data/${e.table}.csv`;
    const lines = inVocabulary ? story.lines[e.table] : loaded.lines[e.table as Table];
    loaded.errors.push({
      file,
      line: e.row === null ? 0 : (lines?.[e.row] ?? e.row + 2),
      column: inVocabulary ? vocabularyColumnOf(e.field) : e.table === "story" ? e.field : columnOf(e.field),
      value: e.value,
      message: e.message,
    });
  }
  const population = loaded.tables.refugees.find((r) => r.metric === "pre-war-population");
  if (!population) {
    loaded.errors.push({
      file: "data/refugees.csv",
      line: 0,
      column: "metric",
      value: "pre-war-population",
      message: "no row gives the pre-war population",
    });
  }
  if (loaded.errors.length > 0 || !population) {
    for (const e of loaded.errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
      const value = typeof e.value === "string" ? e.value : JSON.stringify(e.value);
      console.error(`${e.file}:${e.line}: ${e.column} = ${value}: ${e.message}`);
    }
    console.error(`${loaded.errors.length} error(s) in ${path.relative(process.cwd(), dataDir) || "."}`);
    return 1;
  }
  if (!values.check) {
    // The bundled dataset carries the story's own locales; each added one is a module of its
    // own (src/generated/i18n-<locale>.ts, `@karabakh2023/data/i18n/<locale>`), so a page that
    // never draws in it never downloads it. The files of dist/ (JSON, CSV) hold every locale.
    const sourceLocales = declared.length > 0 ? declared : ["fr", "en"];
    const split = splitTranslations(loaded.tables, population, story, added, sourceLocales);
    writeDataset(split.tables, split.population, split.story);
    writeTranslations(split.translations);
    writeVersion();
    writeDist(loaded.tables, TABLE_SCHEMAS, story);
  }
  const terms = Object.values(story.vocabulary).reduce((n, list) => n + list.length, 0);
  const counts = [...TABLE_ORDER.map((t) => `${loaded.tables[t].length} ${t}`), `${terms} terms`].join(", ");
  console.log(`@karabakh2023/data: ${counts}${values.check ? " (checked)" : ""}`);
  return 0;
}

process.exitCode = await main();
