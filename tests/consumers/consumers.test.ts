/**
 * The packages as a consumer gets them. Packs every package with `pnpm pack` (which turns
 * `workspace:*` into real versions; the build must have run, as the root test command does
 * first), checks each tarball (contents, publint, attw), then installs the tarballs, not the
 * workspace, into throwaway projects under the OS temp dir and uses them:
 *   - a Vite + TypeScript app, type-checked with moduleResolution "bundler" and "node16",
 *     built, and opened in Chromium;
 *   - a Node ESM script that renders the three charts to SVG with a linkedom document, plus the
 *     embed CLI writing SVG and PNG;
 *   - a Node CommonJS script that requires the data;
 *   - a plain HTML page with only the script-tag bundle, opened in Chromium;
 *   - an article page on another origin embedding an iframe page, sized by resizer.js;
 *   - React 19, Svelte 5 and Vue 3 apps (Vite), type-checked with their own checker (tsc,
 *     svelte-check, vue-tsc: the app passes, each wrong use of `<karabakh-chart>` fails), built
 *     and used in Chromium: both forms of the three charts, language and data switched, unmounted.
 * For the first Vite app, Vite and TypeScript are the workspace's own binaries: only the packages
 * and their runtime dependencies come from the registry (npm --prefer-offline). The framework
 * apps install their framework, its Vite plugin and checker, Vite and TypeScript (pinned in
 * frameworks.ts): they are dependencies of these throwaway projects, never of the packages.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { casualtyComparison, reactionsMap, refugeeCurve } from "@karabakh2023/charts";
import {
  casualties,
  claimants,
  events,
  latestRefugeeCount,
  reactions,
  refugees,
  sources,
} from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { serveStatic } from "../browser/server.js";
import { FRAMEWORKS, type Framework, frameworkApps, TYPE_CHECK, WRONG_FILE } from "./frameworks.js";
import {
  embedHost,
  nodeCjs,
  nodeEsm,
  type Project,
  scriptTagPage,
  type Tarballs,
  viteApp,
} from "./projects.js";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const PACKAGES = ["data", "charts", "embed"] as const;
type Package = (typeof PACKAGES)[number];
const MAX_MAP_BYTES = 200 * 1024;
/** Exported classic scripts (for CDNs and `require.resolve`), not modules: attw has no types to find. */
const SCRIPT_ENTRYPOINTS: Record<Package, string[]> = {
  data: [],
  charts: [
    "./karabakh2023.min.js",
    "./karabakh2023.core.min.js",
    "./karabakh2023.data.min.js",
    "./karabakh2023.map.min.js",
    "./karabakh2023.curve.min.js",
    "./karabakh2023.world.min.js",
    "./karabakh2023.lazy.min.js",
    "./karabakh2023.data.casualties.min.js",
    "./karabakh2023.data.refugees.min.js",
    "./karabakh2023.data.reactions.min.js",
    "./karabakh2023.locale-en-US.min.js",
    "./karabakh2023.locale-hy.min.js",
    "./karabakh2023.locale-ru.min.js",
  ],
  embed: ["./resizer.js"],
};
// Generous: npm, tsc and Chromium share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// npm must not inherit the settings pnpm passes to scripts it runs (npm_config_*).
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("npm_") || key === "npm_config_registry"),
);

