/**
 * The cold article page (issue #18): a plain article with the three charts, loaded cold in
 * Chromium with the CPU slowed down 4× (CDP `Emulation.setCPUThrottlingRate`: what a mid-range
 * phone feels like), six ways:
 *
 * - ours prerendered, lazy: the HTML of `renderHtml()` pasted in, the split script-tag files listed
  for `karabakh2023.lazy.min.js`, which loads them only when the reader reaches for a figure (the
  README's markup; after the settle time the pointer moves over the first figure, and the time
  until its keyboard navigation and tooltips are attached is reported apart);
- ours prerendered, defer: the same HTML, the split files `defer`;
 * - the same HTML without any script: what a reader without JavaScript gets, and the part of the
 *   prerendered page's cost that is the HTML itself;
 * - ours script tags: the README's markup, the split files as plain scripts in the `<head>` and
 *   three empty `<karabakh-chart>`;
 * - direct Plot (`alternatives/plot.ts`) and Vega-Lite, their scripts at the end of the body,
 *   as a desk would paste them, drawing into three slots.
 *
 * Measured in the page by a probe that runs first: the time from navigation start to the frame
 * in which all three charts' plots are in the document (each `[data-bench-chart]` holds an
 * `<svg>` wider than 200 px), and the total blocking time: the sum over long tasks (PerformanceObserver
 * `longtask`) of their time beyond 50 ms, from navigation start until 2.5 s after the charts are
 * painted (so the work a page defers to idle time counts too).
 */
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import type { Asset } from "./server.js";

export const ARTICLE_VARIANTS = ["lazy", "prerendered", "static", "script", "plot", "vega-lite"] as const;
export type ArticleVariant = (typeof ARTICLE_VARIANTS)[number];

/** The CPU slowdown of the cold article loads. */
export const CPU_SLOWDOWN = 4;
const WIDTH = 640;
/** How long after the charts are painted long tasks are still counted. */
export const SETTLE_MS = 2500;

const PROBE = `<script>window.__bench = new Promise((resolve) => {
  const tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); })
    .observe({ type: "longtask", buffered: true });
  const painted = () => [...document.querySelectorAll("[data-bench-chart]")]
    .filter((slot) => [...slot.querySelectorAll("svg")].some((svg) => Number(svg.getAttribute("width")) > 200)).length === 3;
  const tick = () => {
    if (!painted()) return requestAnimationFrame(tick);
    const at = performance.now();
    setTimeout(() => resolve({ painted: at, blocking: tasks.reduce((t, d) => t + Math.max(0, d - 50), 0) }), ${SETTLE_MS});
  };
  requestAnimationFrame(tick);
});</script>`;

const PARAGRAPH =
  "<p>On 19 September 2023 Azerbaijan launched a military offensive in Nagorno-Karabakh. Within a day the authorities of the self-declared republic agreed to disarm; within a week, nearly all of its Armenian population had left for Armenia, in the largest exodus of the South Caucasus in three decades.</p>";

const CHART_IDS = ["casualties", "refugees", "reactions"] as const;
const BENCH_NAMES = ["casualtyComparison", "refugeeCurve", "reactionsMap"] as const;
export const SPLIT = [
  "/karabakh2023.data.min.js",
  "/karabakh2023.map.min.js",
  "/karabakh2023.curve.min.js",
  "/karabakh2023.core.min.js",
];

