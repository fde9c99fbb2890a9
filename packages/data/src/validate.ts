import type { z } from "zod";
import { countryByIso3 } from "./countries";
import { storyMetaSchema, TABLE_NAMES, TABLE_SCHEMAS, type TableName } from "./schema";
import type { EntityKind, Vocabulary } from "./types";

/** One problem found by `validateDataset()`. */
export interface ValidationError {
  /** The table ("casualties", "sources"...) or "dataset" when the input itself is unusable. */
  readonly table: string;
  /** 0-based index of the record in its table; `null` when the problem is the table itself. */
  readonly row: number | null;
  /** Dotted path of the field inside the record ("sources", "note.fr", "sources.1"); "" for the record. */
  readonly field: string;
  /** The offending value as found (undefined when missing). */
  readonly value: unknown;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly errors: readonly [] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

const own = (object: object, key: PropertyKey): boolean => Object.hasOwn(object, key);

/** Reads `path` inside `input` through own properties only, so hostile keys are never followed. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !own(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issueErrors(table: string, row: number, input: unknown, issue: z.core.$ZodIssue): ValidationError[] {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      table,
      row,
      field: [...path, key].join("."),
      value: valueAt(input, [...issue.path, key]),
      message: "unknown field",
    }));
  }
  // The only record in the schemas is a localized text: a key that is no language tag
  // ("toJSON", "__proto__") is an unknown field like one on a record, not zod's "Invalid key".
  const message = issue.code === "invalid_key" ? "unknown field (not a BCP 47 language tag)" : issue.message;
  return [{ table, row, field: path.join("."), value: valueAt(input, issue.path), message }];
}

/**
 * Checks a whole dataset: each record against its table's schema, then what spans tables:
 * ids unique per table, every source and claimant id resolves, `iso3` is a real ISO 3166-1
 * alpha-3 code for states and absent otherwise, a refugee count has a clock time or a part of
 * the day but not both. Never throws, whatever the input (non-objects, hostile keys, getters).
 *
 * @example
 * const { ok, errors } = validateDataset({ sources, claimants, casualties, refugees, reactions, events });
 * if (!ok) for (const e of errors) console.error(`${e.table}[${e.row}].${e.field}: ${e.message}`);
 */
export function validateDataset(tables: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  try {
    collectErrors(tables, errors);
  } catch (error) {
    // A throwing getter or proxy: report it rather than crash the caller.
    errors.push({
      table: "dataset",
      row: null,
      field: "",
      value: undefined,
      message: `unreadable: ${error}`,
    });
  }
  return errors.length === 0 ? { ok: true, errors: [] } : { ok: false, errors };
}

function collectErrors(tables: unknown, errors: ValidationError[]): void {
  if (tables === null || typeof tables !== "object" || Array.isArray(tables)) {
    errors.push({
      table: "dataset",
      row: null,
      field: "",
      value: tables,
      message: "must be an object of tables",
    });
    return;
  }
  for (const key of Reflect.ownKeys(tables)) {
    if (typeof key !== "string" || !(TABLE_NAMES as string[]).includes(key)) {
      errors.push({ table: String(key), row: null, field: "", value: undefined, message: "unknown table" });
    }
  }
  // Ids resolve against every row that has an id, valid or not, and a cross-table check runs
  // whenever the fields it reads are well-formed, whatever the rest of the row: an editor sees
  // every mistake at once, and one mistake gives one error, not a cascade.
  const rowsOf = new Map<TableName, readonly unknown[]>();
  for (const table of TABLE_NAMES) {
    const rows = own(tables, table) ? (tables as Record<string, unknown>)[table] : undefined;
    if (!Array.isArray(rows)) {
      errors.push({ table, row: null, field: "", value: rows, message: "must be an array of records" });
      continue;
    }
    checkHoles(table, rows, errors);
    rows.forEach((row: unknown, index) => {
      const result = TABLE_SCHEMAS[table].safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues) errors.push(...issueErrors(table, index, row, issue));
      }
    });
    checkUniqueIds(table, rows, errors);
    rowsOf.set(table, rows);
  }
  const idsOf = (table: TableName) => {
    const rows = rowsOf.get(table);
    return rows && new Set(rows.map((row) => valueAt(row, ["id"])));
  };
  const sourceIds = idsOf("sources");
  const claimantIds = idsOf("claimants");

  for (const table of ["claimants", "casualties", "refugees", "reactions", "events"] as const) {
    const { shape } = TABLE_SCHEMAS[table];
    (rowsOf.get(table) ?? []).forEach((row, index) => {
      const wellFormed = (field: string): boolean =>
        own(shape, field) && shape[field as keyof typeof shape].safeParse(valueAt(row, [field])).success;
      const sources = valueAt(row, ["sources"]);
      if (sourceIds && wellFormed("sources")) {
        (sources as string[]).forEach((id, i) => {
          if (!sourceIds.has(id)) {
            errors.push({
              table,
              row: index,
              field: `sources.${i}`,
              value: id,
              message: "unknown source id",
            });
          }
        });
      }
      const claimant = valueAt(row, ["claimant"]);
      if (claimantIds && claimant !== undefined && wellFormed("claimant") && !claimantIds.has(claimant)) {
        errors.push({
          table,
          row: index,
          field: "claimant",
          value: claimant,
          message: "unknown claimant id",
        });
      }
      if (table === "reactions" && wellFormed("kind") && wellFormed("iso3")) {
        checkIso3(
          index,
          valueAt(row, ["kind"]) as EntityKind,
          valueAt(row, ["iso3"]) as string | undefined,
          errors,
        );
      }
      const timeOfDay = valueAt(row, ["timeOfDay"]);
      if (table === "refugees" && timeOfDay !== undefined && valueAt(row, ["timeLocal"]) !== undefined) {
        errors.push({
          table,
          row: index,
          field: "timeOfDay",
          value: timeOfDay,
          message: "give either a clock time or a part of the day, not both",
        });
      }
    });
  }
}