/** Runs a command; on failure the error carries its stdout and stderr, so the report says why. */
async function run(file: string, args: string[], cwd: string, timeout = 120_000) {
  try {
    return await exec(file, args, { cwd, env: npmEnv, timeout, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(file)} ${args.join(" ")} (in ${cwd}) failed:\n${e.stdout}\n${e.stderr}`);
  }
}

function write(dir: string, project: Project): string {
  for (const [file, text] of Object.entries(project)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const npmInstall = (dir: string) =>
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], dir, 180_000);

interface Entry {
  file: string;
  size: number;
}

let work = "";
const tarballs = {} as Tarballs;
const contents = {} as Record<Package, Entry[]>;
const projects = { vite: "", esm: "", cjs: "", page: "" };
const apps = {} as Record<Framework, string>;
const timings: Record<string, number> = {};
let browser: Browser | undefined;
// Expected values come from the sources (the root vitest config aliases the packages to src/).
const latestRefugee = latestRefugeeCount();

async function timed<T>(label: string, job: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await job();
  } finally {
    timings[label] = Math.round(performance.now() - start);
  }
}

beforeAll(async () => {
  for (const name of PACKAGES) {
    if (!existsSync(path.join(root, "packages", name, "dist"))) {
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`);
    }
  }
  work = mkdtempSync(path.join(tmpdir(), "karabakh-consumers-"));
  const packs = path.join(work, "tarballs");
  await timed("pack", () =>
    Promise.all(
      PACKAGES.map(async (name) => {
        const destination = path.join(packs, name);
        mkdirSync(destination, { recursive: true });
        const { stdout } = await run(
          "pnpm",
          ["pack", "--json", "--pack-destination", destination],
          path.join(root, "packages", name),
        );
        tarballs[name] = JSON.parse(stdout).filename;
        // "-rw-r--r-- 0/0 1234 1985-10-26 08:15 package/dist/index.js"
        const listing = await run("tar", ["-tzvf", tarballs[name]], work);
        contents[name] = listing.stdout
          .trim()
          .split("\n")
          .map((line) => {
            const [, , size = "0", , , ...file] = line.split(/\s+/);
            return { file: file.join(" ").replace(/^package\//, ""), size: Number(size) };
          });
      }),
    ),
  );

  projects.vite = write(path.join(work, "vite-app"), viteApp(tarballs));
  projects.esm = write(path.join(work, "node-esm"), nodeEsm(tarballs));
  projects.cjs = write(path.join(work, "node-cjs"), nodeCjs(tarballs));
  projects.page = write(path.join(work, "script-tag"), scriptTagPage());
  for (const framework of FRAMEWORKS) {
    apps[framework] = write(path.join(work, framework), frameworkApps[framework](tarballs));
  }
  // Chromium starts while npm works. The first install fills npm's cache (empty on a fresh CI
  // machine); the others reuse it.
  const launching = timed("launch chromium", () =>
    chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS }),
  );
  // Kept as soon as it exists, so that afterAll closes it even if an install fails.
  launching.then((b) => (browser = b)).catch(() => {});
  await timed("install vite-app", () => npmInstall(projects.vite));
  await Promise.all([
    timed("install node-esm", () => npmInstall(projects.esm)),
    timed("install node-cjs", () => npmInstall(projects.cjs)),
    ...FRAMEWORKS.map((framework) => timed(`install ${framework}`, () => npmInstall(apps[framework]))),
    timed("extract script-tag bundle", async () => {
      await run("tar", ["-xzf", tarballs.charts, "-C", projects.page], work);
      for (const file of ["", ".core", ".data", ".map", ".curve", ".world"].map(
        (f) => `karabakh2023${f}.min.js`,
      )) {
        cpSync(path.join(projects.page, "package/dist", file), path.join(projects.page, file));
      }
    }),
  ]);
  await launching;
}, 400_000);

afterAll(async () => {
  await browser?.close();
  // Three node_modules trees: removed without blocking the event loop.
  if (work) await rm(work, { recursive: true, force: true });
  console.info(`consumers timings (ms): ${JSON.stringify(timings)}`);
});

