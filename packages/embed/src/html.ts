/**
 * Prerendered HTML: a chart's complete `<karabakh-chart>` element, figure included, for a CMS
 * to paste into an article. Readers without JavaScript get the whole figure (chart, title,
 * legend, notes, sources, data table, CSV link) with its stylesheet and no script; when the
 * element's script arrives it adopts the figure without drawing it again (see
 * `packages/charts/src/element/adopt.ts` for what it checks), or redraws it when it is not what
 * the element would draw.
 */
import {
  AttributeError,
  CHARTS,
  type ChartId,
  figureCss,
  freezeFigure,
  markupDigest,
  OBSERVED_ATTRIBUTES,
  PRERENDER_ATTRIBUTES,
  PRERENDER_FORMAT,
  prerenderKey,
  readConfig,
  unsafeMarkup,
} from "@karabakh2023/charts";
import type { Locale } from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { checkChart, checkData, checkLocale, checkWidth } from "./render.js";

export interface HtmlOptions {
  chart: ChartId;
  /**
   * Width the chart is drawn at, in CSS px: the width of the article column it goes in. The
   * element adopts the figure when its own width is within 3% of this; otherwise it redraws.
   * Default 640 (or the `width` attribute, when given).
   */
  width?: number;
  /** The chart's language, written as the element's `lang`. Default "en". */
  locale?: Locale;
  /**
   * The desk's own data (a Story or the chart's records), validated as untrusted input. Written
   * into the element as an inline `<script type="application/json">` child (a data block, never
   * run), unless `attributes.src` names the file the element will fetch it from. Default: the
   * built-in story.
   */
  data?: unknown;
  /**
   * Any other attributes of `<karabakh-chart>`, as a page author writes them (`theme`,
   * `highlight`, `chart-title`, `src`…). Checked by the element's own attribute parser.
   */
  attributes?: Readonly<Record<string, string>>;
  /** The page's CSP nonce, for the `<style>` elements (and the element's `nonce` attribute). */
  nonce?: string;
  /**
   * Include the figure stylesheet in a `<style>` (default true). False when the page already
   * has it: another prerendered chart before this one, or a link to `embed.css`.
   */
  styles?: boolean;
  /** Prefix of the figure's element ids, unique on the page. Default "k23-<chart>". */
  idPrefix?: string;
}

/** Attributes `attributes` may hold: the element's own, except those given as options. */
const ALLOWED = new Set(OBSERVED_ATTRIBUTES.filter((name) => name !== "chart" && name !== "lang"));

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside `<script type="application/json">`: no `</script>` or `<!--` can appear. */
function jsonBlock(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/**
 * Moves the `style` attributes Plot writes into a `<style>` of the figure: a strict CSP
 * (`style-src 'nonce-…'`) drops style attributes parsed from HTML, but applies a `<style>` with
 * the nonce. `!important`, as a style attribute outranks the stylesheet's rules.
 */
function hoistStyles(figure: Element, nonce: string | undefined): void {
  const rules: string[] = [];
  const prefix = figure.id || "k23";
  for (const [i, el] of [...figure.querySelectorAll("[style]")].entries()) {
    const declarations = (el.getAttribute("style") ?? "")
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d !== "" && !/!important$/.test(d));
    el.removeAttribute("style");
    if (declarations.length === 0) continue;
    const name = `${prefix}-${i}`;
    el.setAttribute("data-k23-style", name);
    rules.push(`[data-k23-style="${name}"] { ${declarations.map((d) => `${d} !important`).join("; ")}; }`);
  }
  if (rules.length === 0) return;
  const style = figure.ownerDocument.createElement("style");
  if (nonce) style.setAttribute("nonce", nonce);
  style.textContent = rules.join("\n");
  figure.append(style);
}

/**
 * Draws `chart` on the server and returns its `<karabakh-chart>` element as HTML, figure
 * included, ready to paste into an article.
 *
 * @example
 * const html = renderHtml({ chart: "refugees", width: 640, locale: "fr", attributes: { theme: "auto" } });
 * // <karabakh-chart chart="refugees" lang="fr" theme="auto"><style>…</style><figure …>…</figure></karabakh-chart>
 */
