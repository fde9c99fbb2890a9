/**
 * `<karabakh-chart>` meets prerendered markup (from `renderHtml` / `karabakh2023-render --format
 * html`): it adopts the figure as it is, drawing nothing, when the figure is what the element
 * would draw (same chart, options and data, a width within `WIDTH_TOLERANCE`, markup unchanged
 * and free of anything that runs script); otherwise the element draws the chart as usual, which
 * replaces the markup. An adopted figure gets its keyboard navigation and tooltips when the page
 * is first idle or on the reader's first interaction with it, whichever comes first.
 */
import { thawFigure } from "../figure/prerendered.js";
import type { ChartFigure } from "../figure/render.js";
import type { ChartId } from "../registry.js";
import {
  markupDigest,
  PRERENDER_ATTRIBUTES,
  PRERENDER_FORMAT,
  prerenderKey,
  unsafeMarkup,
  widthMatches,
} from "./prerender.js";

/** What the element is about to draw. */
export interface Expected {
  readonly chart: ChartId;
  readonly options: Record<string, unknown>;
  readonly data: unknown;
  readonly width: number;
  /** The BCP 47 tag the element draws in (undefined: "en"). */
  readonly locale: string | undefined;
}

/** Interactions that attach the figure's behaviour at once, before the page is idle. */
const FIRST_INTERACTIONS = ["pointerdown", "focusin", "keydown"] as const;

/** The prerendered figure directly inside `host`, if there is one. */
function prerendered(host: Element): HTMLElement | null {
  return host.querySelector<HTMLElement>(`:scope > figure[${PRERENDER_ATTRIBUTES.format}]`);
}

/**
 * Why `figure` is not what the element would draw, or undefined when it is. `tampered`: the
 * markup is unsafe or was changed after it was drawn (worth a warning), not merely stale.
 */
function mismatch(
  figure: HTMLElement,
  expected: Expected,
): { reason: string; tampered: boolean } | undefined {
  const unsafe = unsafeMarkup(figure);
  if (unsafe) return { reason: `it holds ${unsafe}`, tampered: true };
  const { format, key, width, digest } = PRERENDER_ATTRIBUTES;
  if (figure.getAttribute(format) !== String(PRERENDER_FORMAT)) {
    return { reason: `it was written in another format (${figure.getAttribute(format)})`, tampered: false };
  }
  const drawnWidth = Number(figure.getAttribute(width));
  if (!widthMatches(drawnWidth, expected.width)) {
    return { reason: `drawn at ${drawnWidth}px, the element is ${expected.width}px wide`, tampered: false };
  }
  if (figure.getAttribute(key) !== prerenderKey(expected.chart, expected.options, expected.data)) {
    return { reason: "it was drawn from other data or options", tampered: false };
  }
  if (figure.getAttribute(digest) !== markupDigest(figure)) {
    return { reason: "its markup was changed after it was drawn", tampered: true };
  }
  return undefined;
}

/**
 * Adopts the prerendered figure inside `host` if it is what `expected` describes, and returns
 * it (a `ChartFigure` whose `dispose` also cancels a pending attach). Returns null when there is
 * none or it does not match; a tampered one is reported with `console.warn`.
 */
export function adoptPrerendered(host: Element, expected: Expected): ChartFigure | null {
  const figure = prerendered(host);
  if (!figure) return null;
  const problem = mismatch(figure, expected);
  const attach = problem ? undefined : thawFigure(figure, expected.locale);
  if (!attach) {
    if (problem?.tampered) console.warn(`<karabakh-chart> prerendered figure redrawn: ${problem.reason}`);
    return null;
  }
  const view = figure.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  let release: (() => void) | undefined;
  let cancelIdle = () => {};
  const stopWaiting = () => {
    cancelIdle();
    for (const type of FIRST_INTERACTIONS) figure.removeEventListener(type, now, true);
  };
  // Capture: runs before the event reaches the plot, so the first key press already navigates.
  function now() {
    stopWaiting();
    release ??= attach?.();
  }
  for (const type of FIRST_INTERACTIONS) figure.addEventListener(type, now, true);
  if (view && typeof view.requestIdleCallback === "function") {
    const handle = view.requestIdleCallback(now, { timeout: 2000 });
    cancelIdle = () => view.cancelIdleCallback(handle);
  } else if (view) {
    // Safari has no requestIdleCallback: soon after the current task, off the first paint.
    const handle = view.setTimeout(now, 200);
    cancelIdle = () => view.clearTimeout(handle);
  }
  const adopted = figure as ChartFigure;
  adopted.dispose = () => {
    stopWaiting();
    release?.();
    release = () => {};
  };
  return adopted;
}
