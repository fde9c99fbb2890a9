/**
 * Renders a table of the dataset as a readable HTML table: DOM APIs only, text as text, links
 * only to https: URLs. Every row shows its sources (publisher and date, linked) and, where the
 * table has one, its certainty.
 */
import { type Locale, type SourceId, sourceFor } from "@karabakh2023/data";
import "./table.css";

export type Cell = string | number | Node | null | undefined;

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => Cell;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
  /** Kept on one line (dates, times, codes). */
  readonly nowrap?: boolean;
  /** Running text (notes, summaries, titles): given a readable measure. */
  readonly wide?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: string;
  readonly description: string;
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
}

/** A captioned table in a focusable, labelled scroll box, so a 320 px page never scrolls sideways. */
export function renderTable<Row>(spec: TableSpec<Row>): HTMLElement {
  const section = document.createElement("section");
  section.className = "k23-data";
  const heading = document.createElement("h2");
  heading.textContent = spec.caption;
  const intro = document.createElement("p");
  intro.textContent = spec.description;
  const scroller = document.createElement("div");
  scroller.className = "k23-data__scroll";
  scroller.tabIndex = 0;
  scroller.setAttribute("role", "region");
  scroller.setAttribute("aria-label", spec.caption);

  const table = document.createElement("table");
  const caption = table.createCaption();
  caption.textContent = `${spec.caption} (${spec.rows.length})`;
  const headRow = table.createTHead().insertRow();
  for (const column of spec.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.header;
    th.className = cellClass(column);
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of spec.rows) {
    const tr = body.insertRow();
    for (const column of spec.columns) {
      const td = tr.insertCell();
      td.className = cellClass(column);
      const value = column.cell(row);
      if (value instanceof Node) td.append(value);
      else td.textContent = value === null || value === undefined ? "" : String(value);
    }
  }
  scroller.append(table);
  section.append(heading, intro, scroller);
  return section;
}

function cellClass(column: { numeric?: boolean; nowrap?: boolean; wide?: boolean }): string {
  const classes = { numeric: "k23-data__num", nowrap: "k23-data__nowrap", wide: "k23-data__wide" } as const;
  return (Object.keys(classes) as (keyof typeof classes)[])
    .filter((k) => column[k])
    .map((k) => classes[k])
    .join(" ");
}

/** Only https: links reach an href; anything else is shown as text. */
export function httpsOnly(url: string): string | undefined {
  try {
    return new URL(url).protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The sources of a record: one linked line per source, publisher and publication date. */
export function sourceList(ids: readonly SourceId[]): HTMLElement {
  const list = document.createElement("ul");
  list.className = "k23-data__sources";
  for (const id of ids) {
    const item = document.createElement("li");
    const source = sourceFor(id);
    if (source === undefined) {
      item.textContent = `${id} (unresolved)`;
    } else {
      const href = httpsOnly(source.url);
      const link = document.createElement(href ? "a" : "span");
      if (link instanceof HTMLAnchorElement && href) {
        link.href = href;
        link.rel = "noopener noreferrer";
        link.title = source.title;
      }
      link.textContent = source.published ? `${source.publisher}, ${source.published}` : source.publisher;
      item.append(link);
    }
    list.append(item);
  }
  return list;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB");
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
