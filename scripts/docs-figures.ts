/**
 * Figures quoted in the documentation, generated from the data and the charts so that prose
 * never drifts from what a reader sees. In a Markdown file a figure sits between markers:
 *
 *   the share reached ("<!-- figure:refugee-curve/population-share -->83.9% counted<!-- /figure -->")
 *   (<!-- figure:refugees/arrived-100417-0930 -->100,417<!-- /figure --> vs …)
 *
 * `refugees/<id>`, `casualties/<id>`: the value of that row of the shipped dataset (a removed row
 * is an error naming it); `refugee-curve/…`: a text the default chart draws, read from its SVG.
 *
 *   pnpm docs:figures           # rewrite the figures in the files below
 *   pnpm docs:figures --check   # exit 1 naming each stale figure (tests/docs/figures.test.ts too)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { casualties, refugees } from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { reactionsMap } from "../packages/charts/src/reactions-map/index.js";
import { refugeeCurve } from "../packages/charts/src/refugee-curve/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The documents that quote figures. */
export const DOCUMENTS = ["README.md", "packages/charts/README.md", "data/README.md", "CONTRIBUTING.md"];

const MARKER = /<!-- figure:([a-z0-9/-]+) -->([\s\S]*?)<!-- \/figure -->/g;

const number = new Intl.NumberFormat("en-GB");

const newDocument = () =>
  parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;

/** A text of the default refugee curve (English, 640 px) matching `pattern`. */
function curveText(pattern: RegExp): string {
  const figure = refugeeCurve(undefined, { width: 640, locale: "en", document: newDocument() });
  const text = [...figure.querySelectorAll("svg text")]
    .map((t) => t.textContent ?? "")
    .find((t) => pattern.test(t));
  if (text === undefined)
    throw new Error(`docs-figures: the default refugee curve draws no text matching ${pattern}`);
  return text;
}

const CHART_FIGURES: Record<string, () => string> = {
  "refugee-curve/population-line": () => curveText(/^Population before: /),
  "refugee-curve/population-share": () => curveText(/% counted$/),
  // The default map's summary, as far as its first two categories.
  "reactions-map/summary": () => {
    const figure = reactionsMap(undefined, { width: 640, locale: "en", document: newDocument() });
    const summary = figure.querySelector("[id$='-summary']")?.textContent ?? "";
    return `${summary.split("; ").slice(0, 2).join("; ")}; …`;
  },
};

const TABLES: Record<string, readonly { id: string; value: number }[]> = { refugees, casualties };

/** The current value of the figure named `key`. */
export function figure(key: string): string {
  const chart = CHART_FIGURES[key];
  if (chart) return chart();
  const [table, id] = key.split("/");
  const rows = table === undefined ? undefined : TABLES[table];
  if (!rows) throw new Error(`docs-figures: unknown figure "${key}"`);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`docs-figures: figure "${key}": no row "${id}" in data/${table}.csv`);
  return number.format(row.value);
}

/** One quoted figure of a document, as written and as the data says it now. */
export interface QuotedFigure {
  readonly file: string;
  readonly key: string;
  readonly written: string;
  readonly current: string;
}

/** Every marked figure of `DOCUMENTS`. */
export function quotedFigures(): QuotedFigure[] {
  const cache = new Map<string, string>();
  const current = (key: string) => cache.get(key) ?? cache.set(key, figure(key)).get(key) ?? "";
  return DOCUMENTS.flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(MARKER)].map((m) => ({
      file,
      key: m[1] as string,
      written: m[2] as string,
      current: current(m[1] as string),
    })),
  );
}

/** `text` with every marked figure set to its current value. */
export function withFigures(text: string): string {
  return text.replace(MARKER, (_, key: string) => `<!-- figure:${key} -->${figure(key)}<!-- /figure -->`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--check")) {
    const stale = quotedFigures().filter((f) => f.written !== f.current);
    for (const f of stale)
      console.error(`${f.file}: ${f.key} is "${f.written}", the data says "${f.current}"`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const file of DOCUMENTS) {
    const path = join(ROOT, file);
    writeFileSync(path, withFigures(readFileSync(path, "utf8")));
  }
}
