/**
 * What the long tasks of the cold article page are, in Chromium with the CPU slowed 4×:
 *
 *   pnpm exec tsx bench/profile/article.ts [variant] [loads]     (default: prerendered 3)
 *
 * `variant` is one of bench/lib/article.ts's pages (lazy, prerendered, static, script, plot,
 * vega-lite). Serves them as `bench/run.ts --article` does, except that our split script-tag
 * files are rebuilt in memory from packages/charts/rollup.config.mjs with a source map (the same
 * minified code `pnpm build` writes, run from the sources of this checkout, no `pnpm build`
 * needed for them). Each load is a fresh context with a Chromium trace (`browser.startTracing`:
 * the renderer's tasks and the V8 CPU profiler's samples on one clock). For each load it prints
 * the long tasks (> 50 ms) of the page's main thread until 2.5 s after the charts are painted,
 * as the bench counts them, with
 * - what each task ran at its top level (HTML parsing, a script's evaluation by file, a timer,
 *   an idle callback, an event, style and layout, garbage collection), and
 * - the functions of our sources and of the data package that took ≥ 2 ms of it (inclusive time
 *   from the CPU samples, mapped back through the source maps: `file:line name`), and its self
 *   time by origin (Plot, a d3 package, a folder of ours, the engine).
 * Then a summary over the loads: the mean time each top-level activity and each function spent
 * inside long tasks. The machine is shared: compare rows within one run.
 */
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import {
  ARTICLE_VARIANTS,
  type ArticleVariant,
  articleAssets,
  CPU_SLOWDOWN,
  SETTLE_MS,
} from "../lib/article.js";
import { ARGS, CHROMIUM } from "../lib/browser.js";
import { benchAssets } from "../lib/pages.js";
import { CHARTS_DIR, EMBED_ENTRY } from "../lib/paths.js";
import { type Asset, serve } from "../lib/server.js";
import { ms, table } from "../lib/stats.js";

const variant = (process.argv[2] ?? "prerendered") as ArticleVariant;
const LOADS = Number(process.argv[3] ?? 3);
if (!ARTICLE_VARIANTS.includes(variant)) throw new Error(`variant: one of ${ARTICLE_VARIANTS.join(", ")}`);

// --- our script-tag files, with source maps ----------------------------------------------------
interface Mapped {
  /** Per generated line, segments [column, source, line, column, name?] in absolute values. */
  lines: number[][][];
  sources: string[];
  contents: string[];
}
const sourceMaps = new Map<string, Mapped>();
const { buildWithMap, decode, group } = (await import(
  pathToFileURL(join(CHARTS_DIR, "scripts/source-map.mjs")).href
)) as {
  buildWithMap: (
    config: unknown,
  ) => Promise<{ code: string; map: { mappings: string; sources: string[]; sourcesContent?: string[] } }>;
  decode: (mappings: string) => number[][][];
  group: (source: string | undefined) => string;
};
async function ourFiles(): Promise<Map<string, Asset>> {
  const cwd = process.cwd();
  process.chdir(CHARTS_DIR); // rollup.config.mjs names its inputs relative to the package
  try {
    const configs = (await import(pathToFileURL(join(CHARTS_DIR, "rollup.config.mjs")).href)).default as {
      output: { file: string };
    }[];
    const out = new Map<string, Asset>();
    for (const config of configs.filter((c) =>
      /\.(core|map|curve|world|data)\.min\.js$/.test(c.output.file),
    )) {
      const chunk = await buildWithMap(config);
      const path = `/${basename(config.output.file)}`;
      out.set(path, { type: "text/javascript; charset=utf-8", body: chunk.code });
      const lines: number[][][] = [];
      let [source, line, column] = [0, 0, 0];
      for (const segments of decode(chunk.map.mappings)) {
        let generated = 0;
        lines.push(
          segments.map((s) => {
            generated += s[0] ?? 0;
            if (s.length >= 4) {
              source += s[1] ?? 0;
              line += s[2] ?? 0;
              column += s[3] ?? 0;
            }
            return s.length >= 4 ? [generated, source, line, column] : [generated];
          }),
        );
      }
      sourceMaps.set(path, { lines, sources: chunk.map.sources, contents: chunk.map.sourcesContent ?? [] });
    }
    return out;
  } finally {
    process.chdir(cwd);
  }
}