async function openPage(url: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error("Chromium did not start");
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

/** Waits for what a reader would see; if it never comes, the error says what the page reported. */
async function waitFor(what: string, problems: string[], wait: () => Promise<unknown>) {
  try {
    await wait();
  } catch (error) {
    throw new Error(`${what} never happened: ${(error as Error).message}\n${problems.join("\n")}`);
  }
}

/** What a reader sees of each chart on a page: its title and how many data marks it drew. */
function describeCharts(page: Page, selector: string) {
  return page.$$eval(selector, (figures) =>
    figures.map((figure) => {
      const box = figure.getBoundingClientRect();
      return {
        title: figure.querySelector("h2, h3, .k23-title, figcaption")?.textContent?.trim() ?? "",
        svgs: figure.querySelectorAll("svg").length,
        width: Math.round(box.width),
        height: Math.round(box.height),
        bars: figure.querySelectorAll('g[aria-label="rect"] > rect').length,
        lines: figure.querySelectorAll('g[aria-label="line"] > path').length,
        // Country rings drawn (the countries without a reaction share one path).
        countries: [...figure.querySelectorAll(".k23-reactions-world path")].reduce(
          (n, p) => n + (p.getAttribute("d")?.split("M").length ?? 1) - 1,
          0,
        ),
      };
    }),
  );
}

describe("the packed tarballs", () => {
  it.each(PACKAGES)(
    "%s: ships an allow-list (build, README, LICENSE) without tests, stories, fixtures or sources",
    (name) => {
      const files = contents[name].map((e) => e.file);
      expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "CHANGELOG.md"]));
      expect(files.some((f) => f.startsWith("dist/"))).toBe(true);
      const unwanted = files.filter((f) =>
        /(^|\/)(src|scripts|test|tests|__tests__|__snapshots__|stories|fixtures|node_modules|coverage)\/|\.(test|spec|stories)\.|\.tsbuildinfo$|\.tgz$/.test(
          f,
        ),
      );
      expect(unwanted).toEqual([]);
      const bigMaps = contents[name].filter((e) => e.file.endsWith(".map") && e.size > MAX_MAP_BYTES);
      expect(bigMaps).toEqual([]);

      const manifest = JSON.parse(readFileSync(path.join(root, "packages", name, "package.json"), "utf8"));
      expect(Array.isArray(manifest.files), "package.json files is an allow-list").toBe(true);
    },
  );

  it.each(PACKAGES)(
    "%s: its package.json has real versions and every export target is in the tarball",
    async (name) => {
      const { stdout } = await run("tar", ["-xzOf", tarballs[name], "package/package.json"], work);
      const manifest = JSON.parse(stdout);
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain("workspace:");
      const files = contents[name].map((e) => e.file);
      const targets: string[] = [];
      const collect = (value: unknown) => {
        if (typeof value === "string") targets.push(value);
        else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
      };
      collect(manifest.exports);
      collect(manifest.bin);
      for (const target of targets) {
        const file = target.replace(/^\.\//, "");
        if (file.includes("*")) {
          const [prefix] = file.split("*");
          expect(
            files.some((f) => f.startsWith(prefix ?? "")),
            target,
          ).toBe(true);
        } else expect(files, target).toContain(file);
      }
    },
  );

  it.each(PACKAGES)("%s: publint --strict reports nothing", async (name) => {
    const { stdout } = await run(bin("publint"), ["--strict", tarballs[name]], root);
    expect(stdout).not.toMatch(/Errors:|Warnings:|Suggestions:/);
  });

  it.each(PACKAGES)("%s: attw finds no type problem", async (name) => {
    // data is dual ESM/CJS: checked under node16 (node10 cannot resolve its subpath exports);
    // charts and embed are ESM only.
    const profile = name === "data" ? "node16" : "esm-only";
    const exclude = SCRIPT_ENTRYPOINTS[name].length
      ? ["--exclude-entrypoints", ...SCRIPT_ENTRYPOINTS[name]]
      : [];
    await run(bin("attw"), ["--profile", profile, tarballs[name], ...exclude], root);
  });
});

