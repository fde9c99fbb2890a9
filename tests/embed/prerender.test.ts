/**
 * Prerendered figures in the three engines (tests/browser/engines.ts): the HTML that
 * `karabakh2023-render --format html` writes, pasted into an article under a strict CSP, with the
 * script-tag bundle loaded `defer`.
 *
 * - At the width it was drawn at, the element adopts it: the plot's `<svg>` is the same node after
 *   the upgrade, nothing on the page moves (layout-shift entries in Chromium; every figure's box
 *   before and after in all three), and the arrow keys then reach every point.
 * - Without JavaScript the figure is complete: title, chart, sources, data table.
 * - At another width it is redrawn, and the result is what a fresh element draws there.
 * - Changed options, hand-edited markup, and markup carrying script are redrawn, never adopted;
 *   nothing in them runs after the upgrade.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markupDigest } from "@karabakh2023/charts";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SPLIT_BUNDLE } from "../../bench/lib/paths.js";
import { main } from "../../packages/embed/src/cli.js";
import {
  type Engine,
  type EngineName,
  type EnginePage,
  ERROR_PROBE,
  launchEngine,
  selectedEngines,
  until,
} from "../browser/engines.js";
import { CANARY, corpus } from "../hostile/corpus.js";
import { ensureBundle, type StaticServer, serve } from "./harness.js";

const NONCE = "k23PrerenderNonce0123";
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;
/** A 720 px article column (content box) with 16 px padding either side, at a 1024 px viewport. */
const COLUMN = `body{margin:0 auto;max-width:720px;padding:0 16px;font:18px/1.6 Georgia,serif}`;
const WIDTH = 720;
const PARAGRAPH =
  "<p>On 19 September 2023 Azerbaijan launched a military offensive in Nagorno-Karabakh. Within a week, nearly all of its Armenian population had left for Armenia.</p>";

/** What the CLI writes, as a desk would run it. */
function cli(...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "k23-prerender-"));
  const out = join(dir, "figure.html");
  const errors: string[] = [];
  const code = main([...args, "--format", "html", "--out", out], {
    out: () => {},
    err: (s) => errors.push(s),
  });
  if (code !== 0) throw new Error(errors.join(""));
  return readFileSync(out, "utf8");
}

/**
 * Runs before the deferred bundle (deferred scripts run in order): keeps each plot's `<svg>` and
 * each element's box as the reader first saw them, and sums Chromium's layout shifts.
 */
const BEFORE = `window.__k23Before = [...document.querySelectorAll("karabakh-chart")].map((el) => {
  const plot = el.querySelector(".k23-plot");
  const box = el.getBoundingClientRect();
  return { svg: plot && plot.firstElementChild, box: [box.top + scrollY, box.left, box.width, box.height] };
});
window.__k23Shift = 0;
if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes("layout-shift")) {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__k23Shift += e.value; })
    .observe({ type: "layout-shift", buffered: true });
}
window.__k23Ran = window.__k23Ran || [];`;

/** The README's lazy markup: the bundle listed for the lazy loader, which loads it when needed. */
const LAZY = `<script type="karabakh2023/lazy" src="/karabakh2023.min.js"></script><script src="/karabakh2023.lazy.min.js" defer></script>`;

