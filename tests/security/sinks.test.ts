/**
 * No HTML or code sink in what we write or what we ship: package sources, build scripts, and
 * every built bundle (ESM builds, the script-tag bundle, the embed page script and resizer).
 * Text must reach the DOM as text and no string may become code, so these names must not appear:
 * innerHTML, outerHTML, insertAdjacentHTML, document.write(ln), eval, new Function / Function(...),
 * string timers, createContextualFragment, srcdoc, DOMParser.
 *
 * One audited exception, in bundles only: d3-selection's `selection.html()` method (four uses of
 * innerHTML in its definition) comes in with Plot, which never calls it; the test checks both
 * that those four are exactly d3's and that no bundle and no Plot source calls `.html(`.
 *
 * Not sinks, so not scanned: `fetch()` and `JSON.parse` in the element (its `src` file and inline
 * data). The response is read as text and parsed as JSON or CSV into plain values that the charts
 * check like any other data and draw as text; neither runs code. What must not come back is a
 * CSV reader that compiles code (d3-dsv's csvParse builds its row objects with the Function
 * constructor), which a page whose Content Security Policy forbids 'unsafe-eval' refuses.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { recordsFromCsv } from "@karabakh2023/data";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, ensureEmbedBuilt } from "../embed/harness.js";

const ROOT = new URL("../../", import.meta.url).pathname;

const SINKS: readonly [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/g],
  ["outerHTML", /\bouterHTML\b/g],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/g],
  ["document.write", /\bdocument\s*\.\s*write(?:ln)?\b/g],
  ["eval", /(?<![\w$.])eval\s*\(|\[\s*["']eval["']\s*\]/g],
  ["new Function", /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g],
  ["string timer", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ["createContextualFragment", /\bcreateContextualFragment\b/g],
  ["srcdoc", /\bsrcdoc\b/g],
  ["DOMParser", /\bDOMParser\b/g],
];

/** d3-selection's html() as terser and esbuild minify it: `this.innerHTML=""`, `=e`, `=t??""`, `.node().innerHTML`. */
const D3_HTML_METHOD = [
  /function [\w$]+\(\)\{this\.innerHTML=""\}/,
  /function [\w$]+\([\w$]+\)\{return function\(\)\{this\.innerHTML=[\w$]+\}\}/,
  /this\.innerHTML=(?:null==[\w$]+\?"":[\w$]+|[\w$]+==null\?"":[\w$]+|[\w$]+\?\?"")/,
  /return arguments\.length\?this\.each\([^;{}]*\):this\.node\(\)\.innerHTML\}/,
];

function files(dir: string, test: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(path, test);
    return test(path) ? [path] : [];
  });
}

function sinksIn(text: string): string[] {
  return SINKS.flatMap(([name, pattern]) => [...text.matchAll(pattern)].map(() => name));
}

const packages = readdirSync(join(ROOT, "packages"));

describe("package sources", () => {
  const sources = packages.flatMap((p) =>
    ["src", "scripts"].flatMap((dir) =>
      files(join(ROOT, "packages", p, dir), (f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f)),
    ),
  );

  it("finds the sources (the scan is not vacuous)", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.some((f) => f.endsWith("figure/render.ts"))).toBe(true);
  });

  it.each(SINKS.map(([name]) => name))("no package source contains %s", (sink) => {
    const found = sources.filter((f) => sinksIn(readFileSync(f, "utf8")).includes(sink));
    expect(found.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("the scanner catches each sink in a sample (so a pass means absence)", () => {
    const sample =
      'a.innerHTML = x; b.outerHTML; c.insertAdjacentHTML("x", y); document.write(z); eval(s); new Function("x"); Function("y")(); setTimeout("z", 1); r.createContextualFragment(s); f.srcdoc = s; new DOMParser();';
    expect(new Set(sinksIn(sample))).toEqual(new Set(SINKS.map(([name]) => name)));
    expect(
      sinksIn("textContent; createTextNode(s); setAttribute('href', u); evaluate(x); myFunction(y);"),
    ).toEqual([]);
  });
});

describe("built bundles", () => {
  let bundles: string[] = [];
  beforeAll(() => {
    // Build what is missing or older than its sources (as the embed tests do).
    ensureBundle();
    ensureEmbedBuilt();
    bundles = packages.flatMap((p) =>
      files(join(ROOT, "packages", p, "dist"), (f) => /\.(js|mjs|cjs)$/.test(f)),
    );
  }, 300_000);

  it("finds the script-tag bundle, the embed page script and the resizer", () => {
    const names = bundles.map((f) => relative(ROOT, f));
    expect(names).toContain("packages/charts/dist/karabakh2023.min.js");
    expect(names).toContain("packages/embed/dist/iframe/page.js");
    expect(names).toContain("packages/embed/dist/resizer.js");
  });

  it("no bundle contains an HTML or code sink other than d3-selection's unused html() method", () => {
    const report: Record<string, string[]> = {};
    for (const file of bundles) {
      let text = readFileSync(file, "utf8");
      const d3 = D3_HTML_METHOD.filter((pattern) => pattern.test(text));
      if (d3.length === D3_HTML_METHOD.length) {
        for (const pattern of D3_HTML_METHOD) text = text.replace(pattern, "");
      }
      const found = sinksIn(text);
      if (found.length > 0) report[relative(ROOT, file)] = found;
      // The method is dead only while nothing calls it.
      if (/\.html\(/.test(text))
        report[relative(ROOT, file)] = [...(report[relative(ROOT, file)] ?? []), ".html( call"];
    }
    expect(report).toEqual({});
  });

  it("Observable Plot, the one bundled library that uses d3-selection, never calls selection.html()", () => {
    const plot = join(ROOT, "node_modules/.pnpm/node_modules/@observablehq/plot/src");
    const dir = existsSync(plot)
      ? plot
      : join(
          ROOT,
          "node_modules/.pnpm",
          readdirSync(join(ROOT, "node_modules/.pnpm")).find((d) => d.startsWith("@observablehq+plot@")) ??
            "",
          "node_modules/@observablehq/plot/src",
        );
    const sources = files(dir, (f) => f.endsWith(".js"));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((f) => /\.html\(|innerHTML/.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it("the embed pages load scripts only by src and carry no inline handler; the static SVGs no script", () => {
    const pages = files(join(ROOT, "packages/embed/dist/iframe"), (f) => /\.(html|svg)$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const text = readFileSync(page, "utf8");
      expect(text, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(text, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, page).not.toMatch(/javascript:/i);
      if (page.endsWith(".svg")) expect(text, page).not.toMatch(/<(script|foreignObject)/i);
      expect(statSync(page).size).toBeGreaterThan(0);
    }
  });
});

describe("reading a desk's data", () => {
  it("a CSV is read without compiling code, so it works under a CSP without 'unsafe-eval'", () => {
    const original = globalThis.Function;
    const refuse = () => {
      throw new EvalError("Refused to evaluate a string as JavaScript ('unsafe-eval')");
    };
    Object.defineProperty(globalThis, "Function", {
      value: new Proxy(original, { apply: refuse, construct: refuse }),
      configurable: true,
      writable: true,
    });
    try {
      expect(recordsFromCsv('id,value,note_en\na,28120,"At 20:00, ""est."""\n')).toEqual([
        { id: "a", value: 28120, note: { en: 'At 20:00, "est."' } },
      ]);
    } finally {
      Object.defineProperty(globalThis, "Function", { value: original, configurable: true, writable: true });
    }
  });
});
