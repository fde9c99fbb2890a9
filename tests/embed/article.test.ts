/**
 * The example newsroom article (examples/article, built with Vite) in Chromium: one chart per
 * embedding method, all visible, no console error, no layout shift, at phone and desktop widths.
 * Screenshots go to .artifacts/embed/ for a human to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  EMBED,
  ensureBundle,
  ensureEmbedBuilt,
  launch,
  ROOT,
  type StaticServer,
  serve,
  stale,
} from "./harness.js";

const ARTICLE = join(ROOT, "examples/article");
const SHOTS = join(ROOT, ".artifacts/embed");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureBundle();
  ensureEmbedBuilt();
  if (
    stale(
      join(ARTICLE, "dist/index.html"),
      join(ARTICLE, "index.html"),
      join(ROOT, "packages/charts/src"),
      join(EMBED, "dist"),
    )
  ) {
    execFileSync(process.execPath, [join(ARTICLE, "build.mjs")], { cwd: ROOT, stdio: "pipe" });
  }
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(
    {
      // Records layout shifts from the first paint on, before any of the page's own scripts.
      "/cls.js": {
        body: `window.__shifts = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, t: Math.round(e.startTime), nodes: e.sources.map((s) => s.node && (s.node.id || s.node.nodeName)) }); })
  .observe({ type: "layout-shift", buffered: true });`,
      },
    },
    { "/": join(ARTICLE, "dist") },
  );
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each([320, 1024])(
  "at %i px: three charts visible (image, element, iframe), no console error, CLS 0",
  async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    // The observer must exist before the first paint: inject it ahead of the page's scripts.
    await page.addInitScript({ content: await (await fetch(`${server.origin}/cls.js`)).text() });
    await page.goto(`${server.origin}/index.html`, { waitUntil: "load" });

    // Method 3: the static image, loaded and drawn at the column width.
    const img = await page.$eval("#static-image img", async (el) => {
      await (el as HTMLImageElement).decode();
      return { natural: (el as HTMLImageElement).naturalWidth, shown: el.getBoundingClientRect().width };
    });
    // Phones get the narrow rendering (360 px at 2x), wider screens the column one (688 px at 2x).
    expect(img.natural).toBe(width < 560 ? 720 : 1376);
    expect(img.shown).toBe(Math.min(688, width - 32));

    // Method 1: the web component, drawn at the column width.
    const svgWidth = await page.$eval("#web-component karabakh-chart .k23-plot svg", (el) =>
      Number(el.getAttribute("width")),
    );
    expect(svgWidth).toBe(Math.min(688, width - 32));

    // Method 2: the iframe, sized by its page's message. It sits below the fold, so it is sized
    // before a reader gets there; then scroll to it as a reader would.
    const frame = await (await page.$("#iframe iframe"))?.contentFrame();
    await frame?.waitForSelector("figure.k23-figure svg", { timeout: 60_000 });
    const inner = await frame?.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await page.waitForFunction(
      (h) => document.querySelector("#iframe iframe")?.getAttribute("height") === String(h),
      inner,
    );
    expect(inner).toBeGreaterThan(300);
    await page.$eval("#iframe iframe", (el) => el.scrollIntoView());
    await page.waitForTimeout(200);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `article-${width}.png`), fullPage: true });
    // Shifts are counted from load until now, scrolling included: the first screen must not jump.
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number }[] }).__shifts,
    );
    expect(shifts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  },
);
