/**
 * Browser timings in Debian's headless Chromium, driven by playwright-core: several fresh
 * browser launches; in each, interleaved warm renders and width changes of every library in
 * one page, then a cold first render per library and chart, each in a fresh context.
 */
import { chromium } from "playwright-core";
import type { Bench, Library } from "../page/harness.js";
import { CHARTS } from "./paths.js";

export const CHROMIUM = "/usr/bin/chromium";
export const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Chart = (typeof CHARTS)[number];
type Samples = Record<Chart, Record<Library, number[]>>;

export interface BrowserResults {
  readonly version: string;
  readonly warm: Samples;
  /** Of each of our warm renders, the chart call alone (the rest is the browser's style and layout). */
  readonly oursCall: Record<Chart, number[]>;
  readonly resize: Samples;
  readonly cold: Record<Chart, Record<Library, { render: number[]; sinceNavigation: number[] }>>;
}

export interface BrowserPlan {
  readonly launches: number;
  readonly renders: number;
  readonly warmup: number;
  readonly resizes: number;
  readonly coldPerLaunch: number;
  readonly libraries: readonly Library[];
}

const samples = (libraries: readonly Library[]): Samples =>
  Object.fromEntries(
    CHARTS.map((c) => [c, Object.fromEntries(libraries.map((l) => [l, [] as number[]]))]),
  ) as Samples;

declare const bench: Bench;
declare const coldResult: Promise<{ render: number; sinceNavigation: number }>;

export async function timeInBrowsers(url: string, plan: BrowserPlan, log: (line: string) => void) {
  const warm = samples(plan.libraries);
  const resize = samples(plan.libraries);
  const oursCall = Object.fromEntries(CHARTS.map((c) => [c, [] as number[]])) as Record<Chart, number[]>;
  const cold = Object.fromEntries(
    CHARTS.map((c) => [
      c,
      Object.fromEntries(
        plan.libraries.map((l) => [l, { render: [] as number[], sinceNavigation: [] as number[] }]),
      ),
    ]),
  ) as BrowserResults["cold"];
  let version = "";

  for (let launch = 0; launch < plan.launches; launch++) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    version = browser.version();
    try {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(`${url}/all.html`);
      for (const chart of CHARTS) {
        const w = await page.evaluate(([c, l, n, k]) => bench.warm(c, l, n, k), [
          chart,
          plan.libraries,
          plan.renders,
          plan.warmup,
        ] as const);
        const r = await page.evaluate(([c, l, n, k]) => bench.resize(c, l, n, k), [
          chart,
          plan.libraries,
          plan.resizes,
          plan.warmup,
        ] as const);
        oursCall[chart].push(...w.oursCalls);
        for (const library of plan.libraries) {
          warm[chart][library].push(...w.times[library]);
          resize[chart][library].push(...r[library]);
        }
      }
      if (errors.length > 0) throw new Error(`errors in the bench page: ${errors.join("; ")}`);
      await context.close();

      for (let i = 0; i < plan.coldPerLaunch; i++) {
        for (const chart of CHARTS) {
          for (const library of plan.libraries) {
            const fresh = await browser.newContext({ viewport: { width: 1024, height: 900 } });
            const coldPage = await fresh.newPage();
            await coldPage.goto(`${url}/cold/${library}/${chart}.html`);
            const result = await coldPage.evaluate(() => coldResult);
            cold[chart][library].render.push(result.render);
            cold[chart][library].sinceNavigation.push(result.sinceNavigation);
            await fresh.close();
          }
        }
      }
      log(`  browser ${launch + 1}/${plan.launches} done`);
    } finally {
      await browser.close();
    }
  }
  return { version, warm, oursCall, resize, cold } satisfies BrowserResults;
}