/** A name for the function starting at this source line: a declaration, method, or `name = (…) =>`. */
function functionName(text: string | undefined): string {
  if (!text) return "";
  const m =
    /function\*?\s+([\w$]+)/.exec(text) ??
    /(#?[\w$]+)\s*(?:=|:)\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)/.exec(text) ??
    /^\s*(?:static\s+|async\s+|get\s+|set\s+)*(#?[\w$]+)\s*\(/.exec(text);
  return m?.[1] ?? "";
}

/** file:line name of a position (0-based) in one of our files; undefined elsewhere. */
const located = new Map<string, { where: string; origin: string; ours: boolean }>();
function locate(url: string, line: number, column: number) {
  const path = url.replace(/^https?:\/\/[^/]+/, "");
  const key = `${path}:${line}:${column}`;
  const cached = located.get(key);
  if (cached) return cached;
  const map = sourceMaps.get(path);
  let result = { where: `${path || "(native)"}`, origin: path ? basename(path) : "(engine)", ours: false };
  const segments = map?.lines[line];
  if (map && segments) {
    let best: number[] | undefined;
    for (const s of segments) if ((s[0] ?? 0) <= column) best = s;
    if (best && best.length >= 4) {
      const source = map.sources[best[1] ?? 0] ?? "";
      const text = map.contents[best[1] ?? 0]?.split("\n")[best[2] ?? 0];
      const file = source.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "");
      const ours = /^(packages\/)?(charts|data)\/src\/|^src\//.test(source.replace(/^(\.\.\/)+/, ""));
      result = {
        where: `${file}:${(best[2] ?? 0) + 1} ${functionName(text)}`.trim(),
        origin: group(source),
        ours,
      };
    }
  }
  located.set(key, result);
  return result;
}

// --- the trace --------------------------------------------------------------------------------
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: TraceData; beginData?: TraceData; fileName?: string };
}
/** The fields of trace events' `args.data` read here. */
interface TraceData {
  url?: string;
  functionName?: string;
  type?: string;
  documentLoaderURL?: string;
  startTime?: number;
  cpuProfile?: { nodes?: Node[]; samples?: number[] };
  timeDeltas?: number[];
}
interface Node {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A top-level activity of a task, as a short label. */
function activity(e: TraceEvent): string {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const file = (url: string | undefined) => (url ? basename(new URL(url, "http://x").pathname) || url : "");
  switch (e.name) {
    case "EvaluateScript":
      return `evaluate ${file(d.url) || "(inline script)"}`;
    case "v8.compile":
    case "v8.compileModule":
      return `compile ${file(d.url ?? e.args?.fileName)}`;
    case "FunctionCall":
      return `call ${d.functionName || "(anonymous)"} ${file(d.url)}`.trim();
    case "TimerFire":
      return "timer";
    case "FireIdleCallback":
      return "idle callback";
    case "FireAnimationFrame":
      return "animation frame";
    case "EventDispatch":
      return `event ${d.type ?? ""}`;
    case "ParseHTML":
      return "parse HTML";
    case "UpdateLayoutTree":
    case "RecalculateStyles":
      return "style";
    case "Layout":
      return "layout";
    case "MinorGC":
    case "MajorGC":
    case "V8.GCScavenger":
    case "V8.GCFinalizeMC":
    case "BlinkGC.AtomicPhase":
      return "garbage collection";
    case "RunMicrotasks":
      return "microtasks";
    default:
      return e.name;
  }
}
const TOP = new Set([
  "EvaluateScript",
  "v8.compile",
  "v8.compileModule",
  "FunctionCall",
  "TimerFire",
  "FireIdleCallback",
  "FireAnimationFrame",
  "EventDispatch",
  "ParseHTML",
  "UpdateLayoutTree",
  "RecalculateStyles",
  "Layout",
  "Paint",
  "PrePaint",
  "Layerize",
  "MinorGC",
  "MajorGC",
  "V8.GCScavenger",
  "V8.GCFinalizeMC",
  "RunMicrotasks",
  "ParseAuthorStyleSheet",
  "HitTest",
  "ScheduleStyleRecalculation",
]);

interface Task {
  start: number;
  dur: number;
  activities: Map<string, number>;
  functions: Map<string, number>;
  origins: Map<string, number>;
}

function analyse(events: TraceEvent[], painted: number): { tasks: Task[]; navigationStart: number } {
  // The page's main thread: the CrRendererMain that parsed the article.
  const parse = events.find(
    (e) => e.name === "ParseHTML" && String(e.args?.beginData?.url ?? "").includes("/article/"),
  );
  if (!parse) throw new Error("no ParseHTML of the article in the trace");
  const main = (e: TraceEvent) => e.pid === parse.pid && e.tid === parse.tid;
  const navigation = events.find(
    (e) =>
      e.name === "navigationStart" &&
      e.pid === parse.pid &&
      String(e.args?.data?.documentLoaderURL ?? "").includes("/article/"),
  );
  const navigationStart = navigation?.ts ?? parse.ts;
  const end = navigationStart + (painted + SETTLE_MS) * 1000;
  const onMain = events.filter((e) => main(e) && e.ph === "X").sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = onMain
    .filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 50_000 && e.ts >= navigationStart && e.ts < end)
    .map((e) => ({
      start: e.ts,
      dur: e.dur ?? 0,
      activities: new Map(),
      functions: new Map(),
      origins: new Map(),
    }));
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const task of tasks) {
    // The outermost activities within the task (not those nested inside another one).
    let coveredUntil = 0;
    for (const e of onMain) {
      if (e.ts < task.start || e.ts >= task.start + task.dur || !TOP.has(e.name)) continue;
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      add(task.activities, activity(e), (e.dur ?? 0) / 1000);
    }
  }
  // CPU samples of the main thread: ProfileChunk events of the profile whose Profile event is on it.
  const nodes = new Map<number, Node>();
  // (Profile ids are per process: another renderer's profile may have the same id.)
  const profiles = new Set(events.filter((e) => e.name === "Profile" && main(e)).map((e) => e.id));
  const ofMain = (e: TraceEvent) => e.pid === parse.pid && profiles.has(e.id);
  let time = 0;
  for (const e of events) {
    if (e.name === "Profile" && ofMain(e)) time = e.args?.data?.startTime ?? time;
    if (e.name !== "ProfileChunk" || !ofMain(e)) continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const n of (profile.nodes ?? []) as Node[]) nodes.set(n.id, n);
    const samples: number[] = profile.samples ?? [];
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const delta = deltas[i] ?? 0;
      time += delta;
      const task = tasks.find((t) => time >= t.start && time < t.start + t.dur);
      const leaf = nodes.get(samples[i] ?? -1);
      if (!task || !leaf) continue;
      // Each sample stands for the time until the next one.
      const weight = (deltas[i + 1] ?? delta) / 1000;
      const seen = new Set<string>();
      let self = true;
      for (let n: Node | undefined = leaf; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const f = n.callFrame;
        const at = f.url ? locate(f.url, f.lineNumber, f.columnNumber) : undefined;
        if (self) {
          add(task.origins, at?.origin ?? (f.functionName || "(engine)"), weight);
          self = false;
        }
        if (at?.ours && !seen.has(at.where)) {
          seen.add(at.where);
          add(task.functions, at.where, weight);
        }
      }
    }
  }
  return { tasks, navigationStart };
}