export function renderHtml(options: HtmlOptions): string {
  const { chart, locale = "en", attributes = {}, nonce, styles = true } = options;
  checkChart(chart);
  checkLocale(locale);
  for (const name of Object.keys(attributes)) {
    if (!ALLOWED.has(name)) {
      throw new RangeError(
        `invalid attributes.${name}: ${JSON.stringify(attributes[name])} (not an attribute of <karabakh-chart>${name === "chart" || name === "lang" ? `; use the ${name === "lang" ? "locale" : "chart"} option` : ""})`,
      );
    }
  }
  if (nonce !== undefined && !/^[\w+/=-]+$/.test(nonce)) {
    throw new RangeError(`invalid nonce: ${JSON.stringify(nonce)} (expected base64 characters)`);
  }
  const fixed = attributes.width === undefined ? undefined : Number(attributes.width);
  const width = options.width ?? fixed ?? 640;
  checkWidth(width);
  if (fixed !== undefined && fixed !== width) {
    throw new RangeError(
      `invalid width: ${width} (attributes.width="${attributes.width}" fixes the chart's width; give one)`,
    );
  }
  if (attributes.src !== undefined && options.data === undefined) {
    throw new RangeError(
      `invalid data: undefined (attributes.src="${attributes.src}" is drawn by the element: give its data here too, or the page would redraw)`,
    );
  }
  // As the element will see it: parsed from JSON (inline child or src file).
  const data = options.data === undefined ? undefined : JSON.parse(JSON.stringify(options.data));
  if (data !== undefined && !Array.isArray(data)) checkData(data);

  const written: Record<string, string> = { chart, lang: locale, ...attributes };
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig((name) => written[name] ?? null);
  } catch (error) {
    if (error instanceof AttributeError) {
      throw new RangeError(`invalid attributes.${error.attribute}: ${error.message}`);
    }
    throw error;
  }
  if (config.ignored.length > 0) {
    throw new RangeError(
      `invalid attributes.${config.ignored[0]}: ${JSON.stringify(attributes[config.ignored[0] ?? ""])} (does not apply to chart "${chart}")`,
    );
  }

  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const drawn = CHARTS[chart].draw(data, {
    ...config.options,
    document,
    width,
    idPrefix: options.idPrefix ?? `k23-${chart}`,
    nonce,
  });
  freezeFigure(drawn);
  drawn.setAttribute(PRERENDER_ATTRIBUTES.format, String(PRERENDER_FORMAT));
  drawn.setAttribute(PRERENDER_ATTRIBUTES.key, prerenderKey(chart, config.options, data));
  drawn.setAttribute(PRERENDER_ATTRIBUTES.width, String(width));

  // The digest is taken of the markup as a browser will parse it, not of the DOM that wrote it.
  // (linkedom's toString() is the element's HTML.)
  const parsed = parseHTML(`<!doctype html><html><body>${drawn.toString()}</body></html>`).document;
  const figure = parsed.querySelector("figure");
  if (!figure) throw new Error("renderHtml: the chart did not return a <figure>");
  hoistStyles(figure, nonce);
  const unsafe = unsafeMarkup(figure);
  // The element would refuse it: a chart drew something the check does not expect.
  if (unsafe) throw new Error(`renderHtml: the figure holds ${unsafe}, which <karabakh-chart> never adopts`);
  figure.setAttribute(PRERENDER_ATTRIBUTES.digest, markupDigest(figure));

  const nonceAttribute = nonce ? ` nonce="${nonce}"` : "";
  const attributeText = Object.entries({ ...written, ...(nonce ? { nonce } : {}) })
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  // `display: block` as the element's own stylesheet sets it once the script runs: the same
  // box before and after, so nothing moves.
  const style = styles
    ? `<style${nonceAttribute}>karabakh-chart { display: block; }${figureCss}</style>`
    : "";
  const inline =
    data !== undefined && attributes.src === undefined
      ? `<script type="application/json">${jsonBlock(data)}</script>`
      : "";
  return `<karabakh-chart${attributeText}>${style}${inline}${figure.toString()}</karabakh-chart>\n`;
}
