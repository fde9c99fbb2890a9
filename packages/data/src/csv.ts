/**
 * One reading of the editorial CSV format (data/README.md): a row of `casualties.csv` (or any
 * table) into the record the types describe. Used by the build, for the files in data/, and by
 * the charts' element, for a desk's own CSV (`<karabakh-chart src="counts.csv">`), so both read a
 * file the same way. It converts; it does not validate (the build runs `validateStory()`, a
 * chart checks each record and leaves out the ones it cannot draw, naming them).
 * No zod here, so charts can use it without bundling the validator. No d3-dsv either: its
 * csvParse compiles each header into code with the Function constructor, which a page's Content Security
 * Policy without 'unsafe-eval' refuses (the element would fail on every CSV there).
 */

/** Columns holding a list of ids separated by ";" (`sources`). */
const LIST_COLUMNS = new Set(["sources"]);
/** Columns holding a whole number (`value`, `seed_ref`). */
const INTEGER_COLUMNS = new Set(["value", "seed_ref"]);
/**
 * Reader texts: `<base>_<locale>` columns become `{ [locale]: text }` (`note_fr`, `label_hy`,
 * `chart_label_en`). Only these bases: `as_of` must not read as the text "as" in locale "of".
 */
const TEXT_BASES = ["name", "label", "chart_label", "note", "speaker", "summary"];
const TEXT_COLUMN = new RegExp(`^(${TEXT_BASES.join("|")})_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$`);
const NUMBER = /^-?\d+(?:\.\d+)?$/;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Defines an own property, so a column named "__proto__" is data, never the prototype. */
function put(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The record of one CSV row: empty cells are absent, `x_en`/`x_fr` texts are grouped into
 * `x: { en, fr }`, `sources` is split on ";", integers are numbers ("1,234" stays text so that
 * validation names it), other columns are strings under their camelCase name.
 *
 * @example
 * recordFromRow({ id: "a", value: "28120", note_en: "At 20:00", sources: "x;y" });
 * // { id: "a", value: 28120, note: { en: "At 20:00" }, sources: ["x", "y"] }
 */
export function recordFromRow(row: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const cell = (raw ?? "").trim();
    if (cell === "") continue;
    const text = TEXT_COLUMN.exec(column);
    if (text) {
      const key = camel(text[1] ?? "");
      const texts = (Object.hasOwn(record, key) ? record[key] : {}) as Record<string, string>;
      put(texts, text[2] ?? "", cell);
      put(record, key, texts);
    } else if (LIST_COLUMNS.has(column)) {
      put(
        record,
        camel(column),
        cell.split(";").map((id) => id.trim()),
      );
    } else if (INTEGER_COLUMNS.has(column)) {
      put(record, camel(column), NUMBER.test(cell) ? Number(cell) : cell);
    } else {
      put(record, camel(column), cell);
    }
  }
  return record;
}

/**
 * The records of a CSV file in the editorial format (header row, RFC 4180 quoting).
 *
 * @example
 * recordsFromCsv("id,date,value,metric\na,2022-03-25,1200,crossed-border\n");
 */
export function recordsFromCsv(text: string): Record<string, unknown>[] {
  const [header = [], ...rows] = csvRows(text.replace(/^\uFEFF/, ""));
  // fromEntries defines own properties: a column named "__proto__" stays a column.
  return rows.map((cells) =>
    recordFromRow(Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ""]))),
  );
}

/**
 * The cells of each row (RFC 4180, read as d3-dsv's csvParseRows reads a well-formed file):
 * "," separates cells, a cell that starts with '"' runs to the next lone '"' ('""' inside is one
 * '"', commas and line breaks are text), LF or CRLF ends a row, a final line break adds no row.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let open = false; // the last row has begun (a lone '""' is a row of one empty cell)
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    i += 1;
    open = true;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text.charAt(i) === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text.charAt(i) === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      open = false;
    } else cell += c;
  }
  if (open) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
