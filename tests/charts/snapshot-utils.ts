/**
 * Deterministic markup snapshots of chart figures, shared by every chart's tests, made the way
 * Observable Plot's own suite does it: a fixed TZ (vitest.config.ts sets TZ=UTC), generated ids
 * and class names normalized, numbers rounded to 2 decimals, attributes sorted, pretty-printed,
 * compared with `toMatchFileSnapshot`; on a mismatch `<name>-changed.html` is written next to the
 * snapshot so the two can be diffed or opened in a browser.
 *
 * Usage:
 *   const document = newDocument();
 *   const figure = refugeeCurve(data, { ...options, document });
 *   await matchSnapshot(figure, "refugee-curve/default-en-light");
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
      (c) => c.nodeType === 1 || (c.textContent ?? "").trim() !== "",
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

/**
 * Compares the pretty-printed `element` with `__snapshots__/<name>.html`. Writes
 * `<name>-changed.html` when they differ (and removes a stale one when they match).
 * Run vitest with `-u` to accept a change.
 */
export async function matchSnapshot(element: Node, name: string): Promise<void> {
  const actual = prettyMarkup(element);
  const file = join(SNAPSHOT_DIR, `${name}.html`);
  const changed = join(SNAPSHOT_DIR, `${name}-changed.html`);
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