// --- run ---------------------------------------------------------------------------------------
const { renderHtml } = (await import(
  pathToFileURL(EMBED_ENTRY).href
)) as typeof import("../../packages/embed/src/index.js");
process.stderr.write("building our script-tag files with source maps…\n");
const assets = new Map([
  ...(await benchAssets()),
  ...articleAssets((chart, styles) => renderHtml({ chart, width: 640, locale: "en", styles })),
  ...(await ourFiles()),
]);
const server = await serve(assets);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS] });
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "v8",
  "blink.user_timing",
  "disabled-by-default-v8.cpu_profiler",
].join(",");
const summary = { activities: new Map<string, number>(), functions: new Map<string, number>() };
const blocking: number[] = [];
try {
  for (let load = 1; load <= LOADS; load++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: CATEGORIES.split(",") });
    await page.goto(`${server.url}/article/${variant}.html`);
    const result = await page.evaluate(
      () => (window as unknown as { __bench: Promise<{ painted: number; blocking: number }> }).__bench,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    await context.close();
    const { tasks, navigationStart } = analyse(trace.traceEvents, result.painted);
    blocking.push(result.blocking);
    const traced = tasks.reduce((t, k) => t + Math.max(0, k.dur / 1000 - 50), 0);
    console.log(
      `\n## ${variant}, load ${load}: charts painted at ${ms(result.painted)} ms, blocking ${ms(result.blocking)} ms (page's longtask observer), ${ms(traced)} ms (trace)\n`,
    );
    const top = (m: Map<string, number>, min: number, n = 8) =>
      [...m]
        .filter(([, v]) => v >= min)
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join("; ");
    console.log(
      table(
        [
          "start ms",
          "long task ms",
          "what ran (top level), ms",
          "our functions (inclusive), ms",
          "self time by origin, ms",
        ],
        tasks.map((t) => [
          ms((t.start - navigationStart) / 1000),
          ms(t.dur / 1000),
          top(t.activities, 1),
          top(t.functions, 2, 10),
          top(t.origins, 2, 6),
        ]),
      ),
    );
    for (const t of tasks) {
      for (const [k, v] of t.activities)
        summary.activities.set(k, (summary.activities.get(k) ?? 0) + v / LOADS);
      for (const [k, v] of t.functions) summary.functions.set(k, (summary.functions.get(k) ?? 0) + v / LOADS);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const rows = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, ms(v)]);
console.log(
  `\n## ${variant}: mean over ${LOADS} loads, inside long tasks (blocking ${blocking.map(ms).join(", ")} ms)\n`,
);
console.log(table(["what ran (top level)", "ms per load"], rows(summary.activities, 15)));
console.log("");
console.log(table(["our function (inclusive)", "ms per load"], rows(summary.functions, 25)));
