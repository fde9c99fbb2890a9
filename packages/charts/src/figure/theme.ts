/**
 * Themes are CSS custom properties on the figure, so "auto" follows `prefers-color-scheme`
 * without re-rendering and marks refer to colours as `var(--k23-c1)`. Every colour below has
 * a contrast of at least 4.5:1 against its theme's background (checked in
 * tests/charts/figure-theme.test.ts), so the palette serves for text as well as marks.
 * The six hues follow Okabe & Ito's colour-blind-safe palette, darkened for white and lightened
 * for the dark background.
 */
import type { Theme } from "./contract.js";

export interface ThemeColors {
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly grid: string;
  /** Categorical palette: blue, vermillion, bluish green, reddish purple, ochre, grey. */
  readonly palette: readonly [string, string, string, string, string, string];
}

export const THEME_COLORS: Record<Exclude<Theme, "auto">, ThemeColors> = {
  light: {
    background: "#ffffff",
    foreground: "#1a1a1a",
    muted: "#575757",
    grid: "#d9d9d9",
    palette: ["#0072b2", "#c85200", "#00805f", "#a8528a", "#936300", "#666666"],
  },
  dark: {
    background: "#16171b",
    foreground: "#ececec",
    muted: "#b4b4b4",
    grid: "#3d3f45",
    palette: ["#56b4e9", "#f0803c", "#2fc59b", "#de8fc5", "#e6b422", "#a3a3a3"],
  },
};

/** The CSS custom property of palette colour `i` (0-based), for Plot fills and strokes. */
export function paletteVar(i: number): string {
  return `var(--k23-c${(i % 6) + 1})`;
}

export const colorVars = {
  background: "var(--k23-bg)",
  foreground: "var(--k23-fg)",
  muted: "var(--k23-muted)",
  grid: "var(--k23-grid)",
} as const;

function declarations(c: ThemeColors): string {
  return [
    `--k23-bg: ${c.background}`,
    `--k23-fg: ${c.foreground}`,
    `--k23-muted: ${c.muted}`,
    `--k23-grid: ${c.grid}`,
    ...c.palette.map((color, i) => `--k23-c${i + 1}: ${color}`),
    `color-scheme: ${c === THEME_COLORS.dark ? "dark" : "light"}`,
  ].join("; ");
}

/**
 * The one font stack of the figure, for its HTML text and its SVG text alike: Plot's own
 * `system-ui, sans-serif` resolves differently from it in some engines (WebKitGTK draws the
 * labels in another font than the title). Named fonts after `system-ui` give every engine the
 * same choice when it has no system font.
 */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * Side padding (px) of a dark figure: its panel is darker than a light page, and text at its
 * edges would touch the panel's edges. A light figure has none, so that it lines up with the
 * article's text. A figure given a fixed width draws its plot that much narrower (render.ts).
 */
export const DARK_PANEL_PADDING = 16;

/**
 * The figure's type scale, one home for the stylesheet below and for renderers that draw the
 * figure without CSS (`karabakh2023-render`): base size and line height, and the size (em of the
 * base) and line height of each text; `padding` is the figure's top and bottom padding, in px.
 */
export const FIGURE_TYPE = {
  base: 14,
  lineHeight: 1.4,
  title: { em: 1.2, lineHeight: 1.25 },
  legend: { em: 0.9 },
  footer: { em: 0.85 },
  padding: 12,
} as const;

const darkPanel = `padding: ${FIGURE_TYPE.padding}px ${DARK_PANEL_PADDING}px; overflow: hidden`;

/** Container width (px) under which a data table shows each row as a stack of label: value lines. */
export const TABLE_STACK = 520;
/**
 * The same for a wide table (`FigureSpec.table.wide`): the map's nine text columns need about
 * 720 px (measured in Chromium, English and French, 2026-12), so they stack below 800.
 */
export const WIDE_TABLE_STACK = 800;

/** The rules that stack the rows of the tables in `container` when it is at most `width` px wide. */
function stackedTable(container: string, width: number): string {
  const t = container;
  return `@container (max-width: ${width}px) {
  ${t} thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  ${t} table, ${t} caption, ${t} tbody, ${t} tr { display: block; width: 100%; }
  ${t} tr { padding: 4px 0; border-bottom: 1px solid var(--k23-grid); }
  ${t} td, ${t} td.k23-num { display: grid; grid-template-columns: minmax(6em, 38%) 1fr; gap: 8px;
    padding: 1px 0; border: 0; text-align: start; white-space: normal; overflow-wrap: break-word; }
  ${t} td::before { content: attr(data-label); color: var(--k23-muted); }
}`;
}

/**
 * The stylesheet of every figure. Injected once per document (see `ensureStylesheet`), or
 * served as a file by pages with a strict Content-Security-Policy.
 */
