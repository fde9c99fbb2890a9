/**
 * Right-to-left in real engines: the Storybook stories "Right-to-left (Arabic test table)", where
 * `<karabakh-chart lang="ar">` draws the Karabakh story with the Arabic test texts
 * (tests/charts/fixtures/), at a phone's width and a desktop's, in each selected engine. What a
 * reader of Arabic would notice: the figure's text runs and aligns right to left, the legend
 * starts at the right, no text is cut by the figure's edge, and the legend's entries and the
 * plot's labels do not overlap one another. The unit suite checks the markup
 * (tests/charts/rtl.test.ts); stories.test.ts runs axe and the screenshots on the same stories.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EnginePage, injectProbe, launchEngine, selectedEngines, until } from "./engines";
import { type StaticServer, serveStatic } from "./server";

const STATIC = join(fileURLToPath(new URL("../..", import.meta.url)), "storybook-static");
const STORIES = Object.keys(
  (JSON.parse(readFileSync(join(STATIC, "index.json"), "utf8")) as { entries: Record<string, unknown> })
    .entries,
).filter((id) => id.startsWith("right-to-left-arabic-test-table--"));

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(STATIC, injectProbe);
});
afterAll(() => server?.close());

/** What the page reports of the drawn figure (evaluated in the page: self-contained). */
interface Seen {
  dir: string | null;
  lang: string | null;
  titleDirection: string;
  titleAlign: string;
  /** The first legend entry's right edge minus the legend's (0 when the legend starts at the right). */
  legendStart: number;
  /** Texts that reach past the figure's left or right edge. */
  cut: string[];
  /** Pairs of legend entries or plot labels whose boxes overlap. */
  overlaps: string[];
}

function inspect(): Seen {
  const figure = document.querySelector("karabakh-chart figure") as HTMLElement;
  const box = figure.getBoundingClientRect();
  const title = figure.querySelector(".k23-title") as HTMLElement;
  const legend = figure.querySelector(".k23-legend") as HTMLElement | null;
  const first = legend?.querySelector("li");
  const name = (el: Element) => (el.textContent ?? "").trim().slice(0, 40);
  // Every text node's own box: a text can be cut though its element's box is inside.
  const cut: string[] = [];
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (
      !node.textContent?.trim() ||
      !parent ||
      parent.closest("details:not([open]), [hidden], style, title, desc")
    )
      continue;
    // Visually hidden text (the summary for screen readers) is clipped on purpose.
    let hidden = false;
    for (let a: Element | null = parent; a && a !== figure && !hidden; a = a.parentElement)
      hidden = getComputedStyle(a).clipPath !== "none";
    if (hidden) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1)
      cut.push(
        `${name(parent)} (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`,
      );
  }
  const overlapping = (items: Element[]) => {
    const found: string[] = [];
    const boxes = items
      .map((el) => ({
        el,
        r: el.getBoundingClientRect(),
        size: Number.parseFloat(getComputedStyle(el).fontSize),
      }))
      .filter((b) => b.r.width > 0);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        // Glyph boxes are taller than the line, and Arabic fonts' much taller (their ascent and
        // descent): lines stacked one under the other share box. Two labels collide when their
        // middles are closer than a line of text, whatever the fonts' boxes.
        const dy = Math.abs((a.r.top + a.r.bottom) / 2 - (b.r.top + b.r.bottom) / 2);
        if (x > 2 && dy < 0.8 * Math.min(a.size, b.size)) found.push(`${name(a.el)} / ${name(b.el)}`);
      }
    });
    return found;
  };
  const svg = figure.querySelector(".k23-plot svg");
  // The plot's labels: Plot's text marks (not the axes' ticks, which Plot spaces itself).
  const labels = [...(svg?.querySelectorAll('g[aria-label="text"] > text') ?? [])];
  return {
    dir: figure.getAttribute("dir"),
    lang: figure.getAttribute("lang"),
    titleDirection: getComputedStyle(title).direction,
    titleAlign: getComputedStyle(title).textAlign,
    legendStart:
      legend && first
        ? Math.round(legend.getBoundingClientRect().right - first.getBoundingClientRect().right)
        : 0,
    cut,
    overlaps: [...overlapping([...(legend?.querySelectorAll("li") ?? [])]), ...overlapping(labels)],
  };
}

describe.each(selectedEngines())("%s", (engine) => {
  let page: EnginePage;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const browser = await launchEngine(engine);
    page = await browser.newPage({ width: 1024, height: 768 });
    close = async () => {
      await page.close();
      await browser.close();
    };
  });
  afterAll(() => close?.());

  it("has the right-to-left stories", () => {
    expect(STORIES.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(STORIES)("%s", (id) => {
    it.each([320, 1024])("at %i px: right to left, nothing cut, nothing overlapping", async (width) => {
      await page.setViewport(width, 768);
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`);
      await until(
        page,
        "the Arabic figure",
        () => document.querySelector("karabakh-chart figure .k23-plot svg") !== null,
      );
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const seen = await page.evaluate(inspect);
      expect(seen).toMatchObject({ dir: "rtl", lang: "ar", titleDirection: "rtl" });
      expect(["right", "start"]).toContain(seen.titleAlign);
      expect(Math.abs(seen.legendStart)).toBeLessThanOrEqual(1);
      expect({ cut: seen.cut, overlaps: seen.overlaps }).toEqual({ cut: [], overlaps: [] });
      expect(await page.errors()).toEqual([]);
    });
  });
});