/** Holes reported one by one before the rest are summed up in one error. */
const MAX_HOLES_REPORTED = 100;

/**
 * A sparse table (`new Array(5)`, `[a, , b]`) has rows that are not there at all, which
 * `forEach` and the schemas would silently skip: each hole is an error of its own, up to a cap so
 * that `new Array(1e6)` gives a readable report. The holes are the gaps between the own index
 * keys, which are listed in ascending order.
 */
function checkHoles(table: string, rows: readonly unknown[], errors: ValidationError[]): void {
  // Canonical index keys only: an extra property "01" or "x" is not a row.
  const present = Object.keys(rows)
    .filter((key) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < rows.length)
    .map(Number);
  const total = rows.length - present.length;
  if (total === 0) return;
  let reported = 0;
  let next = 0;
  for (const end of [...present, rows.length]) {
    for (; next < end && reported < MAX_HOLES_REPORTED; next++, reported++) {
      errors.push({
        table,
        row: next,
        field: "",
        value: undefined,
        message: "missing record (a hole in the array)",
      });
    }
    next = end + 1;
  }
  if (total > reported) {
    errors.push({
      table,
      row: null,
      field: "",
      value: undefined,
      message: `${total - reported} more missing records (holes in the array)`,
    });
  }
}

function checkUniqueIds(table: string, rows: readonly unknown[], errors: ValidationError[]): void {
  const seen = new Map<unknown, number>();
  rows.forEach((row, index) => {
    const id = valueAt(row, ["id"]);
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      errors.push({
        table,
        row: index,
        field: "id",
        value: id,
        message: `duplicate id (first at row ${first})`,
      });
  });
}

function checkIso3(
  index: number,
  kind: EntityKind,
  iso3: string | undefined,
  errors: ValidationError[],
): void {
  if (kind === "state") {
    if (iso3 === undefined) {
      errors.push({
        table: "reactions",
        row: index,
        field: "iso3",
        value: iso3,
        message: "a state needs its ISO 3166-1 alpha-3 code",
      });
    } else if (!countryByIso3(iso3)) {
      errors.push({
        table: "reactions",
        row: index,
        field: "iso3",
        value: iso3,
        message: "unknown ISO 3166-1 alpha-3 code",
      });
    }
  } else if (iso3 !== undefined) {
    errors.push({
      table: "reactions",
      row: index,
      field: "iso3",
      value: iso3,
      message: `must be empty for kind "${kind}"`,
    });
  }
}

// ---------------------------------------------------------------- stories

/** Which vocabulary list each record field's ids come from. */
const VOCABULARY_FIELDS: readonly (readonly [TableName, string, keyof Vocabulary])[] = [
  ["claimants", "party", "parties"],
  ["casualties", "party", "parties"],
  ["casualties", "category", "casualtyCategories"],
  ["casualties", "metric", "casualtyMetrics"],
  ["casualties", "incident", "incidents"],
  ["refugees", "metric", "refugeeMetrics"],
  ["reactions", "category", "reactionCategories"],
];

/** Reader-text fields of each table (each must exist in every locale of the story). */
const TEXT_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  sources: [],
  claimants: ["name"],
  casualties: ["note"],
  refugees: ["note"],
  reactions: ["name", "speaker", "summary"],
  events: ["label", "chartLabel", "note"],
};

