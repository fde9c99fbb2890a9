/**
 * The script-tag bundles draw exactly what the package draws. Both bundles leave out the parts of
 * Plot and d3 the charts never reach (rollup.config.mjs), and the core bundle reads the dataset,
 * the map (its code and the default map's paths) and the curve (its code) from separate files: here every chart example is drawn in one Chromium
 * page by the package's sources (bundled by esbuild, nothing left out) and by the bundle, at two
 * widths and in both locales, and the markup must be identical.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundle } from "../../bench/lib/esbuild.js";
import { CHARTS, ensureBundle, launch, ROOT, type StaticServer, serve } from "./harness.js";

let server: StaticServer;
let browser: Browser;

const DIST = join(CHARTS, "dist");
const head = (scripts: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${scripts
    .map((s) => `<script src="/${s}"></script>`)
    .join("")}</head><body><div id="stage" style="width:640px"></div></body></html>`;

beforeAll(async () => {
  ensureBundle();
  const reference = await bundle({
    stdin: {
      contents: `
import * as charts from "../../packages/charts/src/index.ts";
import { examples as casualtyComparison } from "../../packages/charts/src/casualty-comparison/examples.ts";
import { examples as refugeeCurve } from "../../packages/charts/src/refugee-curve/examples.ts";
import { examples as reactionsMap } from "../../packages/charts/src/reactions-map/examples.ts";
globalThis.Reference = { charts, examples: { casualtyComparison, refugeeCurve, reactionsMap } };`,
      resolveDir: join(ROOT, "tests/embed"),
      loader: "ts",
    },
    minify: false,
    format: "iife",
    platform: "browser",
  });
  server = await serve(
    {
      "/reference.js": { body: reference.toString("utf8") },
      // The map file first: it waits for the core; the curve, data files may come in any order.
      "/split.html": {
        body: head([
          "karabakh2023.map.min.js",
          "karabakh2023.core.min.js",
          "karabakh2023.curve.min.js",
          "karabakh2023.world.min.js",
          "karabakh2023.data.min.js",
          "reference.js",
        ]),
      },
      "/all.html": { body: head(["karabakh2023.min.js", "reference.js"]) },
      // One chart's part of the dataset, alone, or several of them and the whole file in any order.
      ...Object.fromEntries(
        ["casualties", "refugees", "reactions"].map((chart) => [
          `/data-${chart}.html`,
          {
            body: head([
              ...(chart === "reactions" ? ["karabakh2023.map.min.js", "karabakh2023.world.min.js"] : []),
              "karabakh2023.core.min.js",
              ...(chart === "refugees" ? ["karabakh2023.curve.min.js"] : []),
              `karabakh2023.data.${chart}.min.js`,
              "reference.js",
            ]),
          },
        ]),
      ),
      "/data-parts.html": {
        body: head([
          "karabakh2023.data.reactions.min.js",
          "karabakh2023.curve.min.js",
          "karabakh2023.core.min.js",
          "karabakh2023.data.casualties.min.js",
          "karabakh2023.map.min.js",
          "karabakh2023.data.refugees.min.js",
          "karabakh2023.world.min.js",
          "reference.js",
        ]),
      },
      "/data-whole-then-part.html": {
        body: head([
          "karabakh2023.data.min.js",
          "karabakh2023.data.refugees.min.js",
          "karabakh2023.core.min.js",
          "karabakh2023.map.min.js",
          "karabakh2023.curve.min.js",
          "karabakh2023.world.min.js",
          "reference.js",
        ]),
      },
      // The default map's page: no world file, since its paths are built.
      "/default-map.html": {
        body: `${head([
          "karabakh2023.core.min.js",
          "karabakh2023.map.min.js",
          "karabakh2023.data.reactions.min.js",
          "reference.js",
        ])}
<karabakh-chart id="element" chart="reactions" projection="mercator"></karabakh-chart>`,
      },
      "/core-map.html": {
        body: head([
          "karabakh2023.core.min.js",
          "karabakh2023.map.min.js",
          "karabakh2023.world.min.js",
          "reference.js",
        ]),
      },
      "/core-data.html": {
        body: `${head(["karabakh2023.core.min.js", "karabakh2023.data.min.js", "reference.js"])}
<karabakh-chart id="element" chart="reactions"></karabakh-chart>`,
      },
      "/core-only.html": {
        body: `${head(["karabakh2023.core.min.js", "reference.js"])}
<karabakh-chart id="element" chart="casualties"></karabakh-chart>`,
      },
      // The curve of the built-in story without the curve file, and a curve page.
      "/core-data-curve.html": {
        body: `${head(["karabakh2023.core.min.js", "karabakh2023.data.refugees.min.js", "reference.js"])}
<karabakh-chart id="element" chart="refugees"></karabakh-chart>`,
      },
      "/core-curve.html": {
        body: `${head(["karabakh2023.curve.min.js", "karabakh2023.core.min.js", "reference.js"])}`,
      },
    },
    { "/": DIST },
  );
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
  return { page, errors };
}

interface Comparison {
  readonly drawn: number;
  readonly differences: string[];
}

/** Draws every example (of one chart) with the reference and with `Karabakh2023`; lists what differs. */
function compareAll(page: Page, only?: string): Promise<Comparison> {
  return page.evaluate((only) => {
    type Draw = (data: unknown, options: Record<string, unknown>) => HTMLElement;
    type Example = { data?: unknown; options?: Record<string, unknown> };
    const g = globalThis as unknown as {
      Reference: { charts: Record<string, Draw>; examples: Record<string, Record<string, Example>> };
      Karabakh2023: Record<string, Draw>;
    };
    const differences: string[] = [];
    let drawn = 0;
    const draw = (library: Record<string, Draw>, chart: string, example: Example, options: object) => {
      try {
        const figure = library[chart]?.(example.data, { ...example.options, ...options });
        // The data table and the source list are built when opened (figure/render.ts).
        for (const summary of figure?.querySelectorAll("summary") ?? []) (summary as HTMLElement).click();
        return figure?.outerHTML ?? "";
      } catch (error) {
        return `threw: ${(error as Error).message}`;
      }
    };
    for (const [chart, examples] of Object.entries(g.Reference.examples)) {
      if (only && chart !== only) continue;
      for (const [name, example] of Object.entries(examples)) {
        for (const width of [320, 1024]) {
          for (const locale of ["en", "fr"]) {
            const options = { width, locale: example.options?.locale ?? locale, idPrefix: "same" };
            const expected = draw(g.Reference.charts, chart, example, options);
            const actual = draw(g.Karabakh2023, chart, example, options);
            drawn++;
            if (actual !== expected) {
              let i = 0;
              while (i < expected.length && expected[i] === actual[i]) i++;
              differences.push(
                `${chart} ${name} ${width}px ${locale}: expected …${expected.slice(i, i + 120)}… got …${actual.slice(i, i + 120)}…`,
              );
            }
          }
        }
      }
    }
    return { drawn, differences };
  }, only);
}