export const figureCss = `
.k23-figure { ${declarations(THEME_COLORS.light)}; }
.k23-figure[data-theme="dark"] { ${declarations(THEME_COLORS.dark)}; }
@media (prefers-color-scheme: dark) { .k23-figure[data-theme="auto"] { ${declarations(THEME_COLORS.dark)}; } }
.k23-figure { box-sizing: border-box; margin: 0; padding: ${FIGURE_TYPE.padding}px 0; min-width: 0; max-width: 100%;
  background: var(--k23-bg); color: var(--k23-fg); font: ${FIGURE_TYPE.base}px/${FIGURE_TYPE.lineHeight} ${FONT_STACK}; }
.k23-figure[data-theme="dark"] { ${darkPanel}; }
@media (prefers-color-scheme: dark) { .k23-figure[data-theme="auto"] { ${darkPanel}; } }
.k23-figure svg { font-family: ${FONT_STACK}; }
.k23-figure *, .k23-figure *::before, .k23-figure *::after { box-sizing: inherit; }
.k23-figure figcaption { margin: 0 0 8px; }
.k23-title { margin: 0; font-size: ${FIGURE_TYPE.title.em}em; font-weight: 700; line-height: ${FIGURE_TYPE.title.lineHeight}; overflow-wrap: anywhere; }
.k23-subtitle { margin: 4px 0 0; color: var(--k23-muted); overflow-wrap: anywhere; }
.k23-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 8px; padding: 0; list-style: none; font-size: ${FIGURE_TYPE.legend.em}em; }
.k23-legend li { display: inline-flex; align-items: center; gap: 6px; }
.k23-legend svg { flex: none; }
.k23-plot { position: relative; outline: none; }
.k23-plot:focus-visible { outline: 2px solid var(--k23-fg); outline-offset: 2px; }
.k23-plot svg { display: block; max-width: 100%; height: auto; overflow: visible; --plot-background: var(--k23-bg); }
.k23-message { margin: 24px 0; padding: 16px; border: 1px dashed var(--k23-muted); text-align: center; }
.k23-tooltip { position: absolute; z-index: 1; max-width: min(280px, 90%); padding: 6px 8px; pointer-events: none;
  border: 1px solid var(--k23-muted); border-radius: 3px; background: var(--k23-bg); color: var(--k23-fg);
  font-size: 0.9em; line-height: 1.3; box-shadow: 0 2px 6px rgb(0 0 0 / 0.25); overflow-wrap: anywhere; }
.k23-focus-ring { position: absolute; width: 18px; height: 18px; margin: -9px 0 0 -9px; pointer-events: none;
  border: 2px solid var(--k23-fg); border-radius: 50%; box-shadow: 0 0 0 2px var(--k23-bg); }
.k23-tooltip[hidden], .k23-focus-ring[hidden] { display: none; }
.k23-footer { margin-top: 8px; font-size: ${FIGURE_TYPE.footer.em}em; color: var(--k23-muted); overflow-wrap: anywhere; }
.k23-footer p, .k23-notes { margin: 4px 0; }
.k23-notes { padding-inline-start: 1.2em; }
.k23-footer a { color: var(--k23-fg); }
.k23-footer summary { cursor: pointer; color: var(--k23-fg); margin-top: 4px; }
.k23-source-list ol { margin: 4px 0 8px; padding-inline-start: 1.6em; }
.k23-source-list li { margin: 2px 0; }
.k23-table table { width: 100%; margin-top: 6px; border-collapse: collapse; font-size: 0.95em; color: var(--k23-fg); }
.k23-table table + table { margin-top: 16px; }
.k23-table caption { text-align: start; color: var(--k23-muted); margin-bottom: 4px; }
.k23-table th, .k23-table td { padding: 3px 6px; border-bottom: 1px solid var(--k23-grid); text-align: start;
  vertical-align: top; overflow-wrap: break-word; }
.k23-table td.k23-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.k23-table { container-type: inline-size; }
${stackedTable(".k23-table", TABLE_STACK)}
${stackedTable(".k23-table.k23-table-wide", WIDE_TABLE_STACK)}
.k23-vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

/**
 * Adds the figure stylesheet to `doc` once. Under a strict CSP pass the page's `nonce`; it is
 * also set on the `<style>` Plot puts inside each SVG.
 */
export function ensureStylesheet(doc: Document, nonce: string | undefined): void {
  const parent = doc.head ?? doc.documentElement;
  if (!parent || parent.querySelector("style[data-k23-charts]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-k23-charts", "");
  if (nonce) style.setAttribute("nonce", nonce);
  style.textContent = figureCss;
  parent.appendChild(style);
}
