/**
 * Renders chart examples in headless Chromium and saves PNGs under .artifacts/png/ (ignored),
 * to look at before shipping: clipping, overlaps, contrast, 320 px legibility.
 *
 *   pnpm exec tsx scripts/render-png.ts <chart> [examples] [--widths=320,1024]
 *     [--themes=light,dark] [--locales=en,fr] [--keys=Tab,ArrowRight,ArrowRight] [--axe]
 *
 *   pnpm exec tsx scripts/render-png.ts casualty-comparison
 *   pnpm exec tsx scripts/render-png.ts refugee-curve default,fr --widths=320
 *
 * <chart> is a folder of packages/charts/src whose examples.ts exports
 * `examples: Record<name, { data, options }>`; the chart factory is the folder name in
 * lowerCamelCase, exported from packages/charts/src/index.ts and called as
 * `factory(data, { ...options, locale, theme, document })` inside a container of each width
 * (an example's own `width`, if any, wins). Files: .artifacts/png/<chart>/<example>-<width>-<theme>-<locale>.png.
 * --keys presses keys before the screenshot (Tab focuses the chart; arrows show a tooltip):
 * files then end in "-keys.png". --axe runs axe-core on every rendered figure and reports violations.
 * The page bundle is built with vite (aliases as in vitest.config.ts); Chromium is /usr/bin/chromium.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) =>
  (args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback).split(",").filter(Boolean);
const [chart, only] = args.filter((a) => !a.startsWith("--"));
if (!chart || !/^[a-z][a-z-]*$/.test(chart)) {
  console.error(
    "usage: pnpm exec tsx scripts/render-png.ts <chart-folder> [example,...] [--widths=320,1024]",
  );
  process.exit(2);
}
const widths = flag("widths", "320,1024").map(Number);
const themes = flag("themes", "light,dark");
const locales = flag("locales", "en,fr");
const keys = flag("keys", "");
const axe = args.includes("--axe");
const factory = chart.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const out = join(root, ".artifacts/png", chart);
mkdirSync(out, { recursive: true });

// 1. Bundle the charts and the chart's examples for the page.
const entry = join(out, "entry.ts");
writeFileSync(
  entry,
  [
    `import * as charts from ${JSON.stringify(join(root, "packages/charts/src/index.ts"))};`,
    `import { examples } from ${JSON.stringify(join(root, "packages/charts/src", chart, "examples.ts"))};`,
    "(globalThis as unknown as { __k23: unknown }).__k23 = { charts, examples };",
  ].join("\n"),
);
await build({
  configFile: false,
  logLevel: "warn",
  resolve: {
    alias: {
      "@karabakh2023/data": join(root, "packages/data/src/index.ts"),
      "@karabakh2023/charts": join(root, "packages/charts/src/index.ts"),
    },
  },
  build: {
    outDir: join(out, "bundle"),
    emptyOutDir: true,
    minify: false,
    lib: { entry, formats: ["iife"], name: "k23png", fileName: () => "page.js" },
  },
});

/** What the page bundle puts on globalThis. */
interface PageGlobals {
  __k23: {
    charts: Record<string, (data: unknown, options: Record<string, unknown>) => HTMLElement>;
    examples: Record<string, { data: unknown; options: Record<string, unknown> }>;
  };
}

// 2. Render every combination and screenshot the figure.
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const problems: string[] = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  let current = "";
  page.on("console", (m) => {
    // Examples named "warn…" exist to print warnings; errors always count.
    if (m.type() === "warning" && current.startsWith("warn")) return;
    if (m.type() === "error" || m.type() === "warning")
      problems.push(`console ${m.type()}: ${current}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.setContent(
    "<!doctype html><html><head><meta charset=utf-8></head><body style='margin:0'></body></html>",
  );
  await page.addScriptTag({ path: join(out, "bundle/page.js") });
  if (axe) await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
  const names: string[] = await page.evaluate(() =>
    Object.keys((globalThis as unknown as PageGlobals).__k23.examples),
  );
  for (const name of names.filter((n) => !only || only.split(",").includes(n))) {
    for (const width of widths) {
      for (const theme of themes) {
        for (const locale of locales) {
          current = name;
          await page.setViewportSize({ width: width + 32, height: 900 });
          await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
          const error = await page.evaluate(
            async ({ factory, name, width, theme, locale }) => {
              const { charts, examples } = (globalThis as unknown as PageGlobals).__k23;
              document.body.replaceChildren();
              document.body.style.background = theme === "dark" ? "#16171b" : "#ffffff";
              const box = document.createElement("div");
              box.id = "box";
              box.style.cssText = `width:${width}px;padding:16px;`;
              document.body.append(box);
              const example = examples[name];
              const make = charts[factory];
              if (!example || !make) return `no example ${name} or no export ${factory}`;
              try {
                box.append(make(example.data, { ...example.options, locale, theme, document }));
              } catch (e) {
                return String(e);
              }
              // Let the ResizeObserver re-render at the container's width.
              for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
              // Open the data table too, so it is checked at this width.
              for (const d of box.querySelectorAll("details")) d.open = true;
              return null;
            },
            { factory, name, width, theme, locale },
          );
          const file = join(out, `${name}-${width}-${theme}-${locale}${keys.length ? "-keys" : ""}.png`);
          for (const key of keys) await page.keyboard.press(key);
          if (error) {
            problems.push(`${name} ${width} ${theme} ${locale}: ${error}`);
            continue;
          }
          await page.locator("#box").screenshot({ path: file });
          if (axe) {
            const violations: string[] = await page.evaluate(async () => {
              const result = await (
                globalThis as unknown as {
                  axe: {
                    run: (
                      el: Element,
                    ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
                  };
                }
              ).axe.run(document.getElementById("box") as Element);
              return result.violations.map(
                (v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`,
              );
            });
            for (const v of violations) problems.push(`${name} ${width} ${theme} ${locale}: axe ${v}`);
          }
          // Anything wider than its container is clipped or scrolls: report it.
          const overflow = await page.evaluate(() => {
            // Visually hidden text (clipped to 1 px) is meant for screen readers only. (No named
            // inner functions here: tsx would wrap them in a helper the page does not have.)
            const box = document.getElementById("box") as HTMLElement;
            const limit = box.getBoundingClientRect().right - 16 + 0.5;
            return [...box.querySelectorAll("*")]
              .filter((e) => {
                if (e.getBoundingClientRect().right <= limit) return false;
                for (let a: Element | null = e; a; a = a.parentElement) {
                  if (getComputedStyle(a).clipPath !== "none") return false;
                }
                return true;
              })
              .map(
                (e) =>
                  e.tagName.toLowerCase() + (e.getAttribute("class") ? `.${e.getAttribute("class")}` : ""),
              )
              .slice(0, 5);
          });
          if (overflow.length)
            problems.push(`${name} ${width}: wider than the container: ${overflow.join(", ")}`);
          console.log(file.replace(`${root}/`, ""));
        }
      }
    }
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
}