function article(head: string, charts: readonly string[], tail = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Nagorno-Karabakh: the exodus</title><link rel="icon" href="data:,">${PROBE}
<style>body { margin: 0 auto; max-width: ${WIDTH}px; padding: 0 16px; font: 18px/1.6 Georgia, serif; }</style>
${head}</head><body><h1>Nagorno-Karabakh: the exodus</h1>${PARAGRAPH}
${charts.join(PARAGRAPH)}${PARAGRAPH}${tail}</body></html>`;
}

const slots = () => BENCH_NAMES.map((name) => `<div data-bench-chart id="${name}"></div>`);
const scripts = (srcs: readonly string[], defer = false) =>
  srcs.map((s) => `<script src="${s}"${defer ? " defer" : ""}></script>`).join("");
/** The README's lazy markup: the files listed for karabakh2023.lazy.min.js, which loads them. */
const lazy = (srcs: readonly string[]) =>
  `${srcs.map((s) => `<script type="karabakh2023/lazy" src="${s}"></script>`).join("")}${scripts(["/karabakh2023.lazy.min.js"], true)}`;

/**
 * The six article pages, served at `/article/<variant>.html`. `prerendered` holds the three
 * figures from `renderHtml()` at the column's width (the stylesheet once).
 */
export function articleAssets(prerendered: (chart: (typeof CHART_IDS)[number], styles: boolean) => string) {
  const figures = CHART_IDS.map((c, i) =>
    prerendered(c, i === 0).replace("<karabakh-chart ", "<karabakh-chart data-bench-chart "),
  );
  const html: Record<ArticleVariant, string> = {
    lazy: article(lazy(SPLIT), figures),
    prerendered: article(scripts(SPLIT, true), figures),
    static: article("", figures),
    script: article(
      scripts(SPLIT),
      CHART_IDS.map((c) => `<karabakh-chart data-bench-chart chart="${c}" lang="en"></karabakh-chart>`),
    ),
    plot: article(
      "",
      slots(),
      `${scripts(["/plot.js"])}<script>for (const name of ${JSON.stringify(BENCH_NAMES)}) document.getElementById(name).append(BenchPlot[name](${WIDTH}));</script>`,
    ),
    "vega-lite": article(
      "",
      slots(),
      `${scripts(["/vega.min.js", "/vega-lite.min.js", "/vega-lite-specs.js"])}<script>for (const name of ${JSON.stringify(BENCH_NAMES)}) new vega.View(vega.parse(vegaLite.compile(BenchVegaLite[name](${WIDTH})).spec), { renderer: "svg", container: document.getElementById(name) }).runAsync();</script>`,
    ),
  };
  return new Map<string, Asset>(
    ARTICLE_VARIANTS.map((v) => [`/article/${v}.html`, { type: "text/html; charset=utf-8", body: html[v] }]),
  );
}

/** Gzip bytes of the page's HTML and of the scripts it loads (what crosses the network). */
export function articleBytes(assets: ReadonlyMap<string, Asset>, variant: ArticleVariant) {
  const page = assets.get(`/article/${variant}.html`)?.body.toString() ?? "";
  const gz = (body: string | Buffer | undefined) =>
    body === undefined ? 0 : gzipSync(body, { level: 9 }).length;
  const srcs = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? "");
  return { html: gz(page), scripts: srcs.reduce((t, s) => t + gz(assets.get(s)?.body), 0) };
}

export interface ArticleSamples {
  painted: number[];
  blocking: number[];
  /** The lazy page: from the pointer over the first figure to its behaviour attached, ms. */
  reach: number[];
}

/**
 * On the lazy page, after the settle time: checks that no chart file was loaded, then moves the
 * pointer over the first figure's plot and times, in the page, from that `pointerover` to the
 * plot's keyboard navigation and tooltips attached (its `tabindex`).
 */
async function firstReach(page: import("playwright-core").Page): Promise<number> {
  if (await page.evaluate(() => customElements.get("karabakh-chart") !== undefined))
    throw new Error("the lazy page loaded the chart files before the reader reached for a figure");
  // A string, not a function: tsx would name its inner functions with a helper the page lacks.
  // (`void`: evaluating the promise itself would wait for it, before the pointer moves.)
  await page.evaluate(`void (window.__reach = new Promise((resolve) => {
    let at = 0;
    document.addEventListener("pointerover", () => { at ||= performance.now(); }, { capture: true });
    const tick = () => at > 0 && document.querySelector("karabakh-chart .k23-plot")?.getAttribute("tabindex") === "0"
      ? resolve(performance.now() - at) : requestAnimationFrame(tick);
    requestAnimationFrame(tick);
  }))`);
  await page.hover("karabakh-chart .k23-plot");
  return page.evaluate(() => (window as unknown as { __reach: Promise<number> }).__reach);
}

/** `loads` cold loads of each variant, interleaved, each in a fresh context of one browser. */
export async function timeArticles(
  url: string,
  executablePath: string,
  args: readonly string[],
  loads: number,
  log: (line: string) => void,
): Promise<Record<ArticleVariant, ArticleSamples>> {
  const results = Object.fromEntries(
    ARTICLE_VARIANTS.map((v) => [
      v,
      { painted: [] as number[], blocking: [] as number[], reach: [] as number[] },
    ]),
  ) as Record<ArticleVariant, ArticleSamples>;
  const browser = await chromium.launch({ executablePath, headless: true, args: [...args] });
  try {
    for (let i = 0; i < loads; i++) {
      for (let j = 0; j < ARTICLE_VARIANTS.length; j++) {
        const variant = ARTICLE_VARIANTS[(i + j) % ARTICLE_VARIANTS.length] as ArticleVariant;
        const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => {
          // Ours: a prerendered figure that is refused says so with a warning.
          if (m.type() === "error" || m.text().startsWith("<karabakh-chart>")) errors.push(m.text());
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
        await page.goto(`${url}/article/${variant}.html`);
        const r = await page.evaluate(
          () => (window as unknown as { __bench: Promise<{ painted: number; blocking: number }> }).__bench,
        );
        if (errors.length > 0) throw new Error(`errors in the ${variant} article: ${errors.join("; ")}`);
        // Timed as adopted: a figure redrawn by the element would be timed as the script-tag page.
        const adopted = await page.evaluate(
          () => document.querySelectorAll("figure[data-k23-prerender]").length,
        );
        if (variant === "prerendered" && adopted !== 3)
          throw new Error(`${3 - adopted} prerendered figures were redrawn`);
        if (variant === "lazy") results[variant].reach.push(await firstReach(page));
        results[variant].painted.push(r.painted);
        results[variant].blocking.push(r.blocking);
        await context.close();
      }
      log(`  article loads ${i + 1}/${loads}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}