const head = (
  title: string,
  script: boolean | "lazy",
  lazy = LAZY,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${title}</title><script src="/k23-probe.js"></script>
${script ? `<script src="/k23-before.js" defer></script>${script === "lazy" ? lazy : `<script src="/karabakh2023.min.js" defer></script>`}` : ""}
<style nonce="${NONCE}">${COLUMN} html{overflow-y:scroll}</style></head><body>`;

let server: StaticServer;
let figures: Record<"casualties" | "refugees" | "reactions", string>;
/** Hand-edited and hostile copies of the refugee figure. */
let edited: string;
let hostile: string;
let retitled: string;

/** The hostile corpus's URLs, as a page's `<script type="karabakh2023/lazy" src>`. */
const hostileSrcs = corpus.flatMap((e) => (e.target === "url" && typeof e.raw === "string" ? [e.raw] : []));
const attribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
/** What the HTML parser makes of an attribute's value (NUL becomes U+FFFD, CR LF a LF). */
const parsedAttribute = (value: string) => value.replace(/\0/g, "\uFFFD").replace(/\r\n?/g, "\n");

/** The refugee figure with `change` applied to its parsed markup, its digest recomputed or not. */
function tamper(html: string, change: (doc: Document) => void, redigest: boolean): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  change(document as unknown as Document);
  const figure = document.querySelector("figure") as unknown as Element;
  if (redigest) figure.setAttribute("data-k23-digest", markupDigest(figure));
  return (document.querySelector("karabakh-chart") as unknown as Element).outerHTML;
}

beforeAll(async () => {
  figures = {
    casualties: cli("--chart", "casualties", "--width", String(WIDTH), "--nonce", NONCE),
    refugees: cli("--chart", "refugees", "--width", String(WIDTH), "--nonce", NONCE, "--no-styles"),
    reactions: cli("--chart", "reactions", "--width", String(WIDTH), "--nonce", NONCE, "--no-styles"),
  };
  edited = tamper(
    figures.refugees,
    (doc) => {
      const cell = doc.querySelector(".k23-table td.k23-num");
      if (cell) cell.textContent = "999 999";
    },
    false,
  );
  // Whoever writes the page can recompute the digest: the element must still refuse what runs.
  hostile = tamper(
    figures.refugees,
    (doc) => {
      const figure = doc.querySelector("figure") as Element;
      const svg = doc.querySelector(".k23-plot svg") as Element;
      svg.setAttribute("onload", "window.__k23Ran.push('onload')");
      const link = doc.querySelector(".k23-sources a") as Element;
      link.setAttribute("href", "javascript:window.__k23Ran.push('link')");
      const script = doc.createElement("script");
      script.textContent = "window.__k23Ran = (window.__k23Ran || []).concat('script')";
      figure.append(script);
    },
    true,
  );
  retitled = figures.refugees.replace(
    "<karabakh-chart ",
    '<karabakh-chart chart-title="Edited after prerendering" ',
  );
  const article = (...parts: string[]) => parts.join(PARAGRAPH);
  const js = { "content-type": "text/javascript" };
  server = await serve({
    "/k23-probe.js": { body: ERROR_PROBE, headers: js },
    "/k23-before.js": { body: BEFORE, headers: js },
    "/karabakh2023.min.js": { file: ensureBundle() },
    "/karabakh2023.lazy.min.js": { file: SPLIT_BUNDLE.lazy },
    "/article.html": {
      headers: { "content-security-policy": CSP },
      body: `${head("Prerendered", true)}<h1>The exodus</h1>${article("", figures.casualties, figures.refugees, figures.reactions, "")}</body></html>`,
    },
    "/lazy.html": {
      headers: { "content-security-policy": CSP },
      body: `${head("Lazy", "lazy")}<h1>The exodus</h1>${article("", figures.casualties, figures.refugees, figures.reactions, "")}</body></html>`,
    },
    "/lazy-fresh.html": {
      headers: { "content-security-policy": CSP },
      body: `${head("Lazy, another width", "lazy")}${figures.casualties}</body></html>`,
    },
    // The bundle first (the files run in their order: it must not wait for the others), then
    // every URL of the corpus and an inline entry; an element with nothing prerendered loads them
    // at once. No CSP: what the loader let through would run.
    "/lazy-hostile.html": {
      body: `${head(
        "Lazy, hostile",
        "lazy",
        `<script type="karabakh2023/lazy" src="/karabakh2023.min.js"></script>${hostileSrcs
          .map((src) => `<script type="karabakh2023/lazy" src="${attribute(src)}"></script>`)
          .join(
            "",
          )}<script type="karabakh2023/lazy">globalThis.${CANARY} = "inline";</script><script src="/karabakh2023.lazy.min.js" defer></script>`,
      )}<karabakh-chart chart="casualties" lang="en"></karabakh-chart></body></html>`,
    },
    "/nojs.html": {
      headers: { "content-security-policy": CSP },
      body: `${head("No JavaScript", false)}${article("", figures.casualties, figures.refugees, figures.reactions, "")}</body></html>`,
    },
    // A fresh element beside the prerendered one, for the redraw at another width.
    "/fresh.html": {
      headers: { "content-security-policy": CSP },
      body: `${head("Fresh", true)}${figures.casualties}<karabakh-chart id="fresh" chart="casualties" lang="en" nonce="${NONCE}"></karabakh-chart></body></html>`,
    },
    // No CSP here: what the markup carries runs when it is parsed, as on a page that allows it.
    "/tampered.html": {
      body: `${head("Tampered", true).replace(`<script src="/k23-probe.js"></script>`, `<script src="/k23-probe.js"></script><script src="/k23-before.js"></script>`)}${edited}${hostile}${retitled}</body></html>`,
    },
  });
}, 300_000);

afterAll(async () => {
  await server?.close();
});

/** Every element has a figure whose plot is a tab stop (its behaviour is attached). */
const attached = () =>
  [...document.querySelectorAll("karabakh-chart")].every(
    (el) => el.querySelector(".k23-plot")?.getAttribute("tabindex") === "0",
  );

/** Each figure is the one the reader first saw: same plot `<svg>`, same box, no layout shift. */
async function adoptedInPlace(page: EnginePage): Promise<void> {
  const result = await page.evaluate(() => {
    const before = (window as unknown as { __k23Before: { svg: Element; box: number[] }[] }).__k23Before;
    return [...document.querySelectorAll("karabakh-chart")].map((el, i) => {
      const box = el.getBoundingClientRect();
      return {
        sameSvg: el.querySelector(".k23-plot")?.firstElementChild === before[i]?.svg && !!before[i]?.svg,
        boxBefore: before[i]?.box,
        boxAfter: [box.top + scrollY, box.left, box.width, box.height],
        figures: el.querySelectorAll("figure.k23-figure").length,
      };
    });
  });
  expect(result.map((r) => r.sameSvg)).toEqual([true, true, true]);
  expect(result.map((r) => r.figures)).toEqual([1, 1, 1]);
  for (const r of result) expect(r.boxAfter).toEqual(r.boxBefore);
  const shift = await page.evaluate(() => (window as unknown as { __k23Shift: number }).__k23Shift);
  expect(shift).toBe(0);
  expect(await page.errors()).toEqual([]);
}

/** The map's figure: every country with a reaction, one arrow press after another, is heard. */
async function arrowsReachEveryMapPoint(page: EnginePage): Promise<void> {
  // The map: every country with a reaction, one arrow press after another. (A Tab first puts
  // the keyboard in the page: WebKit's runs in a frame of the driver's window.)
  await page.press("Tab");
  const count = await page.evaluate(() => {
    const plot = document.querySelectorAll<HTMLElement>("karabakh-chart .k23-plot")[2] as HTMLElement;
    plot.focus();
    return (JSON.parse(plot.getAttribute("data-k23-points") ?? "{}").points as unknown[]).length;
  });
  expect(count).toBeGreaterThan(30);
  const live = () => document.querySelectorAll("karabakh-chart [aria-live]")[2]?.textContent ?? "";
  const heard = [await page.evaluate(live)];
  for (let i = 1; i < count; i++) {
    await page.press("ArrowRight");
    heard.push(await page.evaluate(live));
  }
  expect(new Set(heard).size).toBe(count);
  expect(heard[count - 1]).toContain(`${count} of ${count}`);
  const tooltip = await page.evaluate(
    () => !(document.querySelectorAll<HTMLElement>("karabakh-chart .k23-tooltip")[2] as HTMLElement).hidden,
  );
  expect(tooltip).toBe(true);
}

describe.each(selectedEngines())("%s", (name: EngineName) => {
  let engine: Engine;
  let page: EnginePage;

  beforeAll(async () => {
    engine = await launchEngine(name, { scrollbars: true });
    page = await engine.newPage({ width: 1024, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await engine?.close();
  });

  test("the CLI's HTML pasted into an article is adopted: same <svg> node, nothing moves, arrows reach every point", async () => {
    await page.goto(`${server.origin}/article.html`);
    await until(page, "the figures' behaviour", attached);
    await adoptedInPlace(page);
    await arrowsReachEveryMapPoint(page);
  }, 120_000);

  test("with the lazy loader nothing loads until the reader reaches for a figure; then it is adopted in place and the arrows reach every point", async () => {
    await page.goto(`${server.origin}/lazy.html`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = await page.evaluate(() => ({
      defined: customElements.get("karabakh-chart") !== undefined,
      // A script the loader added (the listed one keeps its type, which no browser fetches).
      requested: [...document.scripts].some((s) => s.type === "" && s.src.endsWith("/karabakh2023.min.js")),
      plots: document.querySelectorAll("karabakh-chart .k23-plot svg").length,
    }));
    expect(idle).toEqual({ defined: false, requested: false, plots: 3 });
    // The reader tabs into the first figure (a link or the table's summary): the files load.
    for (let i = 0; i < 5; i++) {
      await page.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest("karabakh-chart") !== null)) break;
    }
    await until(page, "the figures' behaviour", attached);
    await adoptedInPlace(page);
    await arrowsReachEveryMapPoint(page);
  }, 120_000);

  test("with the lazy loader, at another width the files load at once and the figure is redrawn", async () => {
    await page.setViewport(420, 800);
    await page.goto(`${server.origin}/lazy-fresh.html`);
    await until(page, "the redrawn figure", () => {
      const plot = document.querySelector("karabakh-chart .k23-plot");
      const old = (window as unknown as { __k23Before: { svg: Element }[] }).__k23Before[0]?.svg;
      return (
        customElements.get("karabakh-chart") !== undefined &&
        !!plot?.firstElementChild &&
        plot.firstElementChild !== old
      );
    });
    const width = await page.evaluate(() =>
      Number(document.querySelector("karabakh-chart .k23-plot svg")?.getAttribute("width")),
    );
    await page.setViewport(1024, 800);
    expect(width).toBeLessThan(WIDTH * 0.97);
    expect(await page.errors()).toEqual([]);
  }, 60_000);

  test("the lazy loader loads only http(s) URLs of the hostile corpus, names each one it skips, and runs nothing else", async () => {
    await page.goto(`${server.origin}/lazy-hostile.html`);
    await until(page, "the chart", () => document.querySelector("karabakh-chart .k23-plot svg") !== null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const base = `${server.origin}/lazy-hostile.html`;
    const loads = (src: string) => {
      try {
        const url = new URL(src, base);
        return src.trim() !== "" && ["http:", "https:"].includes(url.protocol) ? url.href : undefined;
      } catch {
        return undefined;
      }
    };
    const srcs = hostileSrcs.map(parsedAttribute);
    const skipped = srcs.filter((src) => loads(src) === undefined);
    expect(skipped.length).toBeGreaterThan(15);
    const { ran, inserted } = await page.evaluate(
      (canary) => ({
        ran: (globalThis as Record<string, unknown>)[canary] ?? null,
        inserted: [...document.scripts].flatMap((s) => (s.type === "" && s.src ? [s.src] : [])),
      }),
      CANARY,
    );
    expect(ran).toBe(null);
    for (const src of srcs) {
      const href = loads(src);
      if (href) expect(inserted).toContain(href);
    }
    const errors = await page.errors();
    for (const src of skipped)
      expect(errors).toContain(
        `console.error: karabakh2023.lazy: <script type="karabakh2023/lazy"> src="${src}" skipped: only an http(s) URL is loaded`,
      );
    expect(errors).toContain(
      'console.error: karabakh2023.lazy: <script type="karabakh2023/lazy"> without src skipped: only an http(s) URL is loaded',
    );
    expect(errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
  }, 60_000);

  test("without JavaScript the figures are complete: title, chart, sources, data table", async () => {
    await page.goto(`${server.origin}/nojs.html`);
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll("karabakh-chart figure")].map((f) => ({
        title: f.querySelector(".k23-title")?.textContent ?? "",
        plotHeight: Math.round(f.querySelector(".k23-plot")?.getBoundingClientRect().height ?? 0),
        sources: [...f.querySelectorAll(".k23-sources a")].map((a) => a.getAttribute("href") ?? ""),
        rows: f.querySelectorAll(".k23-table tbody tr").length,
        // Styled by the figure stylesheet (in a <style> with the nonce), not by the script.
        padding: getComputedStyle(f).paddingTop,
        tabStop: f.querySelector(".k23-plot")?.hasAttribute("tabindex"),
      })),
    );
    expect(figures).toHaveLength(3);
    for (const f of figures) {
      expect(f.title.length).toBeGreaterThan(10);
      expect(f.plotHeight).toBeGreaterThan(150);
      expect(f.sources.length).toBeGreaterThan(0);
      for (const href of f.sources) expect(href).toMatch(/^https:\/\//);
      expect(f.rows).toBeGreaterThan(2);
      expect(f.padding).toBe("12px");
      // No tab stop promising arrow keys that nothing answers.
      expect(f.tabStop).toBe(false);
    }
    // Opening the table shows its rows (no script fills it).
    const shown = await page.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>("karabakh-chart details.k23-table");
      if (!details) return 0;
      details.open = true;
      return details.querySelector("tbody tr")?.getBoundingClientRect().height ?? 0;
    });
    expect(shown).toBeGreaterThan(0);
    expect(await page.errors()).toEqual([]);
  }, 60_000);

  test("at another width the figure is redrawn, as a fresh element draws it", async () => {
    await page.setViewport(420, 800);
    await page.goto(`${server.origin}/fresh.html`);
    // Both drawn, and both data tables filled (a live figure fills them when the page is idle).
    await until(
      page,
      "both figures",
      () => document.querySelectorAll("karabakh-chart .k23-table table").length === 2,
    );
    const [prerendered, fresh] = await page.evaluate(() =>
      [...document.querySelectorAll("karabakh-chart")].map((el) => ({
        width: Math.round(el.getBoundingClientRect().width),
        svgIsOld:
          el.querySelector(".k23-plot")?.firstElementChild ===
          (window as unknown as { __k23Before: { svg: Element }[] }).__k23Before[0]?.svg,
        // Ids aside (each element has its own prefix), the markup of the drawing and its text.
        plot: (el.querySelector(".k23-plot")?.innerHTML ?? "").replace(
          /karabakh-chart-\d+|k23-casualties/g,
          "ID",
        ),
        text: el.querySelector("figure")?.textContent,
      })),
    );
    await page.setViewport(1024, 800);
    expect(prerendered?.width).toBe(fresh?.width);
    expect(prerendered?.width).toBeLessThan(WIDTH * 0.97);
    expect(prerendered?.svgIsOld).toBe(false);
    expect(prerendered?.plot).toBe(fresh?.plot);
    expect(prerendered?.text).toBe(fresh?.text);
  }, 60_000);

  test("edited, hostile and re-optioned markup is redrawn, and nothing in it runs after the upgrade", async () => {
    await page.goto(`${server.origin}/tampered.html`);
    await until(page, "the redrawn figures", attached);
    const before = await page.evaluate(() => [...(window as unknown as { __k23Ran: string[] }).__k23Ran]);
    const result = await page.evaluate(() => {
      const old = (window as unknown as { __k23Before: { svg: Element }[] }).__k23Before;
      // Whatever was left would run now.
      for (const a of document.querySelectorAll<HTMLAnchorElement>("karabakh-chart a[href^='javascript:']"))
        a.click();
      return [...document.querySelectorAll("karabakh-chart")].map((el, i) => ({
        redrawn: el.querySelector(".k23-plot")?.firstElementChild !== old[i]?.svg,
        scripts: el.querySelectorAll("script:not([type='application/json'])").length,
        handlers: [...el.querySelectorAll("*")].filter((n) =>
          [...n.attributes].some((a) => a.name.startsWith("on")),
        ).length,
        javascriptLinks: el.querySelectorAll("a[href^='javascript:']").length,
        title: el.querySelector(".k23-title")?.textContent,
        edited: el.textContent?.includes("999 999"),
      }));
    });
    expect(result.map((r) => r.redrawn)).toEqual([true, true, true]);
    for (const r of result) {
      expect(r.scripts).toBe(0);
      expect(r.handlers).toBe(0);
      expect(r.javascriptLinks).toBe(0);
      expect(r.edited).toBe(false);
    }
    expect(result[2]?.title).toBe("Edited after prerendering");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await page.evaluate(() => [...(window as unknown as { __k23Ran: string[] }).__k23Ran]);
    expect(after).toEqual(before);
  }, 60_000);
});
