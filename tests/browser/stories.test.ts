/**
 * Every story of the built Storybook, in Debian's Chromium (headless, never downloaded):
 * it renders, logs no console error, passes axe-core, is usable with the keyboard, does not
 * scroll sideways at 320 px, and looks like its committed screenshots at 320 and 1024 px.
 *
 * Needs `pnpm build-storybook` first (the root `test:browser` script does it).
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
/** Tall pages (data tables) are captured down to this height: enough to see a regression. */
const MAX_SHOT_HEIGHT = 1600;
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

const entries = readIndex();
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
async function axe(context: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (selector) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const result = await axe.run(selector, { rules: { region: { enabled: false } } });
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
  });
});
