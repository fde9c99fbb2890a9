/**
 * The figure chrome: everything around the plot, written once for every chart.
 * Text goes into the DOM as text (textContent / createTextNode), links through `safeUrl`.
 */
import type { Source } from "@karabakh2023/data";
import { ascending, descending } from "d3-array";
import type { ChromeText } from "../locales/messages.js";
import type { ResolvedLocale } from "../locales/registry.js";
import { attachNavigator, fixPlotAria, setTabStop } from "./a11y.js";
import { isolated, isolateRtlPlotText } from "./bidi.js";
import type { FigureSpec, FocusPoint, LegendEntry } from "./contract.js";
import { csvDataUrl, toCsv } from "./csv.js";
import { formatters } from "./format.js";
import { DEFAULT_WIDTH, type NormalizedCommonOptions } from "./options.js";
import { createPattern } from "./patterns.js";
import { safeUrl } from "./safe-url.js";
import { DARK_PANEL_PADDING, ensureStylesheet } from "./theme.js";

const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = Record<string, string | number | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  for (const child of children)
    node.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
  return node;
}

/** Marker shapes matching Plot's hollow-friendly symbols (diamond2, triangle2, square2). */
const POLYGONS = {
  diamond: "9,0.5 14.5,6 9,11.5 3.5,6",
  triangle: "9,0.8 14.5,10.8 3.5,10.8",
  square: "4.5,1.5 13.5,1.5 13.5,10.5 4.5,10.5",
} as const;

function swatch(doc: Document, entry: LegendEntry, id: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  for (const [k, v] of Object.entries({
    width: 18,
    height: 12,
    viewBox: "0 0 18 12",
    "aria-hidden": "true",
  })) {
    svg.setAttribute(k, String(v));
  }
  const shape = entry.shape ?? "rect";
  const pattern = entry.pattern ?? "solid";
  const polygon = POLYGONS[shape as keyof typeof POLYGONS];
  const mark = doc.createElementNS(
    SVG_NS,
    shape === "line" ? "line" : shape === "circle" ? "circle" : polygon ? "polygon" : "rect",
  );
  if (shape === "line") {
    for (const [k, v] of Object.entries({
      x1: 1,
      x2: 17,
      y1: 6,
      y2: 6,
      stroke: entry.color,
      "stroke-width": 3,
    })) {
      mark.setAttribute(k, String(v));
    }
    if (pattern !== "solid") mark.setAttribute("stroke-dasharray", pattern === "dots" ? "1 3" : "5 3");
  } else {
    const p = createPattern(doc, id, pattern, entry.color);
    if (p) {
      const defs = doc.createElementNS(SVG_NS, "defs");
      defs.appendChild(p);
      svg.appendChild(defs);
    }
    const fill = p ? `url(#${id})` : pattern === "outline" ? "var(--k23-bg)" : entry.color;
    const geometry = polygon
      ? { points: polygon }
      : shape === "circle"
        ? { cx: 9, cy: 6, r: 5 }
        : { x: 1, y: 1, width: 16, height: 10 };
    for (const [k, v] of Object.entries({ ...geometry, fill, stroke: entry.color, "stroke-width": 1.5 })) {
      mark.setAttribute(k, String(v));
    }
  }
  svg.appendChild(mark);
  return svg;
}

/** Publishers named in the source line before "and N more". */
export const PUBLISHERS_SHOWN = 5;

/**
 * The publishers of `sources`, deduplicated (case and surrounding spaces aside), most-cited
 * first and otherwise in the order given; each keeps its first source, whose URL it links to.
 */
function publishers(sources: readonly Source[]): { name: string; first: Source }[] {
  const byKey = new Map<string, { name: string; first: Source; count: number; order: number }>();
  for (const source of sources) {
    const key = source.publisher.trim().toLocaleLowerCase();
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { name: source.publisher.trim(), first: source, count: 1, order: byKey.size });
  }
  return [...byKey.values()].sort((a, b) => descending(a.count, b.count) || ascending(a.order, b.order));
}

/**
 * The compact source line a newsroom prints under a figure: "Sources: A, B, C, D, E and 12 more."
 * with each publisher linking to its first source (https only, through `safeUrl`).
 */
