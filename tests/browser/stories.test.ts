/**
 * Every story of the built Storybook, in the three engines (see engines.ts; all from Debian,
 * never downloaded): it renders, logs no console error, passes axe-core, is usable with the
 * keyboard, does not move once drawn, does not scroll sideways at 320 px, and looks like its
 * committed screenshots at 320 and 1024 px. Chromium runs every story; Firefox and WebKit run
 * the representative set (every chart × default, dark, 320 px, French) and keep references of
 * the default story of each chart in __screenshots__/<engine>/.
 *
 * Needs a built Storybook (the root `test:browser` script builds it first). STORIES=<regexp>
 * limits the run to matching ids, ENGINES=firefox,webkit to those engines;
 * UPDATE_SCREENSHOTS=1 rewrites the references.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EngineName, type EnginePage, injectProbe, launchEngine, selectedEngines } from "./engines";
import { compareScreenshot, WIDTHS } from "./screenshots";
import { type StaticServer, serveStatic } from "./server";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STATIC = join(ROOT, "storybook-static");
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const CI = process.env.CI === "true" || process.env.CI === "1";
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
/** Tall pages are captured down to this height: the plot, legend and lists, and references stay small. */
const MAX_SHOT_HEIGHT = 1200;
/** What Firefox and WebKit run: every chart in its default, dark, 320 px and French stories, and right to left. */
const REPRESENTATIVE = /^charts-[\w-]+--(default|dark|mobile-320|french)$|^right-to-left-/;
/** The one example per chart Firefox and WebKit keep screenshot references of. */
const REFERENCED_ELSEWHERE = /^charts-[\w-]+--default$/;

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

/** What the last run found, per engine: written to .artifacts/engines/ for tests/browser/README.md. */
interface Tally {
  stories: number;
  axeViolations: number;
  keyboardCharts: number;
  keyboardFailures: number;
  moved: number;
}

function screenshotPaths(engine: EngineName) {
  // Chromium's references predate the other engines and stay at the top of __screenshots__.
  const sub = engine === "chromium" ? "" : engine;
  return {
    references: join(ROOT, "tests/browser/__screenshots__", sub),
    artifacts: join(ROOT, ".artifacts/screenshots", sub),
  };
}

let server: StaticServer;
beforeAll(async () => {
  // The error probe first in every page: WebDriver (WebKit) reports no console messages.
  server = await serveStatic(STATIC, injectProbe);
});
afterAll(async () => {
  await server?.close();
});

