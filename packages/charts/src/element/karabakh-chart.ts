/**
 * `<karabakh-chart>`: the three charts as a custom element, for pages that paste HTML.
 * This module has no side effects; `./index.ts` registers it.
 *
 * - Attributes map to options through one table (`attributes.ts`); a bad value shows an
 *   explicit message in the element and logs a console error naming the attribute and value.
 * - It renders synchronously when connected, at its width, measured once (from a zero-height
 *   sizer placed first). Loaded by a plain `<script>` in the page's `<head>` (parser-blocking,
 *   honoured by every engine, unlike `blocking="render"`, which Firefox ignores), the element is
 *   defined before the parser reaches it: each chart is drawn before any text below it exists,
 *   and the article never moves.
 * - It re-renders on attribute change (batched in a microtask) and when its width changes.
 * - It draws the built-in story, or a desk's own data: the `data` property (a Story or an array
 *   of records), else an inline `<script type="application/json">` child, else the JSON or CSV
 *   file at its `src` attribute (fetched without credentials across origins; `src-origin="same"`
 *   allows only the page's own origin, as the iframe pages set). Each is untrusted input: the
 *   chart checks it, and an error names where the data came from.
 * - It adopts prerendered markup (`renderHtml` in @karabakh2023/embed) without drawing it again
 *   when that markup is what it would draw at its width (see `adopt.ts`); otherwise it draws.
 * - It disposes of its figure (`ChartFigure.dispose`) before drawing the next one and when it
 *   leaves the page, so a page that swaps charts keeps no old one alive.
 * - Light DOM: the figure's stylesheet is the document's, with the page's CSP nonce
 *   (the element's `nonce` attribute) passed on to every `<style>` the chart adds.
 */
import { recordsFromCsv } from "@karabakh2023/data";
import type { ChartFigure } from "../figure/render.js";
import { type ResolvedLocale, resolveLocale } from "../locales/registry.js";
import { CHARTS } from "../registry.js";
import { adoptPrerendered, hasPrerendered } from "./adopt.js";
import { AttributeError, attributeOfOption, OBSERVED_ATTRIBUTES, readConfig } from "./attributes.js";

/** Largest data file `src` may name, in characters (a desk's table, not a database dump). */
export const MAX_SRC_LENGTH = 5_000_000;

/** Where the element's data came from, for error messages ("attribute src=…"). */
type DataOrigin = "property" | "inline" | "src";
const ORIGIN_NAMES: Record<DataOrigin, string> = {
  property: "property data",
  inline: 'inline data (<script type="application/json">)',
  src: "attribute src",
};

/** The `src` file: the URL it was fetched from and what came back. */
interface Fetched {
  src: string;
  data?: unknown;
  error?: Error;
  pending: boolean;
}

/** A data error: where the data came from and what is wrong with it. */
class DataError extends Error {
  constructor(origin: DataOrigin, detail: string, src?: string) {
    super(`${origin === "src" ? `attribute src="${src ?? ""}"` : ORIGIN_NAMES[origin]}: ${detail}`);
    this.name = "DataError";
  }
}

/** How long a `src` file may take before the element shows an error instead. */
export const SRC_TIMEOUT_MS = 20_000;

function timeout(view: Window): AbortSignal | undefined {
  const Signal = (view as unknown as { AbortSignal?: { timeout?: (ms: number) => AbortSignal } }).AbortSignal;
  return typeof Signal?.timeout === "function" ? Signal.timeout(SRC_TIMEOUT_MS) : undefined;
}

/** JSON or CSV text as chart data: JSON gives a Story or records; CSV gives records. */
function parseData(text: string, origin: DataOrigin, csv: boolean, src?: string): unknown {
  if (text.length > MAX_SRC_LENGTH) {
    throw new DataError(origin, `larger than ${MAX_SRC_LENGTH} characters`, src);
  }
  if (csv) return recordsFromCsv(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(origin, `not valid JSON (${(error as Error).message})`, src);
  }
}

/** Width used before the element has been laid out (e.g. inside a hidden tab). */
const FALLBACK_WIDTH = 640;

/** Styles of the host itself; constructed (CSP-safe) and adopted by the document once. */
export const ELEMENT_CSS = `
karabakh-chart { display: block; }
.k23-embed-error { margin: 1em 0; padding: 12px; border: 2px dashed #c85200; color: inherit;
  font: 14px/1.4 system-ui, sans-serif; overflow-wrap: anywhere; }
`;