function sourceLine(doc: Document, sources: readonly Source[], locale: ResolvedLocale) {
  const text = locale.messages.chrome;
  const rtl = locale.direction === "rtl";
  const all = publishers(sources);
  // "and 1 more" would take as much room as the publisher it hides.
  const shown = all.length <= PUBLISHERS_SHOWN + 1 ? all : all.slice(0, PUBLISHERS_SHOWN);
  const items: (Node | string)[] = shown.map(({ name, first }) => {
    const href = safeUrl(first.url);
    // A Latin name between Arabic words and commas keeps its own order (figure/bidi.ts).
    return isolated(doc, href ? el(doc, "a", { href, rel: "noopener noreferrer" }, name) : name, rtl);
  });
  if (shown.length < all.length) items.push(text.moreSources(all.length - shown.length));
  const line = el(doc, "p", { class: "k23-sources" }, sources.length === 1 ? text.source : text.sources, " ");
  // The locale's own list pattern ("A, B and C", "A، B و C"): a list of placeholders, formatted,
  // gives the words and commas to put between the links.
  const mark = (i: number) => `\u{F0000}${i}\u{F0001}`;
  const between = formatters(locale)
    .list(items.map((_, i) => mark(i)))
    .split(/\u{F0000}\d+\u{F0001}/u);
  items.forEach((item, i) => {
    line.append(between[i] ?? "", item);
  });
  line.append(between[items.length] ?? "");
  line.append(".");
  return line;
}

/**
 * Every source in full (publisher, title, date, link), collapsed under the source line.
 * The title links to the article; a source known only by its publisher's site links to the site.
 */
function sourceList(
  doc: Document,
  sources: readonly Source[],
  common: NormalizedCommonOptions,
  live: Releases | false,
) {
  const text = common.locale.messages.chrome;
  const f = formatters(common.locale);
  const quote = text.quote;
  const rtl = common.locale.direction === "rtl";
  const build = () => {
    const list = el(doc, "ol", {});
    for (const source of sources) {
      const href = safeUrl(source.url);
      const item = el(doc, "li", {}, isolated(doc, source.publisher.trim(), rtl));
      const title = source.title ? quote(source.title) : "";
      if (title) {
        item.append(", ");
        item.append(
          href && source.urlKind !== "site"
            ? el(doc, "a", { href, rel: "noopener noreferrer" }, title)
            : title,
        );
      }
      // Registries from callers are checked for id, publisher, title and url only.
      const date =
        typeof source.published === "string"
          ? f.date(source.published)
          : typeof source.accessed === "string"
            ? text.accessed(f.date(source.accessed))
            : "";
      if (date) item.append(`, ${date}`);
      if (href && (source.urlKind === "site" || !title)) {
        const link = text.sourceLink[source.urlKind];
        item.append(" (", el(doc, "a", { href, rel: "noopener noreferrer" }, link), ")");
      }
      // A date may end with the stop already (Russian "2023 г.").
      if (!item.textContent?.endsWith(text.fullStop)) item.append(text.fullStop);
      list.append(item);
    }
    return [list];
  };
  return details(doc, "k23-source-list", text.allSources(sources.length), build, live);
}

/**
 * The data-table alternative. Explicit table roles keep its semantics when narrow containers
 * restyle the rows as blocks (CSS display changes drop them in some browsers); each cell
 * carries its column name for that layout.
 */
function dataTable(
  doc: Document,
  spec: FigureSpec,
  common: NormalizedCommonOptions,
  title: string,
  live: Releases | false,
) {
  const text = common.locale.messages.chrome;
  const number = formatters(common.locale).number;
  // In a right-to-left table a cell of Latin text (a publisher, "RFE/RL (Azatutyun)") takes its
  // own direction from its first letter, so its brackets stay where they belong.
  const textDir = common.locale.direction === "rtl" ? "auto" : undefined;
  const table = (caption: string, { columns, rows }: Pick<FigureSpec["table"], "columns" | "rows">) => {
    const head = el(
      doc,
      "tr",
      { role: "row" },
      ...columns.map((c) => el(doc, "th", { scope: "col", role: "columnheader" }, c)),
    );
    const body = el(
      doc,
      "tbody",
      { role: "rowgroup" },
      ...rows.map((row) =>
        el(
          doc,
          "tr",
          { role: "row" },
          ...row.map((cell, i) =>
            typeof cell === "number"
              ? el(doc, "td", { class: "k23-num", role: "cell", "data-label": columns[i] }, number(cell))
              : el(doc, "td", { role: "cell", "data-label": columns[i], dir: textDir }, cell),
          ),
        ),
      ),
    );
    return el(
      doc,
      "table",
      { role: "table" },
      el(doc, "caption", {}, caption),
      el(doc, "thead", { role: "rowgroup" }, head),
      body,
    );
  };
  const build = () => [
    table(text.dataTableCaption(title), spec.table),
    ...(spec.moreTables ?? []).filter((t) => t.rows.length > 0).map((t) => table(t.caption, t)),
  ];
  const className = spec.table.wide ? "k23-table k23-table-wide" : "k23-table";
  return details(doc, className, text.dataTable, build, live);
}

/** What each figure's plot shows now: its focus points and the width they were drawn at. */
const drawn = new WeakMap<Element, { points: readonly FocusPoint[]; width: number }>();

