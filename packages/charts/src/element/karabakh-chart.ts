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
 * - Light DOM: the figure's stylesheet is the document's, with the page's CSP nonce
 *   (the element's `nonce` attribute) passed on to every `<style>` the chart adds.
 */
import { casualtyComparison, reactionsMap, refugeeCurve } from "../index.js";
import {
  AttributeError,
  attributeOfOption,
  type ElementChart,
  OBSERVED_ATTRIBUTES,
  readConfig,
} from "./attributes.js";

type Factory = (data: undefined, options: Record<string, unknown>) => HTMLElement;

const FACTORIES: Record<ElementChart, Factory> = {
  casualties: casualtyComparison as Factory,
  refugees: refugeeCurve as Factory,
  reactions: reactionsMap as Factory,
};

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
  #lastError = "";

  connectedCallback(): void {
    const doc = this.ownerDocument;
    adoptElementStyles(doc);
    if (!this.#sizer) {
      this.#sizer = doc.createElement("div");
      this.#sizer.setAttribute("aria-hidden", "true");
    }
    const view = doc.defaultView;
    if (view && typeof view.ResizeObserver === "function" && !this.#observer) {
      // Runs after layout and before paint: a re-render here is never seen at the old width.
      this.#observer = new view.ResizeObserver(() => {
        if (!this.#fixedWidth && this.#measure() !== this.#renderedWidth) this.render();
      });
      this.#observer.observe(this.#sizer);
    }
    this.render();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = null;
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
    const sizer = this.#sizer;
    if (!sizer) return;
    let content: HTMLElement;
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
      content = FACTORIES[config.chart](undefined, {
        ...config.options,
        width,
        idPrefix: this.#idPrefix,
        nonce: this.nonce || undefined,
      });
      this.#renderedWidth = width;
      this.#lastError = "";
    } catch (error) {
      content = this.#errorMessage(error);
    }
    // A re-render (new width, new attribute) keeps what the reader opened: the data table or the
    // source list would otherwise close under them, e.g. when opening one adds a scrollbar.
    const opened = [...this.querySelectorAll("details[open]")].map((d) => d.className);
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
    if (!(error instanceof AttributeError)) {
      // A chart's own validation ("invalid annotations: …"): name the attribute behind it.
      const option = /^invalid ([\w.[\]]+)/.exec(message)?.[1]?.split(/[.[]/)[0];
      const attribute = option ? attributeOfOption(option) : undefined;
      if (attribute) message = `attribute ${attribute}="${this.getAttribute(attribute) ?? ""}": ${message}`;
    }
    message = `<karabakh-chart> ${message}`;
    if (message !== this.#lastError) console.error(message);
    this.#lastError = message;
    this.#renderedWidth = 0;
    const p = this.ownerDocument.createElement("p");
    p.className = "k23-embed-error";
    p.textContent = message;
    return p;
  }
}
