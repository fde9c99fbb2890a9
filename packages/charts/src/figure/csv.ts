/**
 * The CSV behind "Get the data": RFC 4180 quoting, and text cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
 */
export type Cell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows]
    .map((row) => row.map(csvCell).join(","))
    .join("\r\n")
    .concat("\r\n");
}

/** A `data:` URL of the CSV (works in every browser and in static HTML). */
export function csvDataUrl(csv: string): string {
  // encodeURIComponent throws on a lone surrogate (a half emoji pasted into a label): replace
  // those with U+FFFD so one broken character cannot stop the whole chart from drawing.
  const wellFormed = csv.replace(
    /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\uD800-\uDFFF]/g,
    (_, pair) => pair ?? "\uFFFD",
  );
  return `${CSV_LINK}${encodeURIComponent(wellFormed)}`;
}

/** How every figure's CSV download link begins: the only non-https URL a figure carries. */
export const CSV_LINK = "data:text/csv;charset=utf-8,";
