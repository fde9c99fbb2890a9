/**
 * <karabakh-chart> in Chromium, loaded the way a newsroom loads it: the minified script-tag
 * bundle from a <script> tag.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureBundle, launch, type StaticServer, serve } from "./harness.js";

let server: StaticServer;
let browser: Browser;

const PARAGRAPH =
  "<p>Le 19 septembre 2023, l’Azerbaïdjan lance une offensive militaire au Haut-Karabakh. En moins de vingt-quatre heures, les forces de la république autoproclamée capitulent ; en une semaine, la quasi-totalité de la population arménienne prend la route de l’Arménie.</p>";

const page = (body: string, head = "") => ({
  body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}
<script src="/cls.js"></script><script src="/karabakh2023.min.js" defer blocking="render"></script>
<style>body{margin:0 auto;max-width:680px;padding:0 16px;font:18px/1.6 Georgia,serif}</style></head><body>${body}</body></html>`,
});

beforeAll(async () => {
  const bundle = ensureBundle();
  server = await serve({
    "/karabakh2023.min.js": { file: bundle },
    // Records layout shifts from the very start of the page (buffered), before the bundle runs.
    "/cls.js": {
      body: `window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
  .observe({ type: "layout-shift", buffered: true });`,
    },
    "/three.html": page(
      `<h1>Haut-Karabakh : l’exode</h1>${PARAGRAPH}
<karabakh-chart id="c" chart="casualties" lang="fr"></karabakh-chart>${PARAGRAPH}
<karabakh-chart id="r" chart="refugees" theme="dark"></karabakh-chart>${PARAGRAPH}
<karabakh-chart id="m" chart="reactions" lang="en"></karabakh-chart>${PARAGRAPH}`,
    ),
    "/bad.html": page(
      `<karabakh-chart id="bad" chart="pie"></karabakh-chart><karabakh-chart id="good" chart="casualties"></karabakh-chart>`,
    ),
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1024) {
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${server.origin}${path}`, { waitUntil: "load" });
  return { page: p, errors };
}

const figureOf = (p: Page, id: string) =>
  p.$eval(`#${id}`, (el) => {
    const figure = el.querySelector("figure.k23-figure");
    return {
      lang: figure?.getAttribute("lang"),
      theme: figure?.getAttribute("data-theme"),
      cls: figure?.getAttribute("class"),
      title: figure?.querySelector(".k23-title")?.textContent,
      svgWidth: Number(figure?.querySelector(".k23-plot svg")?.getAttribute("width")),
      height: el.getBoundingClientRect().height,
    };
  });

describe("<karabakh-chart>", () => {
  test("renders each chart, with its locale and theme, and several on one page never share an id", async () => {
    const { page: p, errors } = await open("/three.html");
    const c = await figureOf(p, "c");
    const r = await figureOf(p, "r");
    const m = await figureOf(p, "m");
    expect(c).toMatchObject({ lang: "fr", theme: "auto" });
    expect(c.cls).toContain("casualty");
    // No lang attribute: the article's <html lang="fr"> is used.
    expect(r).toMatchObject({ lang: "fr", theme: "dark" });
    expect(m).toMatchObject({ lang: "en" });
    for (const f of [c, r, m]) {
      // The article column, measured, not Plot's default 640; the dark panel pads 16 px a side.
      expect(f.svgWidth).toBe(f === r ? 680 - 32 : 680);
      expect(f.height).toBeGreaterThan(250);
    }
    const duplicates = await p.$$eval("[id]", (els) => {
      const seen = new Map<string, number>();
      for (const el of els) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });

  test("re-renders when an attribute changes, once per batch of changes", async () => {
    const { page: p, errors } = await open("/three.html");
    const before = await figureOf(p, "c");
    await p.$eval("#c", (el) => {
      el.setAttribute("lang", "en");
      el.setAttribute("theme", "dark");
    });
    await p.waitForFunction(() => document.querySelector("#c figure")?.getAttribute("lang") === "en");
    const after = await figureOf(p, "c");
    expect(after).toMatchObject({ lang: "en", theme: "dark" });
    expect(after.title).not.toBe(before.title);
    await p.$eval("#c", (el) => el.setAttribute("chart", "refugees"));
    await p.waitForFunction(() => document.querySelector("#c figure")?.className.includes("refugee"));
    expect(errors).toEqual([]);
    await p.close();
  });

  test("re-renders at the new width when its container is resized", async () => {
    const { page: p } = await open("/three.html");
    await p.$eval("#r", (el) => {
      el.style.width = "360px";
    });
    await p.waitForFunction(
      // 360 px less the dark panel's side padding.
      () => document.querySelector("#r .k23-plot svg")?.getAttribute("width") === "328",
    );
    // The page itself narrows too (phone): every chart follows.
    await p.$eval("#r", (el) => {
      el.style.width = "";
    });
    await p.setViewportSize({ width: 320, height: 700 });
    await p.waitForFunction(
      () => document.querySelector("#m .k23-plot svg")?.getAttribute("width") === "288",
    );
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await p.close();
  });

  test("keeps the data table a reader opened when it re-renders at a new width", async () => {
    const { page: p } = await open("/three.html");
    await p.click("#m .k23-table summary");
    await p.$eval("#m", (el) => {
      el.style.width = "400px";
    });
    await p.waitForFunction(
      () => document.querySelector("#m .k23-plot svg")?.getAttribute("width") === "400",
    );
    const table = await p.$eval("#m .k23-table", (d) => ({
      open: (d as HTMLDetailsElement).open,
      rows: d.querySelectorAll("tbody tr").length,
    }));
    expect(table.open).toBe(true);
    expect(table.rows).toBeGreaterThan(30);
    expect(await p.$eval("#m .k23-source-list", (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await p.close();
  });

  test("an invalid attribute shows an explicit message and logs an error naming it; the next chart still renders", async () => {
    const { page: p, errors } = await open("/bad.html");
    const message = await p.$eval("#bad", (el) => el.textContent);
    expect(message).toContain(
      'invalid attribute chart="pie" (expected one of casualties, refugees, reactions)',
    );
    expect(errors).toEqual([expect.stringContaining('invalid attribute chart="pie"')]);
    expect(await p.$("#good figure.k23-figure svg")).not.toBeNull();
    // Fixing the attribute brings the chart in, without a reload.
    await p.$eval("#bad", (el) => el.setAttribute("chart", "refugees"));
    await p.waitForSelector("#bad figure.k23-figure");
    // A chart option the chart rejects names the attribute behind it too.
    await p.$eval("#bad", (el) => el.setAttribute("annotations", "no-such-event"));
    await p.waitForSelector("#bad .k23-embed-error");
    expect(await p.$eval("#bad", (el) => el.textContent)).toMatch(
      /attribute annotations="no-such-event": invalid annotations/,
    );
    await p.close();
  });

  test.each([320, 1024])("the article does not jump while charts load (CLS 0 at %i px)", async (width) => {
    const { page: p, errors } = await open("/three.html", width);
    await p.waitForTimeout(500);
    const shifts = await p.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
    expect(errors).toEqual([]);
    await p.close();
  });
});
