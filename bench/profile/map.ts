/**
 * Where the map's warm render and resize go, in Chromium:
 *
 *   pnpm exec tsx bench/profile/map.ts [--before <git revision>] [--renders 40]
 *
 * Bundles `reactionsMap` from this checkout's sources (unminified, so a CPU profile names our
 * modules and Plot's) and, with `--before`, from the chart sources of a git revision (with this
 * checkout's data package and dependencies), and in one page, in rotating order:
 * - warm: a fresh figure at 640 px, as bench/page/harness.ts times it: the chart call, then the
 *   browser's style and layout of it (a forced layout);
 * - resize: a width change (640 ↔ 560 px) reaching the figure through its ResizeObserver, from
 *   the frame callback that redraws to the forced layout after it;
 * - the style and layout of each part of the figure (the figure drawn, one part removed before
 *   it is attached: the difference is that part's share);
 * - a CPU profile of this checkout's warm renders, self time per source module.
 * Prints markdown tables of medians; the machine is shared, so compare within one run.
 */
import { execSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "../lib/browser.js";
import { bundle } from "../lib/esbuild.js";
import { ROOT } from "../lib/paths.js";
import { type Asset, serve } from "../lib/server.js";
import { summarize } from "../lib/stats.js";

const { values } = parseArgs({
  options: { before: { type: "string" }, renders: { type: "string", default: "40" } },
});
const RENDERS = Number(values.renders);

/** The chart sources of `revision` in a temporary directory, beside this checkout's data and modules. */
function checkout(revision: string): string {
  const dir = mkdtempSync(join(tmpdir(), "k23-map-before-"));
  execSync(
    `git archive ${revision} packages/charts/src tsconfig.json tsconfig.base.json | tar -x -C ${dir}`,
    {
      cwd: ROOT,
    },
  );
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  symlinkSync(join(ROOT, "packages/data"), join(dir, "packages/data"));
  symlinkSync(join(ROOT, "packages/charts/node_modules"), join(dir, "packages/charts/node_modules"));
  return dir;
}
const builds = { after: ROOT, ...(values.before ? { before: checkout(values.before) } : {}) };

/** One checkout's map, unminified, as the global `maps[name]`. */
const mapBundle = (name: string, root: string) =>
  bundle({
    stdin: {
      contents: `import { reactionsMap } from "./packages/charts/src/index.ts";
(globalThis.maps ??= {})[${JSON.stringify(name)}] = reactionsMap;`,
      resolveDir: root,
      loader: "ts",
    },
    minify: false,
    format: "iife",
    platform: "browser",
  });
const scripts = new Map(
  await Promise.all(
    Object.entries(builds).map(async ([name, root]) => [name, await mapBundle(name, root)] as const),
  ),
);

/** esbuild marks each module's code with a `// path` comment line: line → module. */
const moduleAt: string[] = [];
{
  let current = "(bundle)";
  for (const line of (scripts.get("after") ?? "").toString().split("\n")) {
    const m = /^\s*\/\/ (\S+\.(?:ts|js|json))$/.exec(line);
    if (m?.[1]) current = m[1];
    moduleAt.push(current);
  }
}
const area = (line: number) => {
  const path = moduleAt[line] ?? "";
  if (path.includes("@observablehq/plot")) return "Plot";
  if (/\bd3-/.test(path)) return "d3";
  return /src\/(.*)$/.exec(path)?.[1] ?? path;
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>map profile</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 640px; }</style>
${[...scripts.keys()].map((name) => `<script src="/${name}.js"></script>`).join("\n")}
</head><body><div id="stage"></div></body></html>`;
const server = await serve(
  new Map([
    ...[...scripts].map(([name, body]): [string, Asset] => [
      `/${name}.js`,
      { type: "text/javascript", body },
    ]),
    ["/index.html", { type: "text/html", body: page }] as [string, Asset],
  ]),
);

type Map_ = typeof import("@karabakh2023/charts").reactionsMap;
declare const maps: Record<string, Map_>;
/** The parts of the figure whose style and layout are measured apart (selectors). */
const PARTS = {
  "title and subtitle": "figcaption",
  legend: ".k23-legend",
  "world map": ".k23-reactions-world",
  inset: ".k23-reactions-inset",
  "list of entities not on the map, and labels": ".k23-plot svg text",
  "notes, sources, CSV link, closed table": ".k23-footer",
};

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const p = await context.newPage();
  // tsx names the functions it compiles with a `__name` helper the page does not have.
  await p.addInitScript("globalThis.__name = (f) => f");
  await p.goto(`${server.url}/index.html`);
  const names = [...scripts.keys()];

  const warm = (n: number) =>
    p.evaluate(
      async ([names, n]) => {
        const stage = document.getElementById("stage") as HTMLElement;
        const out: Record<string, { call: number[]; layout: number[] }> = {};
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < names.length; j++) {
            const name = names[(i + j) % names.length] as string;
            stage.replaceChildren();
            await new Promise((r) => setTimeout(r, 0));
            const t0 = performance.now();
            const figure = maps[name]?.(undefined, { width: 640 }) as HTMLElement;
            const t1 = performance.now();
            stage.append(figure);
            stage.getBoundingClientRect();
            const t2 = performance.now();
            const o = out[name] ?? { call: [], layout: [] };
            out[name] = o;
            o.call.push(t1 - t0);
            o.layout.push(t2 - t1);
          }
        }
        stage.replaceChildren();
        return out;
      },
      [names, n] as const,
    );

  const resize = (n: number) =>
    p.evaluate(
      async ([names, n]) => {
        const stage = document.getElementById("stage") as HTMLElement;
        const raf = window.requestAnimationFrame;
        const frame = () => new Promise((r) => raf(() => r(null)));
        const out: Record<string, { call: number[]; layout: number[] }> = {};
        for (const name of names) {
          stage.replaceChildren();
          stage.style.width = "640px";
          const figure = maps[name]?.() as HTMLElement;
          stage.append(figure);
          await frame();
          await frame();
          const o = out[name] ?? { call: [], layout: [] };
          out[name] = o;
          for (let i = 0; i < n; i++) {
            const done = new Promise<void>((resolve) => {
              window.requestAnimationFrame = (callback) =>
                raf.call(window, (time) => {
                  window.requestAnimationFrame = raf;
                  const t0 = performance.now();
                  callback(time);
                  const t1 = performance.now();
                  figure.getBoundingClientRect();
                  o.call.push(t1 - t0);
                  o.layout.push(performance.now() - t1);
                  resolve();
                });
            });
            stage.style.width = `${i % 2 === 0 ? 560 : 640}px`;
            await done;
            await frame();
          }
        }
        stage.replaceChildren();
        stage.style.width = "640px";
        return out;
      },
      [names, n] as const,
    );

  const parts = (n: number) =>
    p.evaluate(
      async ([names, parts, n]) => {
        const stage = document.getElementById("stage") as HTMLElement;
        const out: Record<string, Record<string, number[]>> = {};
        const variants = [["(whole figure)", ""], ...Object.entries(parts)] as [string, string][];
        for (let i = 0; i < n; i++) {
          for (const name of names) {
            for (const [part, selector] of variants) {
              stage.replaceChildren();
              await new Promise((r) => setTimeout(r, 0));
              const figure = maps[name]?.(undefined, { width: 640 }) as HTMLElement;
              if (selector) for (const e of figure.querySelectorAll(selector)) e.remove();
              const t0 = performance.now();
              stage.append(figure);
              stage.getBoundingClientRect();
              const byPart = out[name] ?? {};
              out[name] = byPart;
              byPart[part] = [...(byPart[part] ?? []), performance.now() - t0];
            }
          }
        }
        stage.replaceChildren();
        return out;
      },
      [names, PARTS, n] as const,
    );

  await warm(8);
  await resize(8);
  const w = await warm(RENDERS);
  const r = await resize(RENDERS);
  const s = await parts(Math.ceil(RENDERS / 2));

  const cdp = await context.newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await p.evaluate(async (n) => {
    const stage = document.getElementById("stage") as HTMLElement;
    for (let i = 0; i < n; i++) {
      stage.replaceChildren();
      await new Promise((r) => setTimeout(r, 0));
      stage.append(maps.after?.(undefined, { width: 640 }) as HTMLElement);
      stage.getBoundingClientRect();
    }
  }, RENDERS);
  const { profile } = await cdp.send("Profiler.stop");
  const nodes = await p.evaluate((names) => {
    const stage = document.getElementById("stage") as HTMLElement;
    return Object.fromEntries(
      names.map((name) => {
        stage.replaceChildren(maps[name]?.(undefined, { width: 640 }) as HTMLElement);
        return [
          name,
          { figure: stage.querySelectorAll("*").length, plot: stage.querySelectorAll(".k23-plot *").length },
        ];
      }),
    );
  }, names);

  const med = (xs: readonly number[]) => summarize([...xs]).median;
  const f = (x: number) => x.toFixed(2);
  const lines: string[] = [];
  const header = names.length > 1 ? "| | before ms | after ms | after/before |" : "| | ms |";
  const sep = names.length > 1 ? "| --- | --- | --- | --- |" : "| --- | --- |";
  const row = (label: string, pick: (name: string) => number) => {
    const a = pick("after");
    const b = names.length > 1 ? pick("before") : a;
    lines.push(
      names.length > 1
        ? `| ${label} | ${f(b)} | ${f(a)} | ${(a / b).toFixed(2)}× |`
        : `| ${label} | ${f(a)} |`,
    );
  };
  const total = (o: { call: number[]; layout: number[] }) => o.call.map((c, i) => c + (o.layout[i] ?? 0));
  lines.push(`Map at 640 px, medians of ${RENDERS} (parts: ${Math.ceil(RENDERS / 2)}).`, "", header, sep);
  row("warm render", (n) => med(total(w[n] as { call: number[]; layout: number[] })));
  row("… chart call", (n) => med(w[n]?.call ?? []));
  row("… style and layout", (n) => med(w[n]?.layout ?? []));
  row("resize (640 ↔ 560 px)", (n) => med(total(r[n] as { call: number[]; layout: number[] })));
  row("… redraw", (n) => med(r[n]?.call ?? []));
  row("… style and layout", (n) => med(r[n]?.layout ?? []));
  for (const part of Object.keys(PARTS)) {
    row(`style and layout of: ${part}`, (n) => med(s[n]?.["(whole figure)"] ?? []) - med(s[n]?.[part] ?? []));
  }
  row("elements in the figure", (n) => nodes[n]?.figure ?? 0);
  row("… in the plot", (n) => nodes[n]?.plot ?? 0);

  // Self time per module, from sample counts × the mean interval.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const perSample = (profile.endTime - profile.startTime) / 1000 / samples.length;
  const counts = new Map<string, number>();
  for (const id of samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const key = frame.url.endsWith("/after.js")
      ? area(frame.lineNumber)
      : frame.functionName.startsWith("(")
        ? frame.functionName
        : `browser: ${frame.functionName || "style, layout and the page's own script"}`;
    if (key === "(idle)" || key === "(program)") continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  lines.push(
    "",
    "CPU profile of this checkout's warm renders: self time per render.",
    "",
    "| where | ms |",
    "| --- | --- |",
  );
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    lines.push(`| ${key} | ${f((count * perSample) / RENDERS)} |`);
  }
  console.log(lines.join("\n"));
} finally {
  await browser.close();
  await server.close();
}
