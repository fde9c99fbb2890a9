/**
 * Every story of the built Storybook, in Debian's Chromium (headless, never downloaded):
 * it renders, logs no console error, passes axe-core, is usable with the keyboard, does not
 * scroll sideways at 320 px, and looks like its committed screenshots at 320 and 1024 px.
 *
 * Needs a built Storybook (the root `test:browser` script builds it first). STORIES=<regexp>
 * limits the run to matching ids; UPDATE_SCREENSHOTS=1 rewrites the references.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareScreenshot, WIDTHS } from "./screenshots";
import { type StaticServer, serveStatic } from "./server";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STATIC = join(ROOT, "storybook-static");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const CI = process.env.CI === "true" || process.env.CI === "1";
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
const SCREENSHOTS = {
  references: join(ROOT, "tests/browser/__screenshots__"),
  artifacts: join(ROOT, ".artifacts/screenshots"),
};
/** Tall pages are captured down to this height: the plot, legend and lists, and references stay small. */
const MAX_SHOT_HEIGHT = 1200;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: "story" | "docs";
  readonly tags?: readonly string[];
}

function readIndex(): IndexEntry[] {
  const file = join(STATIC, "index.json");
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`pnpm build-storybook\` before the browser suite`);
  }
  const index = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

/** STORIES=<regexp> runs only the matching story and docs ids (while working on one chart). */
const only = process.env.STORIES ? new RegExp(process.env.STORIES) : undefined;
const entries = readIndex().filter((e) => only === undefined || only.test(e.id));
const stories = entries.filter((e) => e.type === "story");
const docs = entries.filter((e) => e.type === "docs");

let server: StaticServer;
let browser: Browser;
let page: Page;
/** Console errors and uncaught exceptions of the page since the last `open()`. */
let errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(STATIC);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    colorScheme: "light",
    locale: "en-GB",
    timezoneId: "UTC",
  });
  // The suite must never reach the network: only the local server answers.
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens one story (or docs page) alone in the preview iframe and waits until it has rendered. */
async function open(id: string, viewMode: "story" | "docs"): Promise<void> {
  errors = [];
  await page.setViewportSize({ width: 1024, height: 768 });
  // a11y.manual: the addon's own axe run is skipped here; the suite runs axe itself below.
  await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`);
  await page.waitForFunction(
    (mode) => {
      const body = document.body.classList;
      if (body.contains("sb-show-errordisplay")) return true;
      if (mode === "docs") return (document.querySelector("#storybook-docs")?.childElementCount ?? 0) > 0;
      return (
        body.contains("sb-show-main") &&
        (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0
      );
    },
    viewMode,
    { timeout: 20_000 },
  );
  await settle();
}

/** Waits for fonts and two frames, so that resize observers have redrawn. */
async function settle(): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function errorDisplay(): Promise<string | null> {
  return page.evaluate(() =>
    document.body.classList.contains("sb-show-errordisplay")
      ? (document.querySelector(".sb-errordisplay")?.textContent ?? "error display")
      : null,
  );
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core on the story, with the rules Storybook's a11y addon uses (no "region": a story is not a page). */
async function axe(context: string | { include: string[]; exclude: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (target) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const result = await axe.run(target, { rules: { region: { enabled: false } } });
    return result.violations as AxeViolation[];
  }, context);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")}`),
  );
}

async function screenshot(width: number): Promise<Buffer> {
  await page.setViewportSize({ width, height: 768 });
  await settle();
  const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 768);
  return page.screenshot({
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT_HEIGHT) },
    fullPage: true,
    animations: "disabled",
    caret: "hide",
  });
}

interface TabStop {
  /** Index of the chart (`.k23-figure`) the focused element is in, or -1. */
  readonly figure: number;
  /** The focused element is inside the plot area of its chart (or is the plot area itself). */
  readonly inPlot: boolean;
  readonly isPlot: boolean;
}

/** Presses Tab from the top of the page until focus leaves the page or comes back round. */
async function tabStops(): Promise<TabStop[]> {
  // Focusing the body moves the sequential-focus starting point to the top of the page.
  await page.evaluate(() => {
    document.body.setAttribute("tabindex", "-1");
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  const stops: TabStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return null;
      const figures = [...document.querySelectorAll(".k23-figure")];
      const figure = figures.findIndex((f) => f.contains(active));
      const plot = active.closest(".k23-plot");
      // Number each element the first time it takes focus, to notice when focus comes round.
      const w = window as unknown as { k23Seen?: WeakMap<Element, number>; k23Count?: number };
      w.k23Seen ??= new WeakMap();
      if (!w.k23Seen.has(active)) {
        w.k23Count = (w.k23Count ?? 0) + 1;
        w.k23Seen.set(active, w.k23Count);
      }
      const key = String(w.k23Seen.get(active));
      return { key, figure, inPlot: plot !== null, isPlot: active.classList.contains("k23-plot") };
    });
    if (stop === null || seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ figure: stop.figure, inPlot: stop.inPlot, isPlot: stop.isPlot });
  }
  return stops;
}

interface PointState {
  readonly tooltip: string;
  readonly visible: boolean;
  /** The tooltip box lies within the viewport. */
  readonly inside: boolean;
  readonly live: string;
  readonly focused: boolean;
}