/**
 * The focus points of a figure's current drawing and the width it was drawn at (undefined for a
 * figure without a plot). The server side of prerendering records them in the markup.
 */
export function drawnState(figure: Element): { points: readonly FocusPoint[]; width: number } | undefined {
  return drawn.get(figure);
}

/** The plot's `<svg>`: Plot returns it, or a `<figure>` whose first `<svg>` child is the chart. */
export function plotSvg(element: Element): Element {
  return element.tagName.toLowerCase() === "svg"
    ? element
    : ([...element.children].find((c) => c.tagName.toLowerCase() === "svg") ?? element);
}

/** The plot's accessible name as a tab stop: the title, then how to use the arrow keys. */
export function tabStopLabel(title: string, text: ChromeText, count: number): string {
  return `${title}. ${text.keyboardHint(count)}`;
}

/** What a live figure must undo when it is disposed, collected while it is built. */
type Releases = (() => void)[];

/**
 * A `<details>` whose content is built when first needed. In a live page the data table and the
 * full source list stay closed until the reader opens them, and building them with the chart
 * only delays its first paint (they are most of a figure's elements): there they are built when
 * the browser is next idle, or on the click or key press that opens them, before it opens, so it
 * never opens empty. Anywhere else (server rendering, tests) they are built at once.
 */
function details(
  doc: Document,
  className: string,
  summary: string,
  build: () => Node[],
  live: Releases | false,
): HTMLDetailsElement {
  const node = el(doc, "details", { class: className }, el(doc, "summary", {}, summary));
  if (!live) {
    node.append(...build());
    return node;
  }
  let built = false;
  const fill = () => {
    if (built) return;
    built = true;
    node.append(...build());
  };
  // Capture: runs before the summary's default action opens the details. These two listeners
  // stay after `dispose()`: they are the panel's own (nothing outside the figure holds them),
  // and a disposed figure must still open its panels full.
  node.addEventListener("click", fill, { capture: true });
  // Opened otherwise (script, find in page): filled as it opens.
  node.addEventListener("toggle", fill);
  const view = doc.defaultView as Window & typeof globalThis;
  const whenIdle = () => {
    if (node.isConnected) fill();
  };
  // The page holds this callback (and through it the figure) until it runs.
  if (typeof view.requestIdleCallback === "function") {
    const handle = view.requestIdleCallback(whenIdle, { timeout: 2000 });
    live.push(() => view.cancelIdleCallback(handle));
  } else {
    const handle = view.setTimeout(whenIdle, 200);
    live.push(() => view.clearTimeout(handle));
  }
  return node;
}

/** The `<figure>` every chart returns. */
export interface ChartFigure extends HTMLElement {
  /**
   * Releases the figure: disconnects its `ResizeObserver`, cancels a pending redraw and the idle
   * callback that fills its closed panels, and removes its keyboard and pointer listeners. The
   * figure stays as drawn, a static chart whose panels still open full; it no longer follows
   * its container's width or answers the arrow keys. Call it when you remove the figure from
   * the page for good (`<karabakh-chart>` does on disconnect and before each redraw). Calling
   * it again does nothing.
   *
   * @example
   * const figure = refugeeCurve();
   * container.append(figure);
   * // later, when the view changes
   * figure.remove();
   * figure.dispose();
   */
  dispose(): void;
}

/**
 * Builds the `<figure>` for a chart: caption, legend, plot (or message), accessible summary,
 * keyboard navigation, notes, source line, "Get the data" link and data table. Re-renders the
 * plot when its container is resized, unless `common.width` is set.
 */
