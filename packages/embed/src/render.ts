/**
 * Static rendering: any chart to a standalone SVG and to PNG, for print, social cards and apps
 * without JavaScript. The chart is drawn by the chart function itself (in a linkedom document),
 * exactly as in a browser at that width; this module only turns the HTML figure around the plot
 * (title, subtitle, legend, notes, source line) into SVG text, laid out with the same sizes as
 * the figure's stylesheet, and measured with the fonts that will draw it.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHART_IDS, CHARTS, type ChartId, FIGURE_TYPE, isChartId, resolveLocale } from "@karabakh2023/charts";
// Every built-in locale, for --locale and the iframe pages' static images.
import "@karabakh2023/charts/locales/en-US";
import "@karabakh2023/charts/locales/hy";
import "@karabakh2023/charts/locales/ru";
import { type Story, validateStory } from "@karabakh2023/data";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";

export const STATIC_THEMES = ["light", "dark"] as const;
export type StaticTheme = (typeof STATIC_THEMES)[number];

export interface RenderOptions {
  chart: ChartId;
  /** Image width in CSS px, margins included. Default 640. */
  width?: number;
  /** Default "light" (a file has no `prefers-color-scheme`). */
  theme?: StaticTheme;
  /**
   * Any BCP 47 tag with a message table: the built-in "en", "en-US", "fr", "hy", "ru", or one
   * registered with the charts' `registerLocale()`. Default "en".
   */
  locale?: string;
  /** Space around the figure, in px, filled with the theme's background. Default 16. */
  margin?: number;
  /**
   * The story to draw (see `Story` in @karabakh2023/data), e.g. parsed from a desk's JSON file.
   * It is validated as untrusted input with `validateStory()`: any error throws a RangeError
   * naming the table, row, field and value. Default: the built-in story.
   */
  data?: unknown;
}

/** Font stack of the standalone SVG: families Debian ships (fonts-dejavu-core, fonts-noto-core). */
export const FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', sans-serif";
const SVG_NS = "http://www.w3.org/2000/svg";

/** The figure stylesheet's type scale (`FIGURE_TYPE`, which `figureCss` is written from). */
const { base, lineHeight } = FIGURE_TYPE;
const STYLE = {
  title: {
    size: base * FIGURE_TYPE.title.em,
    lineHeight: FIGURE_TYPE.title.lineHeight,
    bold: true,
    color: "fg",
  },
  subtitle: { size: base, lineHeight, bold: false, color: "muted" },
  legend: { size: base * FIGURE_TYPE.legend.em, lineHeight, bold: false, color: "fg" },
  message: { size: base, lineHeight, bold: false, color: "fg" },
  footer: { size: base * FIGURE_TYPE.footer.em, lineHeight, bold: false, color: "muted" },
} as const;
type TextStyle = (typeof STYLE)[keyof typeof STYLE];

/** How many validation errors a rejected story's message lists before "and N more". */
const ERRORS_SHOWN = 5;

/**
 * Checks `data` as untrusted input with `validateStory()`; throws a RangeError naming the table,
 * row, field and value of the first errors.
 */
export function checkData(data: unknown): Story {
  const { errors } = validateStory(data);
  if (errors.length > 0) {
    const listed = errors
      .slice(0, ERRORS_SHOWN)
      .map(
        (e) =>
          `${e.table}${e.row === null ? "" : `[${e.row}]`}${e.field ? `.${e.field}` : ""} = ${JSON.stringify(e.value) ?? "undefined"}: ${e.message}`,
      );
    const more = errors.length > ERRORS_SHOWN ? `; and ${errors.length - ERRORS_SHOWN} more` : "";
    throw new RangeError(`invalid data: ${listed.join("; ")}${more}`);
  }
  return data as Story;
}

/** Throws a RangeError unless `chart` is a registered chart id. */
export function checkChart(chart: unknown): asserts chart is ChartId {
  if (!isChartId(chart)) {
    throw new RangeError(`invalid chart: ${JSON.stringify(chart)} (expected one of ${CHART_IDS.join(", ")})`);
  }
}