describe.each(selectedEngines())("%s", (engine) => {
  const stories = entries.filter(
    (e) => e.type === "story" && (engine === "chromium" || REPRESENTATIVE.test(e.id)),
  );
  // The docs pages are prose and tables around stories checked one by one: Chromium only.
  const docs = engine === "chromium" ? entries.filter((e) => e.type === "docs") : [];
  const tally: Tally = { stories: 0, axeViolations: 0, keyboardCharts: 0, keyboardFailures: 0, moved: 0 };
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

  afterAll(async () => {
    await close?.();
    if (only) return;
    const dir = join(ROOT, ".artifacts/engines");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `stories-${engine}.json`), `${JSON.stringify(tally, null, 2)}\n`);
    console.info(
      `[${engine}] stories ${tally.stories}, axe violations ${tally.axeViolations}, ` +
        `keyboard ${tally.keyboardCharts - tally.keyboardFailures}/${tally.keyboardCharts} charts, ` +
        `moved after drawing ${tally.moved}`,
    );
  });

  /** Opens one story (or docs page) alone in the preview iframe and waits until it has rendered. */
  async function open(id: string, viewMode: "story" | "docs"): Promise<void> {
    await page.setViewport(1024, 768);
    // a11y.manual: the addon's own axe run is skipped here; the suite runs axe itself below.
    await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`);
    const ready = () =>
      page.evaluate((mode) => {
        const body = document.body.classList;
        if (body.contains("sb-show-errordisplay")) return true;
        if (mode === "docs") return (document.querySelector("#storybook-docs")?.childElementCount ?? 0) > 0;
        return (
          body.contains("sb-show-main") &&
          (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0
        );
      }, viewMode);
    for (let t = 0; !(await ready()); t++) {
      if (t > 200) throw new Error(`${id} did not render in 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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

  /** axe-core on the story, with the rules Storybook's a11y addon uses (no "region": a story is not a page). */
  async function axe(context: string | { include: string[]; exclude: string[] }): Promise<string[]> {
    // Evaluated, not added as a script tag: the same in every engine's driver.
    if (!(await page.evaluate(() => "axe" in window))) {
      await page.evaluate((source) => {
        const script = document.createElement("script");
        script.textContent = source;
        document.head.append(script);
      }, AXE);
    }
    return page.evaluate(async (target) => {
      interface AxeViolation {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }
      const { axe } = window as unknown as {
        axe: { run(t: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> };
      };
      const result = await axe.run(target, { rules: { region: { enabled: false } } });
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")}`),
      );
    }, context);
  }

  async function screenshot(width: number): Promise<Buffer> {
    await page.setViewport(width, 768);
    await settle();
    const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 768);
    return page.screenshot(Math.min(height, MAX_SHOT_HEIGHT));
  }

  interface TabStop {
    /** Index of the chart (`.k23-figure`) the focused element is in, or -1. */
    readonly figure: number;
    /** The focused element is inside the plot area of its chart (or is the plot area itself). */
    readonly inPlot: boolean;
    readonly isPlot: boolean;
  }

  /**
   * Presses Tab from the top of the page until focus reaches a button added at its end (or comes
   * back round). Focus never leaves the document: in Firefox, once it has, focusing an element
   * from a script no longer fires its focus event.
   */
  async function tabStops(): Promise<TabStop[]> {
    // Focusing the body moves the sequential-focus starting point to the top of the page.
    await page.evaluate(() => {
      const end = document.createElement("button");
      end.id = "k23-end-of-page";
      end.textContent = "end";
      document.body.append(end);
      document.body.setAttribute("tabindex", "-1");
      document.body.focus();
      document.body.removeAttribute("tabindex");
    });
    const stops: TabStop[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      await page.press("Tab");
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active.id === "k23-end-of-page") return null;
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
    await page.evaluate(() => document.getElementById("k23-end-of-page")?.remove());
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

  /**
   * "Label (3 of 12)" → [3, 12], in every built-in table's words (pointPosition): "sur" (fr),
   * "из" (ru), "3-ը 12-ից" (hy).
   */
  function position(live: string): [number, number] | undefined {
    const match = /\((\d+)(?:-ը)? (?:(?:of|sur|из) )?(\d+)(?:-ից)?\)$/.exec(live);
    return match ? [Number(match[1]), Number(match[2])] : undefined;
  }

  describe.each(stories)("story $title / $name", (story) => {
    beforeAll(async () => {
      await open(story.id, "story");
      tally.stories++;
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
      expect(await page.errors()).toEqual([]);
    });

    it("does not move once drawn (no redraw at another size, no late layout shift)", async () => {
      // The box of every block of the story over ten frames after it rendered: a reader sees
      // any change as the chart or the text around it jumping.
      const moved = await page.evaluate(async () => {
        const boxes = () =>
          [...document.querySelectorAll("#storybook-root figure > *, #storybook-root .k23-plot svg")].map(
            (e) => {
              const r = e.getBoundingClientRect();
              return `${Math.round(r.top)},${Math.round(r.left)},${Math.round(r.width)}x${Math.round(r.height)}`;
            },
          );
        const first = boxes().join(" ");
        const changed: string[] = [];
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const now = boxes().join(" ");
          if (now !== first) changed.push(now);
        }
        return changed.length;
      });
      tally.moved += moved;
      expect(moved).toBe(0);
    });

    it("has no axe-core violation", async () => {
      const violations = await axe("#storybook-root");
      tally.axeViolations += violations.length;
      expect(violations).toEqual([]);
    });

    it.runIf(story.title.startsWith("Charts/"))(
      "keyboard: one tab stop per chart; arrow keys reach every point and show its tooltip; Escape leaves",
      async () => {
        await page.setViewport(1024, 768);
        await settle();
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll(".k23-figure")].map((f) => {
            const plot = f.querySelector(".k23-plot");
            // "<title>. Interactive chart with 42 data points…", "… de 42 points de données…",
            // "…график: 42 точки данных…", "…գծապատկեր՝ 42 տվյալակետով…": the hint follows the
            // title, so its count is the last match.
            const hints = [...(plot?.getAttribute("aria-label") ?? "").matchAll(/(?:with|de|:|՝) (\d+) /g)];
            const hint = hints[hints.length - 1];
            return { interactive: plot?.getAttribute("tabindex") === "0", points: Number(hint?.[1] ?? 0) };
          }),
        );
        expect(charts.length).toBeGreaterThan(0);
        tally.keyboardCharts += charts.length;
        tally.keyboardFailures += charts.length;
        const stops = await tabStops();
        for (const [index, chart] of charts.entries()) {
          const inPlot = stops.filter((s) => s.figure === index && s.inPlot);
          // Exactly one stop for the plot area (the links and the table toggle come after it);
          // none when the chart shows a message instead of points.
          expect(inPlot).toEqual(chart.interactive ? [{ figure: index, inPlot: true, isPlot: true }] : []);
          if (!chart.interactive) {
            tally.keyboardFailures--;
            continue;
          }

          await page.evaluate((i) => {
            document.querySelectorAll<HTMLElement>(".k23-figure .k23-plot")[i]?.focus();
          }, index);
          const states = [await pointState(index)];
          const count = position(states[0]?.live ?? "")?.[1] ?? 0;
          expect(count).toBe(chart.points);
          for (let i = 1; i < count; i++) {
            await page.press("ArrowRight");
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
            await page.press("ArrowLeft");
            expect(position((await pointState(index)).live)).toEqual([count - 1, count]);
          }
          await page.press("Escape");
          const left = await pointState(index);
          expect(left.visible, "Escape hides the tooltip").toBe(false);
          expect(left.focused, "Escape leaves the chart").toBe(false);
          tally.keyboardFailures--;
        }
      },
    );

    it.runIf(story.title.startsWith("Charts/"))(
      "the data table and the source list open with the keyboard",
      async () => {
        for (const className of ["k23-table", "k23-source-list"]) {
          const present = await page.evaluate((c) => {
            const summary = document.querySelector<HTMLElement>(`#storybook-root .${c} > summary`);
            summary?.focus();
            return summary !== null;
          }, className);
          if (!present) continue;
          await page.press("Enter");
          const opened = await page.evaluate((c) => {
            const details = document.querySelector<HTMLDetailsElement>(`#storybook-root .${c}`);
            const open = details?.open ?? false;
            const rows = details?.querySelectorAll("tr, li").length ?? 0;
            if (details) details.open = false;
            // Leaves no focus ring on the summary for the screenshots.
            (document.activeElement as HTMLElement | null)?.blur();
            return { open, filled: rows > 0 };
          }, className);
          expect(opened, className).toEqual({ open: true, filled: true });
        }
      },
    );

    it("has no horizontal scroll at 320 px", async () => {
      await page.setViewport(320, 768);
      await settle();
      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    });

    const referenced = engine === "chromium" || REFERENCED_ELSEWHERE.test(story.id);
    it(`matches its screenshots at 320, 640 and 1024 px${referenced ? "" : " (artifacts only)"}`, async () => {
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const png = await screenshot(width);
        if (!referenced) {
          const dir = screenshotPaths(engine).artifacts;
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `${story.id}-${width}.png`), png);
          continue;
        }
        const result = compareScreenshot(screenshotPaths(engine), story.id, width, png, {
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
      expect(await page.errors()).toEqual([]);
    });
  });

  describe.each(docs)("docs page $title", (entry) => {
    it("renders and logs no console error", async () => {
      await open(entry.id, "docs");
      expect(await errorDisplay()).toBeNull();
      const text = await page.evaluate(() => document.querySelector("#storybook-docs")?.textContent ?? "");
      expect(text.trim().length).toBeGreaterThan(100);
      expect(await page.errors()).toEqual([]);
      // The stories embedded in the page are checked one by one above; this checks the prose,
      // the controls tables and the blocks around them.
      expect(await axe({ include: ["#storybook-docs"], exclude: [".docs-story"] })).toEqual([]);
    });
  });
});