export function renderFigure(spec: FigureSpec, common: NormalizedCommonOptions): ChartFigure {
  const doc = common.document;
  const text = common.locale.messages.chrome;
  const id = common.idPrefix;
  ensureStylesheet(doc, common.nonce);
  // A browser page (not a server DOM such as linkedom or jsdom, which have no ResizeObserver).
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const inBrowser = !!view && typeof view.ResizeObserver === "function";
  const releases: Releases = [];
  // Closed panels are filled lazily only in a browser page.
  const lazy = inBrowser && releases;

  const figure = el(doc, "figure", {
    class: `k23-figure k23-${spec.chart}`,
    id,
    lang: common.locale.tag,
    dir: common.locale.direction,
    "data-theme": common.theme,
    "aria-labelledby": `${id}-title`,
    "aria-describedby": `${id}-summary`,
  }) as HTMLElement as ChartFigure;
  figure.dispose = () => {
    for (const release of releases.splice(0)) release();
  };

  const caption = el(
    doc,
    "figcaption",
    {},
    el(doc, "p", { class: "k23-title", id: `${id}-title` }, spec.title),
  );
  if (spec.subtitle) caption.appendChild(el(doc, "p", { class: "k23-subtitle" }, spec.subtitle));
  figure.appendChild(caption);

  const hasPlot = spec.message === undefined && spec.render !== undefined;
  if (hasPlot && common.legend && spec.legend && spec.legend.length > 0) {
    const legend = el(doc, "ul", { class: "k23-legend", "aria-label": text.legend });
    spec.legend.forEach((entry, i) => {
      legend.appendChild(
        el(doc, "li", {}, swatch(doc, entry, `${id}-legend-${i}`), el(doc, "span", {}, entry.label)),
      );
    });
    figure.appendChild(legend);
  }

  const summary = el(doc, "p", { class: "k23-vh", id: `${id}-summary` }, spec.summary);
  const render = spec.render;
  if (!hasPlot || !render) {
    figure.appendChild(el(doc, "p", { class: "k23-message", role: "note" }, spec.message ?? text.noData));
    figure.appendChild(summary);
  } else {
    const plot = el(doc, "div", { class: "k23-plot" });
    const ring = el(doc, "div", { class: "k23-focus-ring", hidden: "", "aria-hidden": "true" });
    const tooltip = el(doc, "div", { class: "k23-tooltip", hidden: "", "aria-hidden": "true" });
    const live = el(doc, "p", { class: "k23-vh", id: `${id}-live`, "aria-live": "polite" });
    const navigator = attachNavigator(plot, tooltip, ring, live, text.pointPosition);
    releases.push(navigator.dispose);
    let current: Element | null = null;
    let renderedWidth = 0;

    const draw = (width: number) => {
      const { element, points } = render(width);
      fixPlotAria(element);
      if (common.locale.direction === "rtl") isolateRtlPlotText(plotSvg(element));
      if (common.nonce)
        for (const s of element.querySelectorAll("style")) s.setAttribute("nonce", common.nonce);
      if (current) plot.replaceChild(element, current);
      else plot.insertBefore(element, ring);
      current = element;
      renderedWidth = width;
      drawn.set(figure, { points, width });
      // One tab stop, and only when there is something to reach.
      setTabStop(plot, points.length > 0 ? tabStopLabel(spec.title, text, points.length) : undefined);
      navigator.update(points, plotSvg(element), width);
    };

    plot.append(ring, tooltip);
    // In a page, a fixed width is the figure's: a dark panel's side padding (theme.ts) comes out
    // of the plot's. A server DOM has no stylesheet applied; the static renderer lays out its own.
    const dark =
      inBrowser &&
      (common.theme === "dark" ||
        (common.theme === "auto" && !!view?.matchMedia?.("(prefers-color-scheme: dark)").matches));
    draw(common.width === undefined ? DEFAULT_WIDTH : common.width - (dark ? 2 * DARK_PANEL_PADDING : 0));
    figure.append(plot, live, summary);

    if (common.width === undefined && view && inBrowser) {
      let pending = 0;
      const observer = new view.ResizeObserver((entries) => {
        const width = Math.floor(entries[0]?.contentRect.width ?? 0);
        if (width <= 0 || width === renderedWidth || pending) return;
        // Draw in the next frame: drawing inside the callback changes the observed height
        // and would trigger "ResizeObserver loop completed with undelivered notifications".
        pending = view.requestAnimationFrame(() => {
          pending = 0;
          draw(width);
        });
      });
      observer.observe(plot);
      releases.push(() => {
        observer.disconnect();
        if (pending) view.cancelAnimationFrame(pending);
      });
    }
  }

  const footer = el(doc, "div", { class: "k23-footer" });
  if (spec.notes.length === 1) footer.appendChild(el(doc, "p", { class: "k23-note" }, spec.notes[0] ?? ""));
  if (spec.notes.length > 1) {
    footer.appendChild(
      el(
        doc,
        "ul",
        { class: "k23-notes", "aria-label": text.notes },
        ...spec.notes.map((n) => el(doc, "li", {}, n)),
      ),
    );
  }
  if (spec.sources.length > 0) {
    footer.append(sourceLine(doc, spec.sources, common.locale), sourceList(doc, spec.sources, common, lazy));
  }
  if (common.dataLink && spec.table.rows.length > 0) {
    const href = csvDataUrl(toCsv(spec.table.columns, spec.table.rows));
    footer.appendChild(
      el(
        doc,
        "p",
        { class: "k23-data-link" },
        el(doc, "a", { href, download: `${spec.chart}.csv` }, text.getTheData),
      ),
    );
  }
  if (spec.table.rows.length > 0) footer.appendChild(dataTable(doc, spec, common, spec.title, lazy));
  if (footer.childNodes.length > 0) figure.appendChild(footer);
  return figure;
}
