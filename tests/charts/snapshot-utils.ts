/**
 * Deterministic markup snapshots of chart figures, made the way Observable Plot's own suite does
 * it: one readable `.html` file per case under `__snapshots__/<chart folder>/`, so the folder
 * doubles as a gallery (each file links `__snapshots__/figure.css`, the figures' stylesheet).
 * A fixed TZ (vitest.config.ts sets TZ=UTC), generated ids and class names normalized, numbers
 * rounded to 2 decimals, attributes sorted, pretty-printed, compared with `toMatchFileSnapshot`;
 * on a mismatch `<name>-changed.html` is written next to the snapshot so the two can be diffed
 * or opened in a browser.
 *
 * Bulky parts that repeat from case to case (the 177 country paths of the map, the rows of the
 * data table, the list of sources, the CSV download) are written in full only in a chart's
 * dedicated case (`full: true`, its default example); the other cases keep their first rows and
 * a short hash of the rest, so any change still fails the snapshot while the files stay small
 * (their map draws no land when opened: its geometry is in the default case).
 *
 * Usage (tests/charts/snapshots.test.ts):
 *   const figure = refugeeCurve(data, { ...options, document: newDocument() });
 *   await matchSnapshot(figure, "refugee-curve/default", { full: true });
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__");

/** A fresh linkedom document with a head (charts inject their stylesheet there). */
export function newDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** Rounds every number with more than two decimals (coordinates, path data). */
export function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/**
 * Maps generated names to stable placeholders in order of first appearance: chart id prefixes
 * (`k23-casualty-comparison-3` → `k23-casualty-comparison-ID1`) and Plot's hashed class
 * (`plot-d6a7b5` → `plot-CLASS`).
 */
function nameNormalizer(): (text: string) => string {
  const ids = new Map<string, string>();
  return (text) =>
    text
      .replace(/\bk23-([a-z]+(?:-[a-z]+)*)-(\d+)\b/g, (m, chart: string) => {
        if (!ids.has(m)) ids.set(m, `k23-${chart}-ID${ids.size + 1}`);
        return ids.get(m) as string;
      })
      .replace(/\bplot-[0-9a-f]{6}\b/g, "plot-CLASS");
}

/** Pretty-prints a node tree, one element per line, attributes sorted. */
export function prettyMarkup(root: Node): string {
  const normalize = nameNormalizer();
  const lines: string[] = [];
  const visit = (node: Node, depth: number) => {
    const pad = "  ".repeat(depth);
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text.trim()) lines.push(pad + normalize(escapeText(text)));
      return;
    }
    if (node.nodeType === 8) {
      lines.push(`${pad}<!--${node.textContent ?? ""}-->`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase() === el.tagName ? el.tagName : el.tagName.toLowerCase();
    const attrs = [...el.attributes]
      .map((a) => ({ name: a.name, value: a.value }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ name, value }) => {
        const v = name === "href" && value.startsWith("data:") ? value : roundNumbers(value);
        return value === "" && name !== "d" ? ` ${name}` : ` ${name}="${escapeAttr(normalize(v))}"`;
      })
      .join("");
    const children = [...el.childNodes].filter(
      (c) => c.nodeType === 1 || c.nodeType === 8 || (c.textContent ?? "").trim() !== "",
    );
    if (children.length === 0) {
      lines.push(`${pad}<${tag}${attrs}>${VOID.has(tag) ? "" : `</${tag}>`}`);
    } else if (children.length === 1 && children[0]?.nodeType === 3) {
      lines.push(`${pad}<${tag}${attrs}>${normalize(escapeText(children[0].textContent ?? ""))}</${tag}>`);
    } else {
      lines.push(`${pad}<${tag}${attrs}>`);
      for (const c of children) visit(c, depth + 1);
      lines.push(`${pad}</${tag}>`);
    }
  };
  visit(root, 0);
  return `${lines.join("\n")}\n`;
}

/** FNV-1a, enough to tell strings apart in a snapshot. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Rows kept of an abbreviated list: enough to read its format (dates, numbers, locale). */
const KEPT_ROWS = 3;