describe("script-tag bundles draw what the package draws", () => {
  for (const [path, what] of [
    ["/split.html", "map + core + curve + data files (karabakh2023.core.min.js…)"],
    ["/all.html", "all-in-one karabakh2023.min.js"],
  ] as const) {
    test(`${what}: every example, 320 and 1024 px, en and fr`, async () => {
      const { page, errors } = await open(path);
      const { drawn, differences } = await compareAll(page);
      expect(drawn).toBeGreaterThan(100);
      expect(differences).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }
});

describe("one chart's part of the dataset draws what the whole dataset draws", () => {
  for (const [chart, page] of [
    ["casualtyComparison", "/data-casualties.html"],
    ["refugeeCurve", "/data-refugees.html"],
    ["reactionsMap", "/data-reactions.html"],
    // Every part, loaded around the core and the map: the same tables as the whole file.
    [undefined, "/data-parts.html"],
    [undefined, "/data-whole-then-part.html"],
  ] as const) {
    test(`${page}: every example${chart ? ` of ${chart}` : ""}, 320 and 1024 px, en and fr`, async () => {
      const { page: opened, errors } = await open(page);
      const { drawn, differences } = await compareAll(opened, chart);
      expect(drawn).toBeGreaterThan(chart ? 20 : 100);
      expect(differences).toEqual([]);
      expect(errors).toEqual([]);
      await opened.close();
    }, 180_000);
  }

  test("a chart whose part is not loaded names the files to add", async () => {
    const { page } = await open("/data-refugees.html");
    const message = await page.evaluate(() => {
      try {
        (
          globalThis as unknown as { Karabakh2023: { casualtyComparison: () => unknown } }
        ).Karabakh2023.casualtyComparison();
        return "drawn";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toMatch(/the dataset's \w+ is not loaded.*karabakh2023\.data\.casualties\.min\.js/);
    await page.close();
  });
});

describe("the default map needs no world file", () => {
  test("it draws what the package draws; another projection or region names the file to add", async () => {
    const { page, errors } = await open("/default-map.html");
    const result = await page.evaluate(() => {
      type Draw = (data: unknown, options: Record<string, unknown>) => HTMLElement;
      const g = globalThis as unknown as {
        Reference: {
          charts: Record<string, Draw>;
          examples: Record<string, Record<string, { data?: unknown }>>;
        };
        Karabakh2023: Record<string, Draw>;
      };
      const draw = (library: Record<string, Draw>, data: unknown, options: object) => {
        try {
          return library.reactionsMap?.(data, { idPrefix: "same", ...options }).outerHTML ?? "";
        } catch (error) {
          return (error as Error).message;
        }
      };
      return {
        same: [320, 640, 1024].every(
          (width) =>
            draw(g.Karabakh2023, undefined, { width }) === draw(g.Reference.charts, undefined, { width }),
        ),
        mercator: draw(g.Karabakh2023, undefined, { projection: "mercator" }),
        sample: draw(g.Karabakh2023, g.Reference.examples.reactionsMap?.["sample-story"]?.data, {}),
      };
    });
    expect(result.same).toBe(true);
    for (const message of [result.mercator, result.sample])
      expect(message).toMatch(
        /^karabakh2023: the world geometry is not loaded.*karabakh2023\.world\.min\.js/,
      );
    // <karabakh-chart projection="mercator"> shows it in place of the chart.
    expect(await page.textContent("#element")).toMatch(/karabakh2023\.world\.min\.js/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the core bundle without its data files", () => {
  test("a chart of the built-in data says which file is missing", async () => {
    const { page } = await open("/core-only.html");
    const message = await page.evaluate(() => {
      try {
        (
          globalThis as unknown as { Karabakh2023: { casualtyComparison: () => unknown } }
        ).Karabakh2023.casualtyComparison();
        return "drawn";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toMatch(/^karabakh2023: the dataset's \w+ is not loaded.*karabakh2023\.data\.min\.js/);
    // <karabakh-chart> shows it in place of the chart.
    expect(await page.textContent("#element")).toMatch(/karabakh2023\.data\.min\.js/);
    await page.close();
  });

  test("bars of the caller's own story need no other file; a curve needs its file, a map both", async () => {
    const draw = (page: Page) =>
      page.evaluate(() => {
        type Draw = (data: unknown, options: Record<string, unknown>) => HTMLElement;
        const g = globalThis as unknown as {
          Reference: { examples: Record<string, Record<string, { data?: unknown; options?: object }>> };
          Karabakh2023: Record<string, Draw>;
        };
        const run = (chart: string, name: string) => {
          const example = g.Reference.examples[chart]?.[name];
          try {
            const figure = g.Karabakh2023[chart]?.(example?.data, { ...example?.options });
            return `${figure?.querySelectorAll(".k23-plot svg").length} svg`;
          } catch (error) {
            return (error as Error).message;
          }
        };
        return {
          // A story of the caller's own (its vocabulary, zone and sources come with it).
          bars: run("casualtyComparison", "sample-story"),
          curve: run("refugeeCurve", "sample-story"),
          map: run("reactionsMap", "sample-story"),
        };
      });
    const { page, errors } = await open("/core-only.html");
    const coreOnly = await draw(page);
    expect(coreOnly.bars).toBe("1 svg");
    expect(coreOnly.curve).toMatch(
      /^karabakh2023: the refugee curve is not loaded.*karabakh2023\.curve\.min\.js/,
    );
    expect(coreOnly.map).toMatch(/is not loaded.*karabakh2023\.(data|map)\.min\.js/);
    const withData = await open("/core-data.html");
    expect((await draw(withData.page)).map).toMatch(
      /^karabakh2023: the reactions map is not loaded.*karabakh2023\.map\.min\.js/,
    );
    // <karabakh-chart chart="reactions"> says which file to add, in place of the chart.
    expect(await withData.page.textContent("#element")).toMatch(/karabakh2023\.map\.min\.js/);
    // With its file (loaded before the core), the curve of the caller's story draws.
    expect((await draw((await open("/core-curve.html")).page)).curve).toBe("1 svg");
    // <karabakh-chart chart="refugees"> without the curve file says which file to add.
    const curveData = await open("/core-data-curve.html");
    expect(await curveData.page.textContent("#element")).toMatch(/karabakh2023\.curve\.min\.js/);
    // The map names countries from the dataset's ISO table, even for the caller's reactions.
    const withMap = await draw((await open("/core-map.html")).page);
    expect(withMap.map).toMatch(/the dataset's countries is not loaded.*karabakh2023\.data\.min\.js/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a map redrawn at a new width", () => {
  test("keeps its country paths and draws what a map drawn at that width draws", async () => {
    const { page, errors } = await open("/split.html");
    const result = await page.evaluate(async () => {
      type Draw = (data: unknown, options: Record<string, unknown>) => HTMLElement;
      const { reactionsMap } = (globalThis as unknown as { Karabakh2023: Record<string, Draw> }).Karabakh2023;
      const stage = document.getElementById("stage") as HTMLElement;
      const figure = reactionsMap?.(undefined, { idPrefix: "resized" }) as HTMLElement;
      stage.append(figure);
      const firstPath = figure.querySelector(".k23-reactions-world path");
      const firstSvg = figure.querySelector(".k23-plot svg");
      stage.style.width = "560px";
      // The figure redraws in the animation frame after its ResizeObserver fires.
      for (let i = 0; i < 20 && figure.querySelector(".k23-plot svg") === firstSvg; i++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      const fresh = reactionsMap?.(undefined, { idPrefix: "resized", width: 560 }) as HTMLElement;
      return {
        redrawn: figure.querySelector(".k23-plot svg") !== firstSvg,
        reused: figure.querySelector(".k23-reactions-world path") === firstPath,
        width: figure.querySelector(".k23-plot svg")?.getAttribute("width"),
        same:
          figure.querySelector(".k23-plot svg")?.outerHTML ===
          fresh.querySelector(".k23-plot svg")?.outerHTML,
      };
    });
    expect(result).toEqual({ redrawn: true, reused: true, width: "560", same: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
