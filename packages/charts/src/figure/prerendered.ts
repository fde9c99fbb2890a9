/**
 * A figure drawn on a server, sent as HTML and brought to life in the page without being drawn
 * again. The server freezes it: the focus points go into the markup, and the plot loses its tab
 * stop, which promises arrow keys that only the script can keep. The page thaws it: keyboard
 * navigation and tooltips are attached to the nodes that are already there.
 */
import { resolveLocale } from "../locales/registry.js";
import { attachNavigator, setTabStop } from "./a11y.js";
import type { FocusPoint } from "./contract.js";
import { drawnState, plotSvg, tabStopLabel } from "./render.js";

/** Attribute of `.k23-plot` holding `{width, points: [[x, y, label], …]}` as JSON. */
export const POINTS_ATTRIBUTE = "data-k23-points";

/** Tenths of a pixel: finer than any screen shows, and a third of the digits of a double. */
const round = (n: number) => Math.round(n * 10) / 10;

/** Server side: records the plot's focus points in the markup and removes its tab stop. */
export function freezeFigure(figure: HTMLElement): void {
  const state = drawnState(figure);
  const plot = figure.querySelector<HTMLElement>(".k23-plot");
  if (!state || !plot) return;
  const points = state.points.map((p) => [round(p.x), round(p.y), p.label]);
  plot.setAttribute(POINTS_ATTRIBUTE, JSON.stringify({ width: state.width, points }));
  setTabStop(plot, undefined);
}

/** The recorded points, or undefined when the attribute is missing or not what freezeFigure writes. */
function readPoints(json: string | null): { width: number; points: FocusPoint[] } | undefined {
  if (json === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { width, points } = (value ?? {}) as { width?: unknown; points?: unknown };
  if (typeof width !== "number" || !(width > 0) || !Array.isArray(points)) return undefined;
  const out: FocusPoint[] = [];
  for (const p of points) {
    if (!Array.isArray(p) || p.length !== 3) return undefined;
    const [x, y, label] = p as unknown[];
    if (!Number.isFinite(x) || !Number.isFinite(y) || typeof label !== "string") return undefined;
    out.push({ x: x as number, y: y as number, label });
  }
  return { width, points: out };
}

/**
 * Page side: checks that a frozen figure can be brought to life, and returns what attaches
 * keyboard navigation and tooltips to its existing nodes, without touching its drawing (the
 * attach function returns what undoes it). Undefined when the figure is not one `freezeFigure`
 * wrote: the caller then draws the chart instead.
 */
export function thawFigure(figure: HTMLElement, locale: string | undefined): (() => () => void) | undefined {
  const plot = figure.querySelector<HTMLElement>(":scope > .k23-plot");
  // A figure with a message instead of a plot has nothing to navigate.
  if (!plot) return figure.querySelector(":scope > .k23-message") ? () => () => {} : undefined;
  const drawing = plot.firstElementChild;
  const ring = plot.querySelector<HTMLElement>(":scope > .k23-focus-ring");
  const tooltip = plot.querySelector<HTMLElement>(":scope > .k23-tooltip");
  const live = figure.querySelector<HTMLElement>(":scope > [aria-live]");
  const recorded = readPoints(plot.getAttribute(POINTS_ATTRIBUTE));
  if (!drawing || !ring || !tooltip || !live || !recorded) return undefined;
  let text: ReturnType<typeof resolveLocale>["messages"]["chrome"];
  try {
    text = resolveLocale(locale ?? "en").messages.chrome;
  } catch {
    return undefined; // a locale with no table: the element draws, and shows that error
  }
  return () => {
    const navigator = attachNavigator(plot, tooltip, ring, live, text.pointPosition);
    navigator.update(recorded.points, plotSvg(drawing), recorded.width);
    const title = figure.querySelector(".k23-title")?.textContent ?? "";
    if (recorded.points.length > 0) setTabStop(plot, tabStopLabel(title, text, recorded.points.length));
    return navigator.dispose;
  };
}