async function pointState(figure: number): Promise<PointState> {
  return page.evaluate((index) => {
    const fig = document.querySelectorAll(".k23-figure")[index];
    const tooltip = fig?.querySelector<HTMLElement>(".k23-tooltip");
    const box = tooltip?.getBoundingClientRect();
    const visible = !!tooltip && !tooltip.hidden && !!box && box.width > 0 && box.height > 0;
    return {
      tooltip: (tooltip?.textContent ?? "").trim(),
      visible,
      inside: !!box && box.left >= 0 && box.right <= document.documentElement.clientWidth,
      live: (fig?.querySelector("[aria-live]")?.textContent ?? "").trim(),
      focused: document.activeElement === fig?.querySelector(".k23-plot"),
    };
  }, figure);
}

/** "Label (3 of 12)" or "Label (3 sur 12)" → [3, 12]. */
function position(live: string): [number, number] | undefined {
  const match = /\((\d+) (?:of|sur) (\d+)\)$/.exec(live);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

describe.each(stories)("story $title / $name", (story) => {
  beforeAll(async () => {
    await open(story.id, "story");
  });

  it("renders something and logs no console error", async () => {
    expect(await errorDisplay()).toBeNull();
    const rendered = await page.evaluate(() => {
      const root = document.querySelector("#storybook-root");
      const box = root?.getBoundingClientRect();
      return {
        height: box?.height ?? 0,
        text: (root?.textContent ?? "").trim().length,
        graphics: root?.querySelectorAll("svg, table, img, canvas").length ?? 0,
      };
    });
    expect(rendered.height).toBeGreaterThan(0);
    expect(rendered.text + rendered.graphics).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("has no axe-core violation", async () => {
    expect(await axe("#storybook-root")).toEqual([]);
  });

  it.runIf(story.title.startsWith("Charts/"))(
    "keyboard: one tab stop per chart; arrow keys reach every point and show its tooltip; Escape leaves",
    async () => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await settle();
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll(".k23-figure")].map((f) => {
          const plot = f.querySelector(".k23-plot");
          // "<title>. Interactive chart with 42 data points…" / "… de 42 points de données…"
          const hint = /(?:with|de) (\d+) (?:data )?points?/.exec(plot?.getAttribute("aria-label") ?? "");
          return { interactive: plot?.getAttribute("tabindex") === "0", points: Number(hint?.[1] ?? 0) };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      const stops = await tabStops();
      for (const [index, chart] of charts.entries()) {
        const inPlot = stops.filter((s) => s.figure === index && s.inPlot);
        // Exactly one stop for the plot area (the links and the table toggle come after it);
        // none when the chart shows a message instead of points.
        expect(inPlot).toEqual(chart.interactive ? [{ figure: index, inPlot: true, isPlot: true }] : []);
        if (!chart.interactive) continue;

        await page.focus(`.k23-figure >> nth=${index} >> .k23-plot`);
        const states = [await pointState(index)];
        const count = position(states[0]?.live ?? "")?.[1] ?? 0;
        expect(count).toBe(chart.points);
        for (let i = 1; i < count; i++) {
          await page.keyboard.press("ArrowRight");
          states.push(await pointState(index));
        }
        states.forEach((state, i) => {
          expect(position(state.live), state.live).toEqual([i + 1, count]);
          expect(state.visible, `tooltip of point ${i + 1} is visible`).toBe(true);
          expect(state.inside, `tooltip of point ${i + 1} stays in the viewport`).toBe(true);
          expect(state.live.startsWith(state.tooltip), `tooltip "${state.tooltip}"`).toBe(true);
          expect(state.tooltip.length).toBeGreaterThan(0);
        });
        if (count > 1) {
          await page.keyboard.press("ArrowLeft");
          expect(position((await pointState(index)).live)).toEqual([count - 1, count]);
        }
        await page.keyboard.press("Escape");
        const left = await pointState(index);
        expect(left.visible, "Escape hides the tooltip").toBe(false);
        expect(left.focused, "Escape leaves the chart").toBe(false);
      }
    },
  );

  it("has no horizontal scroll at 320 px", async () => {
    await page.setViewportSize({ width: 320, height: 768 });
    await settle();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it("matches its screenshots at 320, 640 and 1024 px", async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      const result = compareScreenshot(SCREENSHOTS, story.id, width, await screenshot(width), {
        ci: CI,
        update: UPDATE,
      });
      if (result.status === "written") console.info(`reference written: ${result.reference}`);
      if (result.status === "missing") problems.push(`missing reference on CI: ${result.reference}`);
      if (result.status === "differs") {
        problems.push(`${result.reference}: ${result.reason}; see ${result.diff ?? result.actual}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.each(docs)("docs page $title", (entry) => {
  it("renders and logs no console error", async () => {
    await open(entry.id, "docs");
    expect(await errorDisplay()).toBeNull();
    const text = await page.evaluate(() => document.querySelector("#storybook-docs")?.textContent ?? "");
    expect(text.trim().length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    // The stories embedded in the page are checked one by one above; this checks the prose,
    // the controls tables and the blocks around them.
    expect(await axe({ include: ["#storybook-docs"], exclude: [".docs-story"] })).toEqual([]);
  });
});
