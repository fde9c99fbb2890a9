/**
 * Entry of `karabakh2023.lazy.min.js`, for articles whose charts are prerendered
 * (`karabakh2023-render --format html`). The page lists the chart files as
 * `<script type="karabakh2023/lazy" src="…">`, which no browser fetches, and loads this file
 * `defer`. It loads the listed files, in their order, only when a figure needs them:
 *
 * - a `<karabakh-chart>` holds no prerendered figure, or is added to the page later, or has its
 *   attributes changed by a script;
 * - a prerendered figure's element is not the width the figure was drawn at (the element's own
 *   rule, `widthMatches`): at once when the page is laid out, or later when the column changes;
 * - the reader reaches for a figure: the pointer over it or pressed on it, focus, a key.
 *
 * Until then none of the charts' code runs: the prerendered figure is complete without it
 * (chart, legend, notes, sources, data table). Not on idle: evaluating the chart code is one task
 * of 100–300 ms on a phone (bench/README.md), which a reader who never touches a chart would
 * pay for nothing. Once loaded, `<karabakh-chart>` adopts each figure and attaches its keyboard
 * navigation and tooltips (element/adopt.ts).
 *
 * The listed files are the page author's markup, trusted as a `<script src>` is; even so only
 * http(s) URLs are loaded (no `data:` or `javascript:`), and an inline or unusable entry is
 * reported with `console.error`, naming it, and skipped.
 */
import { PRERENDER_ATTRIBUTES, widthMatches } from "../element/prerender.js";

/** The `type` that marks a chart file to load when a figure needs it. */
const LAZY_TYPE = "karabakh2023/lazy";
const TAG = "karabakh-chart";
/** The reader reaching for a figure (capture, on the document). */
const REACH = ["pointerover", "pointerdown", "focusin", "keydown"] as const;

const doc = document;
let loaded = false;
let stop = () => {};

/** `src` as an absolute http(s) URL, or undefined. */
function scriptUrl(src: string | null): string | undefined {
  if (src === null || src.trim() === "") return undefined;
  try {
    const url = new URL(src, doc.baseURI);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Loads the listed chart files, each once, in the page's order. */
function load(): void {
  if (loaded) return;
  loaded = true;
  stop();
  for (const lazy of doc.querySelectorAll<HTMLScriptElement>(`script[type="${LAZY_TYPE}"]`)) {
    const src = lazy.getAttribute("src");
    const url = scriptUrl(src);
    if (url === undefined) {
      console.error(
        `karabakh2023.lazy: <script type="${LAZY_TYPE}"> ${src === null ? "without src" : `src="${src}"`} skipped: only an http(s) URL is loaded`,
      );
      continue;
    }
    const script = doc.createElement("script");
    script.src = url;
    // In the listed order, as deferred scripts run (the core lends the map and curve files).
    script.async = false;
    if (lazy.nonce) script.nonce = lazy.nonce;
    for (const name of ["integrity", "crossorigin", "referrerpolicy"]) {
      const value = lazy.getAttribute(name);
      if (value !== null) script.setAttribute(name, value);
    }
    lazy.after(script);
  }
}

/** Whether `chart` needs its files now: no prerendered figure, or another width than its own. */
function needsFiles(chart: Element, width?: number): boolean {
  const figure = chart.querySelector(`:scope > figure[${PRERENDER_ATTRIBUTES.format}]`);
  if (!figure) return true;
  // A `width` attribute fixes the element's width (as the element reads it).
  const fixed = chart.getAttribute("width");
  const own = fixed === null ? width : Number(fixed);
  return own !== undefined && !widthMatches(Number(figure.getAttribute(PRERENDER_ATTRIBUTES.width)), own);
}

function watch(): void {
  const resized = new ResizeObserver((entries) => {
    // The element measures its content box in whole pixels (karabakh-chart.ts).
    if (entries.some((e) => needsFiles(e.target, Math.floor(e.contentRect.width)))) load();
  });
  const changed = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") return load();
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName === TAG || node.querySelector(TAG))) return load();
      }
    }
  });
  for (const chart of doc.getElementsByTagName(TAG)) {
    resized.observe(chart);
    changed.observe(chart, { attributes: true });
  }
  changed.observe(doc.documentElement, { childList: true, subtree: true });
  const reach = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(TAG)) load();
  };
  for (const type of REACH) doc.addEventListener(type, reach, { capture: true, passive: true });
  stop = () => {
    resized.disconnect();
    changed.disconnect();
    for (const type of REACH) doc.removeEventListener(type, reach, { capture: true });
  };
}

function start(): void {
  // The files are already on the page (loaded by plain script tags): nothing to do.
  if (customElements.get(TAG)) return;
  if ([...doc.getElementsByTagName(TAG)].some((chart) => needsFiles(chart))) load();
  else watch();
}

// Loaded without `defer`, the figures are not parsed yet: wait for them.
if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start, { once: true });
else start();