/**
 * Checks a whole story: its tables as `validateDataset()` does, its vocabulary, time zone,
 * region and titles, that every id a record uses is in the vocabulary ("casualties", row 3,
 * "party", "sudan": not in vocabulary.parties), that vocabulary ids are unique, and that every
 * reader text exists in every locale the story declares. Never throws.
 *
 * @example
 * const { ok, errors } = validateStory(myStory);
 */
export function validateStory(story: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  try {
    collectStoryErrors(story, errors);
  } catch (error) {
    errors.push({ table: "story", row: null, field: "", value: undefined, message: `unreadable: ${error}` });
  }
  return errors.length === 0 ? { ok: true, errors: [] } : { ok: false, errors };
}

function collectStoryErrors(story: unknown, errors: ValidationError[]): void {
  if (story === null || typeof story !== "object" || Array.isArray(story)) {
    errors.push({ table: "story", row: null, field: "", value: story, message: "must be a story object" });
    return;
  }
  const tables: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(story)) {
    if (typeof key !== "string") continue;
    const value = valueAt(story, [key]);
    if ((TABLE_NAMES as string[]).includes(key)) tables[key] = value;
    else meta[key] = value;
  }
  errors.push(...validateDataset(tables).errors);

  const parsed = storyMetaSchema.safeParse(meta);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(...issueErrors("story", 0, meta, issue).map((e) => ({ ...e, row: null })));
  }
  const vocabulary = valueAt(meta, ["vocabulary"]);
  const locales = valueAt(meta, ["locales"]);
  const kinds = Object.keys(storyMetaSchema.shape.vocabulary.shape) as (keyof Vocabulary)[];

  // Unique ids per list, then record ids that resolve against each list.
  const idsOf = new Map<keyof Vocabulary, Set<unknown>>();
  for (const kind of kinds) {
    const list = valueAt(vocabulary, [kind]);
    if (!Array.isArray(list)) continue;
    checkUniqueIds(`vocabulary.${kind}`, list, errors);
    idsOf.set(kind, new Set(list.map((entry) => valueAt(entry, ["id"]))));
  }
  for (const [table, field, kind] of VOCABULARY_FIELDS) {
    const ids = idsOf.get(kind);
    const rows = valueAt(tables, [table]);
    if (!ids || !Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      const id = valueAt(row, [field]);
      if (typeof id === "string" && !ids.has(id)) {
        errors.push({ table, row: index, field, value: id, message: `not in vocabulary.${kind}` });
      }
    });
  }

  // Every reader text in every locale the story declares.
  if (!Array.isArray(locales) || !locales.every((l) => typeof l === "string")) return;
  const checkText = (table: string, row: number | null, field: string, text: unknown) => {
    if (text === null || typeof text !== "object") return; // absent, or already reported by a schema
    for (const locale of locales as string[]) {
      const value = valueAt(text, [locale]);
      if (typeof value !== "string" || value.trim() === "") {
        errors.push({
          table,
          row,
          field: `${field}.${locale}`,
          value,
          message: "missing text in a locale of the story",
        });
      }
    }
  };
  for (const table of TABLE_NAMES) {
    const rows = valueAt(tables, [table]);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      for (const field of TEXT_FIELDS[table]) checkText(table, index, field, valueAt(row, [field]));
    });
  }
  for (const kind of kinds) {
    const list = valueAt(vocabulary, [kind]);
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      checkText(`vocabulary.${kind}`, index, "label", valueAt(entry, ["label"]));
      checkText(`vocabulary.${kind}`, index, "noun", valueAt(entry, ["noun"]));
      for (const noun of ["nounOne", "nounFew", "nounMany"])
        checkText(`vocabulary.${kind}`, index, noun, valueAt(entry, [noun]));
    });
  }
  checkText("story", null, "timeZone.name", valueAt(meta, ["timeZone", "name"]));
  checkText("story", null, "note", valueAt(meta, ["note"]));
  checkText("story", null, "region.label", valueAt(meta, ["region", "label"]));
  checkText("story", null, "region.point.label", valueAt(meta, ["region", "point", "label"]));
  const labels = valueAt(meta, ["region", "labels"]);
  if (Array.isArray(labels)) {
    labels.forEach((l, i) => {
      checkText("story", null, `region.labels.${i}.label`, valueAt(l, ["label"]));
    });
  }
  for (const chart of ["casualties", "refugees", "reactions"]) {
    checkText("story", null, `charts.${chart}.title`, valueAt(meta, ["charts", chart, "title"]));
    checkText("story", null, `charts.${chart}.subtitle`, valueAt(meta, ["charts", chart, "subtitle"]));
  }
}
