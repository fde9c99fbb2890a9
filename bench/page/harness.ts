/**
 * Runs in the benchmark page (bundled as an IIFE). Each library draws the same chart into
 * `#stage`; a render is timed from the call to a forced layout (`getBoundingClientRect`), so
 * the browser's style and layout work is counted, not just the library's JavaScript.
 *
 * Libraries come from script tags: ours is the shipped script-tag bundle (`Karabakh2023`),
 * direct Plot is bench/alternatives/plot.ts (`BenchPlot`), Vega-Lite is vega + vega-lite's
 * own minified builds (`vega`, `vegaLite`) with bench/alternatives/vega-lite.ts (`BenchVegaLite`).
 */
import type { ChartName, plotCharts } from "../alternatives/plot.js";
import type { vegaLiteSpecs } from "../alternatives/vega-lite.js";

import type { Library } from "./libraries.js";

export type { Library } from "./libraries.js";

type Charts = typeof import("@karabakh2023/charts");
interface BenchGlobals {
  Karabakh2023: Charts;
  BenchPlot: typeof plotCharts;
  BenchVegaLite: typeof vegaLiteSpecs;
  vega: typeof import("vega");
  vegaLite: typeof import("vega-lite");
}
const g = globalThis as unknown as BenchGlobals;

let view: import("vega").View | undefined;

function stage(): HTMLElement {
  const element = document.getElementById("stage");
  if (!element) throw new Error("bench page has no #stage");
  return element;
}

function clear(target: HTMLElement): void {
  view?.finalize();
  view = undefined;
  target.replaceChildren();
  target.style.width = "640px";
}

/** Milliseconds of our last draw spent in the chart call itself, before the browser's layout. */
let oursCall = 0;

/** Draws `chart` with `library` at `width` into the stage; returns the elapsed milliseconds. */
async function draw(library: Library, chart: ChartName, width: number, target: HTMLElement): Promise<number> {
  const t0 = performance.now();
  if (library === "ours") {
    const figure = g.Karabakh2023[chart](undefined, { width });
    oursCall = performance.now() - t0;
    target.append(figure);
  } else if (library === "plot") {
    target.append(g.BenchPlot[chart](width));
  } else {
    const spec = g.vegaLite.compile(g.BenchVegaLite[chart](width)).spec;
    view = new g.vega.View(g.vega.parse(spec), { renderer: "svg", container: target, hover: true });
    await view.runAsync();
  }
  target.getBoundingClientRect();
  return performance.now() - t0;
}

/** `n` timed renders per library after `warmup` untimed ones, interleaved in rotating order. */
async function warm(chart: ChartName, libraries: readonly Library[], n: number, warmup: number) {
  const target = stage();
  const times = Object.fromEntries(libraries.map((l) => [l, [] as number[]])) as Record<Library, number[]>;
  const oursCalls: number[] = [];
  for (const library of libraries)
    for (let i = 0; i < warmup; i++) {
      clear(target);
      await draw(library, chart, 640, target);
    }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < libraries.length; j++) {
      const library = libraries[(i + j) % libraries.length] as Library;
      clear(target);
      times[library].push(await draw(library, chart, 640, target));
      if (library === "ours") oursCalls.push(oursCall);
    }
  }
  clear(target);
  return { times, oursCalls };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Ours follows its container: a width change reaches the chart through its ResizeObserver, which
 * redraws in the next animation frame. We time that frame's callback (rAF wrapped to note its
 * start) up to the forced layout after the plot is replaced (a MutationObserver, which runs
 * right after the callback), so the wait for the frame itself is not counted.
 */
function oursResize(target: HTMLElement, figure: Element, width: number): Promise<number> {
  const plot = figure.querySelector(".k23-plot");
  if (!plot) throw new Error("figure has no .k23-plot");
  const raf = window.requestAnimationFrame;
  return new Promise((resolve, reject) => {
    let t0 = Number.NaN;
    const restore = () => {
      window.requestAnimationFrame = raf;
      observer.disconnect();
      clearTimeout(timer);
    };
    window.requestAnimationFrame = (callback) =>
      raf.call(window, (time) => {
        t0 = performance.now();
        callback(time);
      });
    const observer = new MutationObserver(() => {
      figure.getBoundingClientRect();
      const t1 = performance.now();
      restore();
      resolve(t1 - t0);
    });
    observer.observe(plot, { childList: true });
    const timer = setTimeout(() => {
      restore();
      reject(new Error(`ours did not redraw after a width change to ${width} px`));
    }, 3000);
    target.style.width = `${width}px`;
  });
}

/** Re-render on a width change (640 ↔ 560 px), `n` times per library after `warmup`. */
async function resize(chart: ChartName, libraries: readonly Library[], n: number, warmup: number) {
  const target = stage();
  const times = Object.fromEntries(libraries.map((l) => [l, [] as number[]])) as Record<Library, number[]>;
  for (const library of libraries) {
    clear(target);
    let figure: Element | undefined;
    if (library === "ours") {
      figure = g.Karabakh2023[chart]();
      target.append(figure);
    } else await draw(library, chart, 640, target);
    await frame();
    await frame();
    for (let i = 0; i < warmup + n; i++) {
      const width = i % 2 === 0 ? 560 : 640;
      let elapsed: number;
      if (library === "ours" && figure) elapsed = await oursResize(target, figure, width);
      else if (library === "plot") {
        const t0 = performance.now();
        target.replaceChildren(g.BenchPlot[chart](width));
        target.getBoundingClientRect();
        elapsed = performance.now() - t0;
      } else {
        const t0 = performance.now();
        const current = view;
        if (!current) throw new Error("no vega view to resize");
        const inner = chart === "reactionsMap" ? width : width - (chart === "casualtyComparison" ? 230 : 60);
        await current.width(inner).runAsync();
        target.getBoundingClientRect();
        elapsed = performance.now() - t0;
      }
      if (i >= warmup) times[library].push(elapsed);
      await frame();
    }
  }
  clear(target);
  return times;
}

/** The first render in a freshly loaded page: the call, and the time since navigation start. */
async function cold(library: Library, chart: ChartName) {
  const target = stage();
  const render = await draw(library, chart, 640, target);
  return { render, sinceNavigation: performance.now() };
}

Object.assign(globalThis, { bench: { warm, resize, cold } });
export type Bench = { warm: typeof warm; resize: typeof resize; cold: typeof cold };