/** Throws a RangeError unless `width` is an integer from 200 to 4000. */
export function checkWidth(width: unknown): asserts width is number {
  if (!Number.isInteger(width) || (width as number) < 200 || (width as number) > 4000) {
    throw new RangeError(`invalid width: ${JSON.stringify(width)} (expected an integer from 200 to 4000)`);
  }
}

/**
 * Throws unless `locale` is a BCP 47 tag with a message table (built in or registered): resolveLocale
 * says "invalid locale: … (register one with registerLocale…)".
 */
export function checkLocale(locale: unknown): asserts locale is string {
  if (typeof locale !== "string")
    throw new TypeError(`invalid locale: expected a string, got ${typeof locale}`);
  resolveLocale(locale);
}

function validate(options: RenderOptions): Required<Omit<RenderOptions, "data">> & { data?: Story } {
  const { chart, width = 640, theme = "light", locale = "en", margin = 16, data } = options;
  if (data !== undefined) checkData(data);
  checkChart(chart);
  checkWidth(width);
  if (!(STATIC_THEMES as readonly string[]).includes(theme)) {
    throw new RangeError(
      `invalid theme: ${JSON.stringify(theme)} (expected one of ${STATIC_THEMES.join(", ")})`,
    );
  }
  checkLocale(locale);
  if (!Number.isInteger(margin) || margin < 0 || margin > 200) {
    throw new RangeError(`invalid margin: ${JSON.stringify(margin)} (expected an integer from 0 to 200)`);
  }
  return { chart, width, theme, locale, margin, ...(data === undefined ? {} : { data: data as Story }) };
}

// ---------------------------------------------------------------- fonts and measurement

function fontFile(pattern: string, fallback: string): string | undefined {
  try {
    const file = execFileSync("fc-match", ["-f", "%{file}", pattern], { encoding: "utf8" }).trim();
    if (file && existsSync(file)) return file;
  } catch {
    // No fontconfig: try Debian's path.
  }
  return existsSync(fallback) ? fallback : undefined;
}

