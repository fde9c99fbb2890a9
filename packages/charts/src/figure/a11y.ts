/**
 * Accessibility of the plot area: valid ARIA on Plot's output, and one tab stop through which
 * arrow keys reach every data point, show its tooltip and announce it.
 */
import { least } from "d3-array";
import type { FocusPoint } from "./contract.js";

/**
 * Plot labels its mark groups `<g aria-label="bar">` without a role, which axe reports as
 * `aria-prohibited-attr`. Those groups are containers of marks, so they become `role="group"`.
 * Any other element Plot labelled gets `role="img"`.
 */
export function fixPlotAria(root: Element): void {
  const labelled = [
    ...(root.matches("[aria-label]") ? [root] : []),
    ...root.querySelectorAll("[aria-label]"),
  ];
  for (const el of labelled) {
    if (el.hasAttribute("role")) continue;
    el.setAttribute("role", el.tagName.toLowerCase() === "g" ? "group" : "img");
  }
}

/**
 * Makes `plot` the chart's one tab stop with the accessible name `label`, or, without a label,
 * no tab stop at all: one without points (or without the script) would promise what it cannot do.
 */
export function setTabStop(plot: HTMLElement, label: string | undefined): void {
  if (label === undefined) {
    for (const a of ["tabindex", "role", "aria-label"]) plot.removeAttribute(a);
    return;
  }
  plot.setAttribute("tabindex", "0");
  plot.setAttribute("role", "group");
  plot.setAttribute("aria-label", label);
}

const NO_LAYOUT = { left: 0, top: 0, width: 0, height: 0 };

function rect(el: Element): { left: number; top: number; width: number; height: number } {
  return typeof el.getBoundingClientRect === "function" ? el.getBoundingClientRect() : NO_LAYOUT;
}

export interface PointNavigator {
  /** Replace the points (after a re-render) and the element their coordinates refer to. */
  update(points: readonly FocusPoint[], svg: Element | null, renderedWidth: number): void;
  /** Hides the tooltip and removes the listeners: the plot stops answering keys and pointer. */
  dispose(): void;
}

/**
 * Makes `container` the chart's single tab stop. While it has focus, arrow keys (and Home/End)
 * move through `points`, each shown in `tooltip` and announced through `live`; Escape hides the
 * tooltip and leaves. Pointer movement shows the nearest point's tooltip too.
 */
export function attachNavigator(
  container: HTMLElement,
  tooltip: HTMLElement,
  ring: HTMLElement,
  live: HTMLElement,
  positionText: (index: number, count: number) => string,
): PointNavigator {
  let points: readonly FocusPoint[] = [];
  let svg: Element | null = null;
  let width = 1;
  let index = 0;

  function place(point: FocusPoint): void {
    // Points are in SVG user units; the SVG may be scaled down by CSS (max-width: 100%).
    // Server DOMs (linkedom) have no layout: position from the origin there.
    const box = rect(container);
    const area = svg ? rect(svg) : box;
    const scale = area.width > 0 ? area.width / width : 1;
    const x = area.left - box.left + point.x * scale;
    const y = area.top - box.top + point.y * scale;
    ring.style.left = `${x}px`;
    ring.style.top = `${y}px`;
    ring.hidden = false;
    tooltip.textContent = point.label;
    tooltip.hidden = false;
    tooltip.style.left = "0px"; // measure at full available width, not squeezed by the last position
    // Below the point (above it near the bottom), centred and kept inside the chart, so the
    // focused mark and its own labels stay visible.
    const tip = rect(tooltip);
    const left = Math.max(0, Math.min(x - tip.width / 2, box.width - tip.width));
    const below = y + 16 + tip.height <= box.height || y < tip.height + 16;
    tooltip.style.left = `${left}px`;
    tooltip.style.right = "";
    tooltip.style.top = `${below ? y + 16 : y - 16 - tip.height}px`;
  }

  function show(i: number, announce: boolean): void {
    const point = points[i];
    if (!point) return;
    index = i;
    place(point);
    if (announce) live.textContent = `${point.label} (${positionText(i + 1, points.length)})`;
  }

  function hide(): void {
    tooltip.hidden = true;
    ring.hidden = true;
  }

  const listeners: [string, EventListener][] = [];
  const on = <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => {
    container.addEventListener(type, listener);
    listeners.push([type, listener as EventListener]);
  };

  on("focus", () => show(Math.min(index, points.length - 1), true));
  on("blur", hide);
  on("keydown", (event) => {
    const n = points.length;
    if (n === 0) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: n - 1,
    };
    if (event.key === "Escape") {
      hide();
      container.blur();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(Math.max(0, Math.min(n - 1, next)), true);
  });
  on("pointermove", (event) => {
    const area = svg ? rect(svg) : undefined;
    if (!area || area.width === 0) return;
    const scale = area.width / width;
    const px = (event.clientX - area.left) / scale;
    const py = (event.clientY - area.top) / scale;
    const i = least(
      points.map((_, j) => j),
      (j) => Math.hypot((points[j]?.x ?? 0) - px, (points[j]?.y ?? 0) - py),
    );
    const p = i === undefined ? undefined : points[i];
    if (i !== undefined && p && Math.hypot(p.x - px, p.y - py) < 40) show(i, false);
    else if (container.ownerDocument.activeElement !== container) hide();
  });
  on("pointerleave", () => {
    if (container.ownerDocument.activeElement !== container) hide();
  });

  return {
    update(next, nextSvg, renderedWidth) {
      points = next;
      svg = nextSvg;
      width = renderedWidth;
      index = Math.min(index, Math.max(0, points.length - 1));
      if (!tooltip.hidden && container.ownerDocument.activeElement === container) show(index, false);
    },
    dispose() {
      for (const [type, listener] of listeners.splice(0)) container.removeEventListener(type, listener);
      hide();
      // No longer a tab stop that promises arrow-key navigation.
      setTabStop(container, undefined);
    },
  };
}
