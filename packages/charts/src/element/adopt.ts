/**
 * `<karabakh-chart>` meets prerendered markup (from `renderHtml` / `karabakh2023-render --format
 * html`): it adopts the figure as it is, drawing nothing, when the figure is what the element
 * would draw (same chart, options and data, a width within `WIDTH_TOLERANCE`, markup unchanged
 * and free of anything that runs script); otherwise the element draws the chart as usual, which
 * replaces the markup. The markup is checked in slices of a few milliseconds, off the task that
 * asks (a page with three figures must not block its reader for the time of three walks over
 * them); the figure stays in view meanwhile, inert. An adopted figure gets its keyboard
 * navigation and tooltips when the page is first idle or on the reader's first interaction with
 * it, whichever comes first.
 */
import { thawFigure } from "../figure/prerendered.js";
import type { ChartFigure } from "../figure/render.js";
import type { ChartId } from "../registry.js";
import {
  markupDigestSteps,
  PRERENDER_ATTRIBUTES,
  PRERENDER_FORMAT,
  prerenderKey,
  runToEnd,
  unsafeMarkup,
  unsafeMarkupSteps,
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

/** Whether `host` holds a prerendered figure (adopted or not yet checked). */
export const hasPrerendered = (host: Element): boolean => prerendered(host) !== null;

/**
 * Why `figure` is not what the element would draw, from its attributes alone (format, width,
 * key), or undefined when it may be: cheap, checked in the task that asks.
 */
function stale(figure: HTMLElement, expected: Expected): string | undefined {
  const { format, key, width } = PRERENDER_ATTRIBUTES;
  if (figure.getAttribute(format) !== String(PRERENDER_FORMAT)) {
    return `it was written in another format (${figure.getAttribute(format)})`;
  }
  const drawnWidth = Number(figure.getAttribute(width));
  if (!widthMatches(drawnWidth, expected.width)) {
    return `drawn at ${drawnWidth}px, the element is ${expected.width}px wide`;
  }
  if (figure.getAttribute(key) !== prerenderKey(expected.chart, expected.options, expected.data)) {
    return "it was drawn from other data or options";
  }
  return undefined;
}

/**
 * Why the markup of `figure` cannot be adopted, or undefined when it can: it is unsafe, or was
 * changed after it was drawn. A walk over every node (a map's figure holds its whole
 * geometry), run in time slices.
 */
function* tampered(figure: HTMLElement): Generator<void, string | undefined> {
  const unsafe = yield* unsafeMarkupSteps(figure);
  if (unsafe) return `it holds ${unsafe}`;
  const digest = yield* markupDigestSteps(figure);
  if (figure.getAttribute(PRERENDER_ATTRIBUTES.digest) !== digest)
    return "its markup was changed after it was drawn";
  return undefined;
}

/**
 * Longest time a slice of the markup check takes before it gives the page back (well under the
 * 50 ms of a long task at a phone's speed, where a map's figure takes some 100 ms to walk).
 */
export const SLICE_MS = 8;

/** Runs `steps` in tasks of at most `SLICE_MS`, then `done`; returns what cancels it. */
function inSlices<T>(view: Window | null, steps: Generator<void, T>, done: (value: T) => void): () => void {
  if (!view) {
    done(runToEnd(steps));
    return () => {};
  }
  let handle = 0;
  const slice = () => {
    const end = view.performance.now() + SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) return done(next.value);
      if (view.performance.now() >= end) break;
    }
    handle = view.setTimeout(slice, 0);
  };
  handle = view.setTimeout(slice, 0);
  return () => view.clearTimeout(handle);
}

/**
 * Adopts the prerendered figure inside `host` if it is what `expected` describes. Returns "none"
 * when there is none or its attributes do not match (the caller draws now; an unsafe one is
 * reported with `console.warn`). Otherwise its markup is checked in time slices, off the
 * caller's task, and `done` receives the adopted figure (a `ChartFigure` whose `dispose` also
 * cancels a pending attach), or null when the markup is unsafe or was changed (reported with
 * `console.warn`: the caller then draws). Returns what cancels the pending check.
 */
export function adoptPrerendered(
  host: Element,
  expected: Expected,
  done: (figure: ChartFigure | null) => void,
): "none" | (() => void) {
  const figure = prerendered(host);
  if (!figure) return "none";
  const warn = (reason: string) => console.warn(`<karabakh-chart> prerendered figure redrawn: ${reason}`);
  if (stale(figure, expected) !== undefined) {
    // Redrawn anyway; an unsafe one is worth telling the page's author about.
    const unsafe = unsafeMarkup(figure);
    if (unsafe) warn(`it holds ${unsafe}`);
    return "none";
  }
  const view = figure.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  return inSlices(view, tampered(figure), (problem) => {
    const attach = problem ? undefined : thawFigure(figure, expected.locale);
    if (problem) warn(problem);
    done(attach ? adopt(figure, attach, view) : null);
  });
}

/**
 * The adopted figure: its keyboard navigation and tooltips attach when the page is first idle
 * or on the reader's first interaction with it, whichever comes first.
 */
function adopt(
  figure: HTMLElement,
  attach: () => () => void,
  view: (Window & typeof globalThis) | null,
): ChartFigure {
  let release: (() => void) | undefined;
  let cancelIdle = () => {};
  const stopWaiting = () => {
    cancelIdle();
    for (const type of FIRST_INTERACTIONS) figure.removeEventListener(type, now, true);
  };
  // Capture: runs before the event reaches the plot, so the first key press already navigates.
  function now() {
    stopWaiting();
    release ??= attach();
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