const adopted = new WeakSet<Document>();
function adoptElementStyles(doc: Document): void {
  const view = doc.defaultView;
  if (adopted.has(doc) || !view || !("adoptedStyleSheets" in doc)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(ELEMENT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted.add(doc);
}

// Lets Node import this module (e.g. for server-side code that only reads the types).
const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

let instances = 0;

export class KarabakhChart extends Base {
  static get observedAttributes(): string[] {
    return OBSERVED_ATTRIBUTES;
  }

  /** Stable for the element's life, so ids survive re-renders and never clash across charts. */
  readonly #idPrefix = `karabakh-chart-${++instances}`;
  /** Zero-height child whose width is observed: observing the host would loop on its height. */
  #sizer: HTMLDivElement | null = null;
  #observer: ResizeObserver | null = null;
  #renderedWidth = 0;
  #fixedWidth = false;
  #scheduled = false;
  /** The animation frame of a pending redraw at a new width. */
  #frame = 0;
  #lastError = "";
  #figure: ChartFigure | null = null;
  /** Set through the `data` property. */
  #data: unknown;
  #hasData = false;
  /** The inline JSON child, read once when first connected (a render replaces the children). */
  #inline: { data?: unknown; error?: Error } | undefined;
  #fetched: Fetched | undefined;
  /** A prerendered figure is waiting for the first layout, then for its own task, to be checked. */
  #awaitingLayout = false;
  /** Whether the prerendered figure was checked (or is being checked): never adopted twice. */
  #adoptionTried = false;
  /** Cancels the check of the prerendered figure while it runs. */
  #cancelAdoption: (() => void) | null = null;

  /** The data drawn instead of the built-in story: a Story, or an array of the chart's records. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#hasData = value !== undefined;
    if (this.isConnected) this.render();
  }

  connectedCallback(): void {
    const doc = this.ownerDocument;
    adoptElementStyles(doc);
    if (!this.#sizer) {
      this.#sizer = doc.createElement("div");
      this.#sizer.setAttribute("aria-hidden", "true");
    }
    const view = doc.defaultView;
    if (view && typeof view.ResizeObserver === "function" && !this.#observer) {
      this.#observer = new view.ResizeObserver(() => {
        if (this.#awaitingLayout) {
          // Laid out: the width is known without forcing a layout. Each element in its own task.
          this.#awaitingLayout = false;
          view.setTimeout(() => {
            if (this.isConnected && !this.#figure && !this.#adoptionTried) this.render();
          }, 0);
          return;
        }
        // Redrawn in the next frame, as the figure's own observer does: a redraw inside this
        // callback changes the page's height, can add or remove its scrollbar and so the width
        // observed, and the browser then reports "ResizeObserver loop completed with undelivered
        // notifications" to the page's error handlers (seen in Firefox and WebKit).
        if (this.#frame || this.#fixedWidth || this.#measure() === this.#renderedWidth) return;
        this.#frame = view.requestAnimationFrame(() => {
          this.#frame = 0;
          if (this.isConnected && this.#measure() !== this.#renderedWidth) this.render();
        });
      });
      this.#observer.observe(this.#sizer);
    }
    if (doc.readyState === "loading" && !this.#inline) {
      // Upgraded while the parser is still inside the element (the script is in the <head>): an
      // inline JSON child is not there yet. Draw now (the article must not wait or jump), and
      // once the document is parsed, redraw only if the element did hold inline data.
      doc.addEventListener(
        "DOMContentLoaded",
        () => {
          this.#inline = undefined;
          this.#readInline();
          if (this.isConnected && this.#inline && Object.keys(this.#inline).length > 0) this.render();
        },
        { once: true },
      );
    }
    this.#readInline();
    if (!this.#figure && !this.#adoptionTried && hasPrerendered(this)) {
      // Prerendered: the reader already sees the figure. Checking it here would block the page
      // while its script runs (three figures, one task): it is checked once laid out, in tasks
      // of its own (adopt.ts), and stays in view, inert, meanwhile.
      if (this.#sizer.parentNode !== this) this.prepend(this.#sizer);
      // Nor the render the upgrade's attributeChangedCallbacks queued.
      this.#scheduled = false;
      if (this.#observer) this.#awaitingLayout = true;
      else view?.setTimeout(() => this.isConnected && !this.#figure && this.render(), 0);
      return;
    }
    this.render();
  }

  #readInline(): void {
    if (this.#inline) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      this.#inline = {};
      return;
    }
    try {
      this.#inline = { data: parseData(script.textContent ?? "", "inline", false) };
    } catch (error) {
      this.#inline = { error: error as Error };
    }
  }

  /** Fetches `src` once per URL; renders when it arrives. Only http(s), resolved on the page. */
  #fetchSource(src: string): void {
    if (this.#fetched?.src === src) return;
    const fetched: Fetched = { src, pending: true };
    this.#fetched = fetched;
    const done = (result: { data?: unknown; error?: Error }) => {
      if (this.#fetched !== fetched) return; // src changed meanwhile
      Object.assign(fetched, result, { pending: false });
      if (this.isConnected) this.render();
    };
    let url: URL;
    try {
      url = new URL(src, this.ownerDocument.baseURI);
    } catch {
      done({ error: new DataError("src", "not a URL", src) });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      done({ error: new DataError("src", "must be an http(s) URL", src) });
      return;
    }
    const page = this.ownerDocument.defaultView?.location.origin;
    if (this.getAttribute("src-origin") === "same" && url.origin !== page) {
      done({
        error: new DataError(
          "src",
          `must be on this page's origin (${page}), as src-origin="same" requires`,
          src,
        ),
      });
      return;
    }
    const view = this.ownerDocument.defaultView;
    if (!view || typeof view.fetch !== "function") {
      done({ error: new DataError("src", "cannot be fetched here (no fetch)", src) });
      return;
    }
    view
      // A server that never answers must not leave the element blank: give up after a while.
      .fetch(url.href, { credentials: "same-origin", redirect: "follow", signal: timeout(view) })
      .then(async (response) => {
        if (!response.ok) throw new DataError("src", `HTTP ${response.status}`, src);
        const type = response.headers.get("content-type") ?? "";
        const csv = /\bcsv\b/i.test(type) || (!/json/i.test(type) && /\.csv$/i.test(url.pathname));
        done({ data: parseData(await response.text(), "src", csv, src) });
      })
      .catch((error: unknown) =>
        done({
          error:
            error instanceof DataError
              ? error
              : (error as Error)?.name === "TimeoutError"
                ? new DataError("src", `no answer within ${SRC_TIMEOUT_MS / 1000} s`, src)
                : new DataError("src", String(error), src),
        }),
      );
  }

  /** The data to draw and where it came from; undefined: the built-in story. */
  #chosenData(): { data: unknown; origin?: DataOrigin } | "pending" {
    if (this.#hasData) return { data: this.#data, origin: "property" };
    if (this.#inline?.error) throw this.#inline.error;
    if (this.#inline && "data" in this.#inline) return { data: this.#inline.data, origin: "inline" };
    const src = this.getAttribute("src");
    if (src === null || src.trim() === "") return { data: undefined };
    this.#fetchSource(src.trim());
    const fetched = this.#fetched;
    if (!fetched || fetched.pending) return "pending";
    if (fetched.error) throw fetched.error;
    return { data: fetched.data, origin: "src" };
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#awaitingLayout = false;
    this.#cancelAdoption?.();
    this.#cancelAdoption = null;
    // Reconnecting (the element moved in the page) renders a new figure.
    this.#figure?.dispose();
    this.#figure = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.isConnected || this.#scheduled) return;
    // Several attributes set in a row render once.
    this.#scheduled = true;
    queueMicrotask(() => {
      if (this.#scheduled && this.isConnected) this.render();
    });
  }

  /** Renders now from the current attributes. Never throws: errors are shown and logged. */
  render(): void {
    this.#scheduled = false;
    // A render while the prerendered figure is being checked (an attribute, another width) draws.
    this.#awaitingLayout = false;
    this.#cancelAdoption?.();
    this.#cancelAdoption = null;
    const sizer = this.#sizer;
    if (!sizer) return;
    let content: HTMLElement;
    let figure: ChartFigure | null = null;
    try {
      const inheritedLang = this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? undefined;
      const config = readConfig((name) => this.getAttribute(name), inheritedLang);
      for (const attribute of config.ignored) {
        console.warn(
          `<karabakh-chart> attribute ${attribute} does not apply to chart="${config.chart}"; ignored`,
        );
      }
      // Measured once the sizer is in the element: measured before, it is 0, the chart is drawn
      // at the fallback width and then again at the real one (every start-up drew twice).
      if (sizer.parentNode !== this) this.prepend(sizer);
      this.#fixedWidth = typeof config.options.width === "number";
      const width = this.#fixedWidth ? (config.options.width as number) : this.#measure() || FALLBACK_WIDTH;
      const chosen = this.#chosenData();
      // The file is on its way: draw when it arrives rather than draw the built-in story first
      // (a prerendered figure stays in view meanwhile).
      if (chosen === "pending") return;
      if (!this.#figure && !this.#adoptionTried) {
        // Prerendered markup that is what this element would draw is kept as it is.
        this.#adoptionTried = true;
        const expected = {
          chart: config.chart,
          options: config.options,
          data: chosen.data,
          width,
          locale: config.options.locale as string | undefined,
        };
        const pending = adoptPrerendered(this, expected, (adopted) => {
          this.#cancelAdoption = null;
          if (!adopted) return this.render();
          this.#figure = adopted;
          this.#lastError = "";
        });
        if (pending !== "none") {
          this.#cancelAdoption = pending;
          // As if drawn at this width: a later width change draws, as it would once adopted.
          this.#renderedWidth = width;
          return;
        }
      }
      try {
        figure = CHARTS[config.chart].draw(chosen.data, {
          ...config.options,
          width,
          idPrefix: this.#idPrefix,
          nonce: this.nonce || undefined,
        }) as ChartFigure;
        content = figure;
      } catch (error) {
        // "invalid data.vocabulary…": say which data (property, inline, src) it is about.
        if (chosen.origin && error instanceof Error && /^invalid data\b/.test(error.message)) {
          throw new DataError(chosen.origin, error.message, this.getAttribute("src") ?? undefined);
        }
        throw error;
      }
      this.#renderedWidth = width;
      this.#lastError = "";
    } catch (error) {
      content = this.#errorMessage(error);
    }
    // A re-render (new width, new attribute) keeps what the reader opened: the data table or the
    // source list would otherwise close under them, e.g. when opening one adds a scrollbar.
    const opened = [...this.querySelectorAll("details[open]")].map((d) => d.className);
    this.#figure?.dispose();
    this.#figure = figure;
    this.replaceChildren(sizer, content);
    for (const className of opened) {
      // A click, not the attribute: the figure fills its panels on the click that opens them.
      content.querySelector<HTMLElement>(`details[class="${className}"]:not([open]) > summary`)?.click();
    }
  }

  #measure(): number {
    return Math.floor(this.#sizer?.getBoundingClientRect().width ?? 0);
  }

  #errorMessage(error: unknown): HTMLElement {
    let message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof AttributeError) && !(error instanceof DataError)) {
      // A chart's own validation ("invalid annotations: …"): name the attribute behind it.
      const option = /^invalid ([\w.[\]]+)/.exec(message)?.[1]?.split(/[.[]/)[0];
      const attribute = option ? attributeOfOption(option) : undefined;
      if (attribute) message = `attribute ${attribute}="${this.getAttribute(attribute) ?? ""}": ${message}`;
    }
    message = `<karabakh-chart> ${message}`;
    if (message !== this.#lastError) console.error(message);
    this.#lastError = message;
    this.#renderedWidth = 0;
    const doc = this.ownerDocument;
    const p = doc.createElement("p");
    p.className = "k23-embed-error";
    // The reader's sentence in the chart's language (English when the language is the error);
    // the reason after it is for the page's author, in English.
    const reader = doc.createElement("span");
    const locale = this.#readerLocale();
    reader.lang = locale.tag;
    reader.textContent = locale.messages.chrome.cannotDraw;
    const reason = doc.createElement("span");
    reason.lang = "en";
    reason.textContent = message;
    p.append(reader, " ", reason);
    return p;
  }

  #readerLocale(): ResolvedLocale {
    const lang = this.closest("[lang]")?.getAttribute("lang")?.trim();
    try {
      return resolveLocale(lang || "en");
    } catch {
      return resolveLocale("en");
    }
  }
}