let measureFonts: string[] | undefined;
function fontsForMeasuring(): string[] {
  measureFonts ??= [
    fontFile("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    fontFile("DejaVu Sans:bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
  ].filter((f): f is string => f !== undefined);
  if (measureFonts.length === 0) {
    throw new Error("no DejaVu Sans font found: install it (Debian: apt-get install fonts-dejavu-core)");
  }
  return measureFonts;
}

const widths = new Map<string, number>();
/** Advance of `text` in px, measured by resvg with the font that draws it. */
function measure(text: string, size: number, bold: boolean): number {
  const key = `${size}|${bold}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // Two copies with an "x" after: the ink box of "x" ends at the same place in both,
    // so the difference is the advance of `text`, trailing space included.
    const probe = (s: string) =>
      new Resvg(
        `<svg xmlns="${SVG_NS}" width="8000" height="${Math.ceil(size * 2)}"><text x="0" y="${size * 1.5}" font-family="DejaVu Sans" font-size="${size}" font-weight="${bold ? 700 : 400}">${escapeXml(s)}</text></svg>`,
        {
          font: { fontFiles: fontsForMeasuring(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
        },
      ).innerBBox();
    const withText = probe(`${text}x`);
    const alone = probe("x");
    width = withText && alone ? withText.x + withText.width - (alone.x + alone.width) : 0;
    widths.set(key, width);
  }
  return width;
}

/** Greedy word wrap at `maxWidth`; a word wider than a line gets a line of its own. */
function wrap(text: string, maxWidth: number, style: TextStyle): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // A lone space would be collapsed by SVG whitespace rules: measure it between two letters.
  const space = measure("x x", style.size, style.bold) - measure("xx", style.size, style.bold);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of words) {
    const w = measure(word, style.size, style.bold);
    if (line && lineWidth + space + w > maxWidth) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      line = line ? `${line} ${word}` : word;
      lineWidth = line === word ? w : lineWidth + space + w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---------------------------------------------------------------- composition

/** Custom property name (without "--") → value, as the figure's stylesheets set them for a theme. */
type Colors = Record<string, string>;

/**
 * Reads the custom properties the figure's stylesheets (the shared one and any a chart adds)
 * declare on `.k23-figure` for `theme`: the same cascade the browser applies to a figure with
 * `data-theme="light|dark"`. No chart is named here; a chart's own colours come with it.
 */
function themeProperties(cssTexts: readonly string[], theme: StaticTheme): Colors {
  const base: Colors = {};
  const themed: Colors = {};
  const selectors = new Map([
    [".k23-figure", base],
    [`.k23-figure[data-theme="${theme}"]`, themed],
  ]);
  for (const css of cssTexts) {
    // Top-level rules only: the @media block (theme "auto") does not apply to a file.
    const topLevel = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, "");
    for (const [, selector, body] of topLevel.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const target = selectors.get((selector ?? "").trim());
      if (!target) continue;
      for (const [, name, value] of (body ?? "").matchAll(/--([\w-]+)\s*:\s*([^;]+)/g)) {
        if (name && value) target[name] = value.trim();
      }
    }
  }
  const colors = { ...base, ...themed };
  // Plot's halo and background colour: the figure sets it to its own background.
  colors["plot-background"] ??= "var(--k23-bg)";
  return colors;
}

/**
 * Replaces `var(--name[, fallback])` and `currentColor` by their values: SVG renderers without
 * CSS (resvg, print tools) need values. Unknown properties take their fallback.
 */
function resolveColors(svg: string, colors: Colors): string {
  const foreground = colors["k23-fg"] ?? "#000";
  let out = svg;
  // Values may themselves use var(): resolve innermost first, a few levels deep.
  for (let i = 0; i < 4 && out.includes("var(--"); i++) {
    out = out.replace(
      /var\(--([\w-]+)\s*(?:,\s*([^()]+?))?\s*\)/g,
      (match, name: string, fallback?: string) => {
        return colors[name] ?? fallback ?? match;
      },
    );
  }
  return out.replace(/currentColor/g, foreground);
}

function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  style: TextStyle,
  colors: Record<TextStyle["color"], string>,
): string {
  const leading = style.size * style.lineHeight;
  // Baseline of a line: half-leading plus the font's ascent (≈0.8em for DejaVu Sans at these sizes).
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${round(y + i * leading + (leading - style.size) / 2 + style.size * 0.8)}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text font-size="${round(style.size)}"${style.bold ? ' font-weight="700"' : ""} fill="${colors[style.color]}">${tspans}</text>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Serializes an SVG element with the namespace a standalone file needs. */
function serialize(svg: Element): string {
  svg.setAttribute("xmlns", SVG_NS);
  for (const style of svg.querySelectorAll("style")) style.remove();
  return svg.toString();
}

/**
 * Draws `chart` with the chart function and returns a standalone SVG document (with `xmlns`,
 * colours resolved, no CSS needed, Debian fonts named).
 *
 * @example
 * const svg = renderSvg({ chart: "refugees", width: 640, theme: "dark", locale: "fr" });
 */
export function renderSvg(options: RenderOptions): string {
  const { chart, width, theme, locale, margin, data } = validate(options);
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const inner = width - 2 * margin;
  const figure = CHARTS[chart].draw(data, { document, locale, theme, width: inner, dataLink: false });
  const colors = themeProperties(
    // The document's (the shared figure stylesheet) and the figure's own (a chart's colours).
    [...document.querySelectorAll("style"), ...figure.querySelectorAll("style")].map(
      (style) => style.textContent ?? "",
    ),
    theme,
  );
  // Resolved once, for the text this module writes itself.
  for (const name of Object.keys(colors)) colors[name] = resolveColors(`var(--${name})`, colors);
  const palette = {
    fg: colors["k23-fg"] ?? "#000",
    muted: colors["k23-muted"] ?? "#555",
    bg: colors["k23-bg"] ?? "#fff",
  };
  const parts: string[] = [];
  let y = margin + FIGURE_TYPE.padding; // the figure's top padding

  const addText = (text: string, style: TextStyle, gapBefore: number, indent = 0, bullet = false) => {
    if (!text) return;
    y += gapBefore;
    const lines = wrap(text, inner - indent, style);
    if (bullet) parts.push(textBlock(["•"], margin + indent - style.size * 0.8, y, style, palette));
    parts.push(textBlock(lines, margin + indent, y, style, palette));
    y += lines.length * style.size * style.lineHeight;
  };

  addText(textOf(figure.querySelector(".k23-title")), STYLE.title, 0);
  addText(textOf(figure.querySelector(".k23-subtitle")), STYLE.subtitle, 4);
  y += 8;

  const legend = [...figure.querySelectorAll(".k23-legend li")];
  if (legend.length > 0) {
    const style = STYLE.legend;
    const rowHeight = style.size * style.lineHeight;
    const swatchWidth = 18 + 6;
    let x = 0;
    let rowLines = 1; // the tallest item of the current row, in lines
    for (const item of legend) {
      const label = textOf(item.querySelector("span"));
      // A label wider than the column (Russian and Armenian at 320 px) wraps beside its swatch,
      // as the browser's flex legend does, instead of running off the image.
      const lines = wrap(label, inner - swatchWidth, style);
      const itemWidth = swatchWidth + Math.max(...lines.map((l) => measure(l, style.size, false)));
      if (x > 0 && x + itemWidth > inner) {
        x = 0;
        y += rowLines * rowHeight + 4;
        rowLines = 1;
      }
      const swatch = item.querySelector("svg");
      if (swatch) {
        swatch.setAttribute("x", String(round(margin + x)));
        swatch.setAttribute("y", String(round(y + (rowHeight - 12) / 2)));
        parts.push(serialize(swatch));
      }
      parts.push(textBlock(lines, margin + x + swatchWidth, y, style, palette));
      rowLines = Math.max(rowLines, lines.length);
      x += itemWidth + 16;
    }
    y += rowLines * rowHeight + 8;
  }

  const plot = figure.querySelector(".k23-plot");
  const plotSvgs = plot
    ? [...plot.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg"))
    : [];
  for (const svg of plotSvgs) {
    const w = Number(svg.getAttribute("width")) || inner;
    const h = Number(svg.getAttribute("height")) || 0;
    svg.setAttribute("x", String(margin));
    svg.setAttribute("y", String(round(y)));
    svg.removeAttribute("font-family");
    svg.removeAttribute("style");
    // As `.k23-plot svg { overflow: visible }` in the figure stylesheet.
    svg.setAttribute("overflow", "visible");
    parts.push(serialize(svg));
    y += (h * inner) / w;
  }
  addText(textOf(figure.querySelector(".k23-message")), STYLE.message, 24);

  const footer = figure.querySelector(".k23-footer");
  if (footer) {
    y += 8;
    for (const child of footer.children) {
      if (child.matches(".k23-note")) addText(textOf(child), STYLE.footer, 4);
      else if (child.matches(".k23-notes")) {
        for (const li of child.querySelectorAll("li"))
          addText(textOf(li), STYLE.footer, 4, STYLE.footer.size * 1.2, true);
      } else if (child.matches(".k23-sources")) addText(textOf(child), STYLE.footer, 4);
    }
    y += 4;
  }
  const height = Math.ceil(y + 12 + margin);
  const title = escapeXml(textOf(figure.querySelector(".k23-title")));
  // The chart's own plain-language summary: the text alternative of the image.
  const desc = escapeXml(textOf(figure.querySelector(`[id="${figure.id}-summary"]`)));
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="${palette.fg}" color="${palette.fg}" role="img" aria-label="${title}"><title>${title}</title><desc>${desc}</desc><rect width="100%" height="100%" fill="${palette.bg}"/>${parts.join("")}</svg>\n`;
  return resolveColors(svg, colors);
}

export interface PngOptions {
  /** Pixel density: 2 for high-DPI screens and print. Default 1. */
  scale?: number;
}

/** Rasterizes a standalone SVG (from `renderSvg`) to PNG with the machine's fonts. */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const scale = options.scale ?? 1;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new RangeError(`invalid scale: ${JSON.stringify(scale)} (expected a number above 0, up to 8)`);
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      fontFiles: fontsForMeasuring(),
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
  });
  return resvg.render().asPng();
}

/** `renderSvg` then `svgToPng`. */
export function renderPng(options: RenderOptions & PngOptions): Buffer {
  return svgToPng(renderSvg(options), options);
}
