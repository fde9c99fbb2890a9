/**
 * Server-side render in Node: the built package (`packages/charts/dist`, as a consumer imports
 * it) drawing into a linkedom and a jsdom document at 640 px. The first call of each chart in
 * the process is reported apart (it creates the formatters and projects the map); then warm
 * renders. Also the bytes of the chart's SVG and of the whole figure as HTML.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import type { Chart } from "./browser.js";
import { CHARTS, CHARTS_DIR } from "./paths.js";
import { type Summary, summarize } from "./stats.js";

type Charts = typeof import("@karabakh2023/charts");

export interface SsrRow {
  readonly dom: "linkedom" | "jsdom";
  readonly chart: Chart;
  readonly first: number;
  readonly warm: Summary;
  readonly svgBytes: number;
  readonly figureBytes: number;
}

const HTML = "<!doctype html><html><head></head><body></body></html>";

/** jsdom, if installed; `JSDOM_DIR` may point at a directory whose node_modules has it. */
async function loadJsdom(): Promise<((html: string) => Document) | undefined> {
  // Named through a variable: jsdom is optional here, and not a dependency the typecheck can see.
  const name = "jsdom";
  try {
    const { JSDOM } = (await import(name)) as { JSDOM: new (html: string) => { window: Window } };
    return (html) => new JSDOM(html).window.document;
  } catch {
    const dir = process.env.JSDOM_DIR;
    if (!dir) return undefined;
    const { JSDOM } = createRequire(`${dir}/`)(name) as { JSDOM: new (html: string) => { window: Window } };
    return (html) => new JSDOM(html).window.document;
  }
}

export async function serverSideRender(renders: number, warmup: number) {
  const charts = (await import(pathToFileURL(`${CHARTS_DIR}/dist/index.js`).href)) as Charts;
  const doms: { name: SsrRow["dom"]; document: () => Document }[] = [
    { name: "linkedom", document: () => parseHTML(HTML).document as unknown as Document },
  ];
  const jsdom = await loadJsdom();
  if (jsdom) doms.push({ name: "jsdom", document: () => jsdom(HTML) });

  const rows: SsrRow[] = [];
  for (const dom of doms) {
    for (const chart of CHARTS) {
      const draw = () => {
        const document = dom.document();
        const t0 = performance.now();
        const figure = charts[chart](undefined, { document, width: 640 });
        return { elapsed: performance.now() - t0, figure };
      };
      const first = draw();
      const svg = first.figure.querySelector("svg[class^='plot']") ?? first.figure.querySelector("svg");
      for (let i = 0; i < warmup; i++) draw();
      const times = Array.from({ length: renders }, () => draw().elapsed);
      rows.push({
        dom: dom.name,
        chart,
        first: first.elapsed,
        warm: summarize(times),
        svgBytes: Buffer.byteLength(svg?.outerHTML ?? ""),
        figureBytes: Buffer.byteLength(first.figure.outerHTML),
      });
    }
  }
  return { rows, jsdom: jsdom !== undefined };
}