describe("a Vite + TypeScript app", () => {
  it.each(["bundler", "node16"])(
    "type-checks against the installed declarations (moduleResolution %s)",
    async (mode) => {
      await timed(`tsc ${mode}`, () => run(bin("tsc"), ["-p", `tsconfig.${mode}.json`], projects.vite));
    },
  );

  it("builds with Vite and renders the three charts and <karabakh-chart> in Chromium", async () => {
    await timed("vite build", () => run(bin("vite"), ["build", "--logLevel", "warn"], projects.vite));
    const server = await serveStatic(path.join(projects.vite, "dist"));
    try {
      const { page, problems } = await openPage(`${server.origin}/`);
      await waitFor("<karabakh-chart> drew its chart", problems, () =>
        page.waitForSelector("karabakh-chart figure svg", { timeout: 60_000 }),
      );
      const direct = await describeCharts(page, "#app > figure");
      expect(direct).toHaveLength(3);
      for (const chart of direct) {
        expect(chart.title).not.toBe("");
        expect(chart.svgs).toBeGreaterThan(0);
        expect(chart.width).toBeGreaterThan(300);
        expect(chart.height).toBeGreaterThan(200);
      }
      expect(direct[0]?.bars).toBeGreaterThan(0);
      expect(direct[1]?.lines).toBeGreaterThan(0);
      expect(direct[2]?.countries).toBeGreaterThan(150);
      // The element entry's side effect survived the production build's tree-shaking.
      const element = await describeCharts(page, "karabakh-chart figure");
      expect(element).toHaveLength(1);
      expect(element[0]?.lines).toBeGreaterThan(0);
      expect(await page.$eval("#app", (app) => ({ ...app.dataset }))).toEqual({
        latest: String(latestRefugee?.value),
        safe: "rejected",
        wrong: "object",
      });
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("a Node ESM script rendering on the server", () => {
  it("renders the three charts to SVG with linkedom, exactly as the sources do", async () => {
    const { stdout } = await timed("node render.mjs", () => run("node", ["render.mjs"], projects.esm));
    const output = JSON.parse(stdout) as {
      figures: Record<string, string>;
      refugeeRows: number;
      standalone: string;
    };
    expect(output.refugeeRows).toBe(refugees.length);

    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    const charts = { casualties: casualtyComparison, refugees: refugeeCurve, reactions: reactionsMap };
    for (const [name, chart] of Object.entries(charts)) {
      const html = output.figures[name] ?? "";
      const parsed = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
      const figure = parsed.querySelector("figure");
      expect(figure, name).not.toBeNull();
      expect(figure?.querySelectorAll("svg").length, name).toBeGreaterThan(0);
      const marks = {
        casualties: 'g[aria-label="rect"] > rect',
        refugees: 'g[aria-label="line"] > path',
        reactions: ".k23-reactions-world path",
      }[name] as string;
      expect(figure?.querySelectorAll(marks).length, `${name}: ${marks}`).toBeGreaterThan(0);

      const expected = chart(undefined, { document, locale: "en", idPrefix: name });
      document.body.append(expected);
      expect(html, `${name}: the tarball's build draws what the sources draw`).toBe(expected.outerHTML);
    }

    expect(output.standalone).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(output.standalone).toContain('width="480"');
  });

  it("runs the embed CLI (karabakh2023-render) from node_modules/.bin to SVG and PNG", async () => {
    const cli = path.join(projects.esm, "node_modules/.bin/karabakh2023-render");
    await run(cli, ["--chart", "casualties", "--out", "casualties.svg"], projects.esm);
    await run(
      cli,
      ["--chart", "reactions", "--width", "800", "--locale", "fr", "--out", "reactions.png"],
      projects.esm,
    );
    const svg = readFileSync(path.join(projects.esm, "casualties.svg"), "utf8");
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain("<rect");
    const png = readFileSync(path.join(projects.esm, "reactions.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(800); // IHDR width
    const failure = await exec(cli, ["--chart", "nope", "--out", "x.svg"], { cwd: projects.esm }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('invalid --chart: "nope"');
  });
});

describe("a Node CommonJS script", () => {
  it("require('@karabakh2023/data') gives every table, valid, with the JSON files alongside", async () => {
    const { stdout } = await run("node", ["count.js"], projects.cjs);
    const output = JSON.parse(stdout);
    const expected = {
      sources: sources.length,
      claimants: claimants.length,
      casualties: casualties.length,
      refugees: refugees.length,
      reactions: reactions.length,
      events: events.length,
    };
    expect(output.counts).toEqual(expected);
    for (const count of Object.values(output.counts)) expect(count).toBeGreaterThan(0);
    expect(output.jsonCounts).toEqual(output.counts);
    expect(output.valid).toBe(true);
    expect(output.latest).toEqual(JSON.parse(JSON.stringify(latestRefugee)));
    expect(output.resources).toEqual(Object.keys(expected));
    expect(output.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("a plain HTML page with only script tags", () => {
  it.each([
    ["index.html", "the all-in-one karabakh2023.min.js"],
    ["split.html", "the core, data, map and curve files"],
  ])("%s (%s): three <karabakh-chart> and a direct Karabakh2023.refugeeCurve() call", async (file) => {
    const server = await serveStatic(projects.page);
    let opened: Page | undefined;
    try {
      const { page, problems } = await openPage(`${server.origin}/${file}`);
      opened = page;
      await waitFor("three <karabakh-chart> drew their charts", problems, () =>
        page.waitForFunction(() => document.querySelectorAll("karabakh-chart figure svg").length >= 3, null, {
          timeout: 60_000,
        }),
      );
      const charts = await describeCharts(page, "karabakh-chart figure, #direct > figure");
      expect(charts).toHaveLength(4);
      expect(charts[0]?.bars).toBeGreaterThan(0);
      expect(charts[1]?.lines).toBeGreaterThan(0);
      expect(charts[2]?.countries).toBeGreaterThan(150);
      expect(charts[3]?.lines).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.title).not.toBe("");
        expect(chart.height).toBeGreaterThan(200);
      }
      expect(await page.evaluate(() => Object.keys(globalThis).includes("Karabakh2023"))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await opened?.close();
      await server.close();
    }
  });
});

describe("an article embedding an iframe page", () => {
  it("resizer.js sizes the iframe to the chart page's height across origins", async () => {
    const embed = await serveStatic(path.join(projects.esm, "node_modules/@karabakh2023/embed/dist"));
    const host = await serveStatic(write(path.join(work, "article"), embedHost(embed.origin)));
    try {
      const { page, problems } = await openPage(`${host.origin}/index.html`);
      const frame = page.frameLocator("iframe[data-karabakh2023]");
      await waitFor("the embed page drew its chart", problems, () =>
        frame.locator("karabakh-chart figure svg").first().waitFor({ timeout: 60_000 }),
      );
      // The snippet starts the iframe at 150 px; the chart page is several times taller.
      await waitFor("the resizer grew the iframe", problems, () =>
        page.waitForFunction(
          () => Number(document.querySelector("iframe")?.getAttribute("height")) > 300,
          null,
          {
            timeout: 30_000,
          },
        ),
      );
      const inner = page.frames().find((f) => f.url().startsWith(embed.origin));
      const pageHeight = await inner?.evaluate(() => document.documentElement.scrollHeight);
      const { attribute, rendered } = await page.$eval("iframe", (iframe) => ({
        attribute: Number(iframe.getAttribute("height")),
        rendered: iframe.getBoundingClientRect().height,
      }));
      expect(rendered).toBe(attribute);
      expect(Math.abs(attribute - (pageHeight ?? 0))).toBeLessThanOrEqual(1);
      expect(problems).toEqual([]);
    } finally {
      await Promise.all([embed.close(), host.close()]);
    }
  });
});

/** Each chart's two figures on a framework app's page: the element's and the function's. */
function frameworkFigures(page: Page) {
  return page.$$eval("#charts > div", (rows) =>
    rows.map((row) => {
      const read = (figure: Element | null) => ({
        lang: figure?.getAttribute("lang") ?? "",
        title: figure?.querySelector(".k23-title")?.textContent ?? "",
        plot: figure?.querySelector(".k23-plot svg")?.outerHTML ?? "",
        bars: figure?.querySelectorAll('g[aria-label="rect"] > rect').length ?? 0,
        lines: figure?.querySelectorAll('g[aria-label="line"] > path').length ?? 0,
        countries: [...(figure?.querySelectorAll(".k23-reactions-world path") ?? [])].reduce(
          (n, p) => n + (p.getAttribute("d")?.split("M").length ?? 1) - 1,
          0,
        ),
      });
      return {
        chart: row.querySelector(".function-form")?.getAttribute("data-chart") ?? "",
        element: read(row.querySelector("karabakh-chart > figure")),
        function: read(row.querySelector(".function-form > figure")),
      };
    }),
  );
}

describe.each(FRAMEWORKS)("a %s + Vite app", (framework) => {
  it("type-checks <karabakh-chart> in its templates: the app passes, each wrong use is an error", async () => {
    const dir = apps[framework];
    const [command = "", ...args] = TYPE_CHECK[framework];
    const { code, output } = await timed(`type-check ${framework}`, () =>
      exec(path.join(dir, "node_modules/.bin", command), args, {
        cwd: dir,
        env: npmEnv,
        timeout: 120_000,
      }).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          code: error.code,
          output: error.stdout + error.stderr,
        }),
      ),
    );
    // tsc and vue-tsc: `src/wrong.tsx(4,27): error TS2322: …`; svelte-check --output machine:
    // `1234 ERROR "src/Wrong.svelte" 5:17 "…"`.
    const reported = [
      ...output.matchAll(/^(?:(\S+)\((\d+),\d+\): error|\d+ ERROR "([^"]+)" (\d+):\d+)/gm),
    ].map((m) => `${m[1] ?? m[3]}:${m[2] ?? m[4]}`);
    const wrong = WRONG_FILE[framework];
    const expected = readFileSync(path.join(dir, wrong), "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes("<karabakh-chart") ? [`${wrong}:${i + 1}`] : []));
    expect(expected).toHaveLength(3); // chart="pie", theme="blue", no chart at all
    expect([...new Set(reported)].sort(), output).toEqual(expected.sort());
    expect(code).not.toBe(0);
    // svelte-check's machine output escapes the quotes inside a message.
    expect(output.replaceAll('\\"', '"')).toMatch(
      /'"pie"' is not assignable to type '"casualties" \| "refugees" \| "reactions"'/,
    );
  });

  it("builds; in Chromium draws both forms of the three charts, switches language and data, unmounts cleanly", async () => {
    const dir = apps[framework];
    await timed(`vite build ${framework}`, () =>
      run(path.join(dir, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], dir),
    );
    const server = await serveStatic(path.join(dir, "dist"));
    const start = performance.now();
    let opened: Page | undefined;
    try {
      const { page, problems } = await openPage(`${server.origin}/`);
      opened = page;
      const drawn = (lang: string) =>
        page.waitForFunction(
          (lang) => {
            const figures = [...document.querySelectorAll("#charts figure.k23-figure")];
            return (
              figures.length === 6 &&
              figures.every((f) => f.getAttribute("lang") === lang && f.querySelector("svg"))
            );
          },
          lang,
          { timeout: 60_000 },
        );
      await waitFor("six charts in English", problems, () => drawn("en"));
      const english = await frameworkFigures(page);
      expect(english.map((c) => c.chart)).toEqual(["casualties", "refugees", "reactions"]);
      for (const form of ["element", "function"] as const) {
        expect(english[0]?.[form].bars, form).toBeGreaterThan(0);
        expect(english[1]?.[form].lines, form).toBeGreaterThan(0);
        expect(english[2]?.[form].countries, form).toBeGreaterThan(150);
      }
      // The element's figure and the function's are the same chart of the same data.
      for (const chart of english) expect(chart.element.title).toBe(chart.function.title);

      await page.click("#locale");
      await waitFor("six charts in French", problems, () => drawn("fr"));
      const french = await frameworkFigures(page);
      for (const [i, chart] of french.entries()) {
        expect(chart.element.title).not.toBe(english[i]?.element.title);
        expect(chart.function.title).toBe(chart.element.title);
      }

      // Every other record: the function form draws a different chart; the element keeps its own.
      await page.click("#data");
      await waitFor("the function form redrew with half the data", problems, () =>
        page.waitForFunction(
          (before) =>
            [...document.querySelectorAll(".function-form > figure .k23-plot svg")].every(
              (svg, i) => svg.outerHTML !== before[i],
            ),
          french.map((c) => c.function.plot),
          { timeout: 30_000 },
        ),
      );
      const half = await frameworkFigures(page);
      for (const [i, chart] of half.entries()) {
        expect(chart.function.lang).toBe("fr");
        expect(chart.element.plot).toBe(french[i]?.element.plot);
      }
      expect(half[0]?.function.bars).toBeLessThan(french[0]?.function.bars ?? 0);

      // Unmounted: no figure left, and every ResizeObserver observation released (the elements'
      // own, and the function form's through figure.dispose() in each component's cleanup).
      const observations = () =>
        page.evaluate(() => (window as unknown as { __observations(): number }).__observations());
      expect(await observations()).toBeGreaterThanOrEqual(3);
      await page.click("#mount");
      await waitFor("the charts were unmounted", problems, () =>
        page.waitForFunction(() => document.querySelectorAll("figure, karabakh-chart").length === 0),
      );
      expect(await observations()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await opened?.close();
      await server.close();
      timings[`chromium ${framework}`] = Math.round(performance.now() - start);
    }
  });
});