/**
 * A copy of `figure` with its repeating bulk abbreviated: map geometry by runs of one look (see
 * `abbreviateRuns`), the CSV link's data → `data:#hash`, and the rows of data tables and source
 * lists after the first three → one comment `<!-- N more: #hash -->` (the hash covers the
 * markup of the rows cut).
 */
export function abbreviate(figure: Element): Element {
  const copy = figure.cloneNode(true) as Element;
  const doc = copy.ownerDocument;
  for (const group of copy.querySelectorAll(".k23-reactions-world g, .k23-reactions-inset g")) {
    abbreviateRuns(group);
  }
  for (const a of copy.querySelectorAll("a[download]"))
    a.setAttribute("href", `data:#${hash(a.getAttribute("href") ?? "")}`);
  for (const list of copy.querySelectorAll(".k23-table tbody, .k23-source-list ol")) {
    const rows = [...list.children].slice(KEPT_ROWS);
    if (rows.length === 0) continue;
    const cut = rows.map((r) => prettyMarkup(r)).join("");
    for (const r of rows) r.remove();
    list.appendChild(doc.createComment(` ${rows.length} more: #${hash(cut)} `));
  }
  return copy;
}

/** The attributes of a path but its geometry: what a reader sees of a country. */
const look = (el: Element) =>
  [...el.attributes]
    .filter((a) => a.name !== "d")
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(" ");

/**
 * Map geometry, abbreviated: each run of sibling paths drawn alike (same fill, stroke...) keeps
 * its first path, its `d` replaced by a hash of the whole run's geometry, followed by a comment
 * saying how many more paths the run has. A country changing fill splits a run: the diff shows it.
 */
function abbreviateRuns(group: Element): void {
  const paths = [...group.children].filter((c) => c.tagName.toLowerCase() === "path");
  let i = 0;
  while (i < paths.length) {
    const first = paths[i] as Element;
    let j = i + 1;
    while (j < paths.length && look(paths[j] as Element) === look(first)) j++;
    const run = paths.slice(i, j);
    first.setAttribute("d", `#${hash(run.map((p) => p.getAttribute("d") ?? "").join("|"))}`);
    for (const p of run.slice(1)) p.remove();
    if (run.length > 1)
      group.insertBefore(
        group.ownerDocument.createComment(` and ${run.length - 1} more like it `),
        first.nextSibling,
      );
    i = j;
  }
}

/** The head of every snapshot file, so that it opens in a browser as the reader sees it. */
const GALLERY_HEAD = `<!doctype html>
<meta charset="utf-8">
<link rel="stylesheet" href="../figure.css">
`;

export interface SnapshotOptions {
  /** Write every path, row and source (a chart's dedicated case); otherwise abbreviate. */
  readonly full?: boolean;
}

/**
 * Compares the pretty-printed `element` with `__snapshots__/<name>.html`. Writes
 * `<name>-changed.html` when they differ (and removes a stale one when they match).
 * Run vitest with `-u` to accept a change.
 */
export async function matchSnapshot(
  element: Element,
  name: string,
  { full = false }: SnapshotOptions = {},
): Promise<void> {
  const actual = GALLERY_HEAD + prettyMarkup(full ? element : abbreviate(element));
  await matchText(actual, `${name}.html`);
}

/** Compares `actual` with `__snapshots__/<file>`, writing `-changed` next to it on a mismatch. */
export async function matchText(actual: string, fileName: string): Promise<void> {
  const file = join(SNAPSHOT_DIR, fileName);
  const changed = file.replace(/(\.[a-z]+)$/, "-changed$1");
  mkdirSync(dirname(file), { recursive: true });
  // Under `vitest -u` the snapshot is being rewritten: no "-changed" file then.
  const updating = expect.getState().snapshotState?.snapshotUpdateState === "all";
  if (!updating && existsSync(file) && readFileSync(file, "utf8") !== actual) writeFileSync(changed, actual);
  else if (existsSync(changed)) rmSync(changed);
  await expect(actual).toMatchFileSnapshot(file);
}

/** Every attribute name and element name in a tree, for security assertions. */
export function allElements(root: Element): Element[] {
  return [root, ...root.querySelectorAll("*")];
}
