/**
 * The corpus through every embed path in a real Chromium, with a canary: the chart functions of
 * the script-tag bundle (every entry injected as in Node, figures attached to the live page), the
 * `<karabakh-chart>` attributes, the iframe embed pages (`?theme=` from the URL), and messages
 * posted to the parent-side resizer from a trusted and an untrusted frame. Nothing may set
 * `window.__pwned` in any frame, open a dialog or throw an uncaught error; every figure must pass
 * the same DOM checks as in Node (dom-check.js); every element shows a chart or an explicit error
 * naming the attribute; only exact, trusted height messages move the iframe.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, ensureEmbedBuilt, launch, ROOT, type StaticServer, serve } from "../embed/harness.js";
import { CHART_NAMES, type ChartName, corpus, type Entry } from "./corpus.js";
import { inject } from "./inject.js";
import { KNOWN_BUGS } from "./known-bugs.js";

const HERE = join(ROOT, "tests/hostile");
/** Stands for a value JSON cannot carry; the page swaps it for `decode(raw)`. */
const MARK = "\u0000hostile\u0000";
const CORPUS_TRUSTED = "https://charts.example.org";

let browser: Browser;
let server: StaticServer;
let other: string;
let otherServer: StaticServer;
/** The main server's routes, read per request: a test may add a page. */
let routes: Record<string, { body?: string; file?: string }>;
let copies: string;
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** The canary of every frame of the page (the main frame and each iframe). */
async function canaries(page: Page): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const frame of page.frames()) {
    out[frame.url()] = await frame
      .evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
      .catch(() => "detached");
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

const settle = (page: Page | Frame, ms = 300) =>
  page.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

beforeAll(async () => {
  const bundle = ensureBundle();
  const embed = ensureEmbedBuilt();
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><main id="root"></main><script src="/karabakh2023.min.js"></script><script type="module">import { decode } from "/hostile/decode.js"; import { findProblems } from "/hostile/dom-check.js"; Object.assign(window, { decode, findProblems, hostileReady: true });</script></body></html>`;
  const blank = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module">import { decode } from "/hostile/decode.js"; Object.assign(window, { decode, hostileReady: true });</script></body></html>`;
  // Copies: other builds may rewrite dist/ while this file runs.
  copies = mkdtempSync(join(tmpdir(), "k23-hostile-"));
  cpSync(join(embed, "iframe"), join(copies, "iframe"), { recursive: true });
  routes = {
    "/": { body: host },
    "/blank.html": { body: blank },
    "/karabakh2023.min.js": { body: readFileSync(bundle, "utf8") },
    "/resizer.js": { body: readFileSync(join(embed, "resizer.js"), "utf8") },
    "/favicon.ico": { body: "" },
  };
  server = await serve(routes, { "/hostile/": HERE, "/iframe/": join(copies, "iframe") });
  // A second server on another port is another origin: the untrusted sender.
  otherServer = await serve({ "/blank.html": { body: blank } }, { "/hostile/": HERE });
  other = otherServer.origin;
  // No name resolves but the test servers': a hostile src must never reach the network.
  browser = await launch(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await otherServer?.close();
  if (copies) rmSync(copies, { recursive: true, force: true });
});

// ---------------------------------------------------------------- chart functions

/** The Node injection, with values JSON cannot carry replaced by MARK (decoded in the page). */
function browserCase(entry: Entry, chart: ChartName, tag: string) {
  const plain = !JSON.stringify(entry.raw).includes('"$');
  const rows = entry.option === "rows" && typeof (entry.raw as { $rows?: unknown })?.$rows === "number";
  const value = plain || rows ? entry.value() : MARK;
  const call = inject({ ...entry, value: () => value }, chart, undefined as unknown as Document, tag);
  if (!call) return undefined;
  return { id: entry.id, raw: entry.raw, call: JSON.stringify({ data: call.data, options: call.options }) };
}

describe("the chart functions of the script-tag bundle in Chromium", () => {
  for (const chart of CHART_NAMES) {
    it(`Karabakh2023 ${chart} chart: every corpus entry is inert on a live page, with no uncaught error`, async () => {
      // 100 000 rows are covered in Node; here they would be a 40 MB message to the page.
      const cases = corpus
        .filter((e) => e.id !== "size-rows-100000")
        .map((e, i) => browserCase(e, chart, `b${i}`))
        .filter((c) => c !== undefined);
      expect(cases.length).toBeGreaterThan(150);
      const page = await open("/");
      await page.waitForFunction(
        () => (window as unknown as { hostileReady?: boolean }).hostileReady === true,
      );
      const results = await page.evaluate(
        ({ cases, chart, MARK }) => {
          type W = typeof window & {
            decode(raw: unknown): unknown;
            Karabakh2023: {
              CHARTS: Record<string, { draw: (data: unknown, options: unknown) => HTMLElement }>;
            };
          };
          const w = window as W;
          const revive = (x: unknown, raw: unknown): unknown => {
            if (x === MARK) return w.decode(raw);
            if (Array.isArray(x)) return x.map((v) => revive(v, raw));
            if (x !== null && typeof x === "object") {
              const out = {};
              for (const [k, v] of Object.entries(x)) {
                const key = k === MARK ? String(w.decode(raw)) : k;
                Object.defineProperty(out, key, {
                  value: revive(v, raw),
                  enumerable: true,
                  writable: true,
                  configurable: true,
                });
              }
              return out;
            }
            return x;
          };
          const root = document.getElementById("root") as HTMLElement;
          return cases.map(({ id, raw, call }) => {
            const { data, options } = revive(JSON.parse(call), raw) as { data: unknown; options: unknown };
            // A fixed width unless the case is about width: hundreds of figures re-rendering on
            // resize would only slow the test (the resize path is the element tests' business).
            if (options !== null && typeof options === "object" && !Object.hasOwn(options, "width"))
              (options as Record<string, unknown>).width = 640;
            const slot = document.createElement("div");
            slot.dataset.entry = id;
            root.append(slot);
            try {
              slot.append(w.Karabakh2023.CHARTS[chart]?.draw(data, options) as HTMLElement);
              return { id, drawn: true, error: "" };
            } catch (error) {
              return { id, drawn: false, error: `${(error as Error).name}: ${(error as Error).message}` };
            }
          });
        },
        { cases, chart, MARK },
      );
      await settle(page, 300);
      // The data tables and source lists are built when opened (figure/render.ts): open them all,
      // so that their content is checked too.
      await page.evaluate(() => {
        for (const summary of document.querySelectorAll<HTMLElement>("#root summary")) summary.click();
      });
      // Rejections are TypeErrors or RangeErrors naming the option, like in Node (known bugs aside).
      const unexplained = results.filter(
        (r) =>
          !r.drawn && !/^(TypeError|RangeError): invalid /.test(r.error) && !KNOWN_BUGS[`${chart}/${r.id}`],
      );
      expect(unexplained).toEqual([]);
      expect(results.filter((r) => r.drawn).length).toBeGreaterThan(100);
      const problems = await page.evaluate(() => {
        const w = window as typeof window & { findProblems(root: Element, injected?: string[]): unknown[] };
        return [...document.querySelectorAll<HTMLElement>("[data-entry]")].flatMap((slot) =>
          w
            .findProblems(slot, ["NaN", "undefined", "Infinity", "[object Object]"])
            .map((p) => ({ entry: slot.dataset.entry, ...(p as object) })),
        );
      });
      // A known bug may break geometry (see known-bugs.ts); never anything else.
      expect(
        problems.filter(
          (p) =>
            !(
              KNOWN_BUGS[`${chart}/${p.entry}`] &&
              String((p as { problem?: string }).problem).endsWith("non-finite geometry")
            ),
        ),
      ).toEqual([]);
      expect(await canaries(page)).toEqual({});
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

// ---------------------------------------------------------------- <karabakh-chart> attributes

/** Every string in the corpus (decoded): what a page author could paste into an attribute. */
function attributeStrings(): { id: string; value: string }[] {
  return corpus.flatMap((e) => {
    if (e.target === "message") return [];
    const value = e.value();
    if (typeof value === "string" && value.length < 10_000) return [{ id: e.id, value }];
    if (typeof value === "number") return [{ id: e.id, value: String(value) }];
    return [];
  });
}

describe("<karabakh-chart> attributes in Chromium", () => {
  it("every corpus string as chart, lang, chart-title/subtitle/notes and its own option attribute: a chart or an explicit error naming the attribute, nothing else", async () => {
    const strings = attributeStrings();
    expect(strings.length).toBeGreaterThan(150);
    const optionAttributes = corpus.flatMap((e) => {
      const value = e.value();
      if (
        (e.target !== "option" && e.target !== "size") ||
        (typeof value !== "string" && typeof value !== "number")
      )
        return [];
      return [
        { id: e.id, option: e.option as string, value: String(value), charts: e.charts ?? CHART_NAMES },
      ];
    });
    const page = await open("/");
    await page.waitForFunction(() => (window as unknown as { hostileReady?: boolean }).hostileReady === true);
    const outcome = await page.evaluate(
      async ({ strings, optionAttributes }) => {
        const root = document.getElementById("root") as HTMLElement;
        const attributeFor: Record<string, string> = {
          locale: "lang",
          title: "chart-title",
          dataLink: "data-link",
          smallStateDots: "small-state-dots",
        };
        const made: { id: string; attribute: string; el: HTMLElement }[] = [];
        const add = (id: string, attribute: string, attrs: Record<string, string>) => {
          const el = document.createElement("karabakh-chart");
          el.dataset.entry = `${id} ${attribute}`;
          // A fixed width keeps hundreds of charts from re-rendering as the page lays out.
          if (attribute !== "width") el.setAttribute("width", "640");
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          root.append(el);
          made.push({ id, attribute, el });
        };
        strings.forEach(({ id, value }, i) => {
          const chart = ["casualties", "refugees", "reactions"][i % 3] as string;
          add(id, "chart", { chart: value });
          add(id, "lang", { chart: "casualties", lang: value });
          add(id, "chart-title", { chart, "chart-title": value, subtitle: value, notes: value });
          add(id, "highlight", { chart, highlight: value });
          // As a data URL: fetched only when http(s), shown as an error naming src otherwise.
          add(id, "src", { chart, src: value });
        });
        for (const { id, option, value, charts } of optionAttributes) {
          const attribute = attributeFor[option] ?? option;
          if (
            ![
              "theme",
              "width",
              "lang",
              "chart-title",
              "notes",
              "data-link",
              "incident",
              "metric",
              "annotations",
              "population",
              "inset",
              "small-state-dots",
              "categories",
              "projection",
              "height",
              "legend",
              "highlight",
            ].includes(attribute)
          )
            continue;
          add(id, attribute, { chart: charts[0] as string, [attribute]: value });
        }
        // Every element drawn or refused, src files fetched included (hundreds of fetches queue up
        // behind the browser's six connections per host).
        const deadline = Date.now() + 60_000;
        while (
          Date.now() < deadline &&
          made.some(({ el }) => el.querySelector(".k23-figure, .k23-embed-error") === null)
        ) {
          await new Promise((r) => setTimeout(r, 100));
        }
        return made.map(({ id, attribute, el }) => {
          const error = el.querySelector(".k23-embed-error")?.textContent ?? "";
          const figure = el.querySelector(".k23-figure");
          return { id, attribute, error, drawn: figure !== null };
        });
      },
      { strings, optionAttributes },
    );
    // Each element shows a chart or an error naming the attribute: never nothing, never both.
    expect(outcome.filter((o) => o.drawn === (o.error !== ""))).toEqual([]);
    expect(outcome.filter((o) => o.error !== "" && !o.error.includes(o.attribute))).toEqual([]);
    // Known answers: an unknown chart name is an error, the title is drawn as text.
    const chartValues = new Set(["casualties", "refugees", "reactions"]);
    expect(
      outcome.filter(
        (o) =>
          o.attribute === "chart" &&
          !chartValues.has(strings.find((s) => s.id === o.id)?.value.trim() ?? "") &&
          o.drawn,
      ),
    ).toEqual([]);
    expect(outcome.filter((o) => o.attribute === "chart-title" && !o.drawn)).toEqual([]);
    const problems = await page.evaluate(() => {
      const w = window as typeof window & { findProblems(root: Element, injected?: string[]): unknown[] };
      // The rendered content only: the host's own attributes are the page author's input.
      return [...document.querySelectorAll<HTMLElement>("karabakh-chart")].flatMap((el) =>
        [...el.children].flatMap((child) =>
          w
            .findProblems(child, ["NaN", "undefined", "Infinity", "[object Object]"])
            .map((p) => ({ entry: el.dataset.entry, ...(p as object) })),
        ),
      );
    });
    expect(problems).toEqual([]);
    expect(await canaries(page)).toEqual({});
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

// ---------------------------------------------------------------- <karabakh-chart> data inputs

describe("<karabakh-chart> data inputs in Chromium", () => {
  it("every corpus entry as inline JSON data and as a JSON and a CSV file at src: a chart or an explicit error naming where the data came from, nothing run", async () => {
    // The Node injection (records, or a whole story for text entries) as a desk would paste it.
    const cases = CHART_NAMES.flatMap((chart) =>
      corpus
        .filter((e) => e.id !== "size-rows-100000" && !JSON.stringify(e.raw).includes('"$'))
        .flatMap((e, i) => {
          const call = inject(e, chart, undefined as unknown as Document, `d${i}`);
          return call && call.data !== undefined
            ? [{ id: e.id, chart, json: JSON.stringify(call.data) }]
            : [];
        }),
    );
    expect(cases.length).toBeGreaterThan(150);
    cases.forEach((c, i) => {
      routes[`/data/${i}.json`] = { body: c.json };
    });
    // Text entries in the cells of a CSV of counts, as a spreadsheet would export them.
    const texts = attributeStrings().filter((s) => !s.value.includes("\u0000"));
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    texts.forEach((t, i) => {
      routes[`/data/${i}.csv`] = {
        body: `id,date,time_local,value,qualifier,metric,claimant,certainty,sources,note_en,note_fr\n${quote(t.value)},2023-09-26,08:00,100,exact,arrived-in-armenia,${quote(t.value)},high,armenpress-2023-09-26,${quote(t.value)},${quote(t.value)}\n`,
      };
    });
    const page = await open("/");
    await page.waitForFunction(() => (window as unknown as { hostileReady?: boolean }).hostileReady === true);
    const outcome = await page.evaluate(
      async ({ cases, csvCount }) => {
        const root = document.getElementById("root") as HTMLElement;
        const made: { entry: string; origin: string; el: HTMLElement }[] = [];
        const add = (entry: string, origin: string, chart: string, build: (el: HTMLElement) => void) => {
          const el = document.createElement("karabakh-chart");
          el.dataset.entry = `${entry} ${origin}`;
          el.setAttribute("chart", chart);
          el.setAttribute("width", "640");
          build(el);
          root.append(el);
          made.push({ entry, origin, el });
        };
        cases.forEach(({ id, chart, json }, i) => {
          add(id, "inline data", chart, (el) => {
            const script = document.createElement("script");
            script.type = "application/json";
            script.textContent = json;
            el.append(script);
          });
          add(id, "attribute src", chart, (el) => el.setAttribute("src", `/data/${i}.json`));
        });
        for (let i = 0; i < csvCount; i++) {
          add(`csv-${i}`, "attribute src", "refugees", (el) => el.setAttribute("src", `/data/${i}.csv`));
        }
        // Every file fetched and drawn, or refused.
        const deadline = Date.now() + 20_000;
        while (
          Date.now() < deadline &&
          made.some(({ el }) => el.querySelector("figure, .k23-embed-error") === null)
        ) {
          await new Promise((r) => setTimeout(r, 100));
        }
        return made.map(({ entry, origin, el }) => ({
          entry,
          origin,
          error: el.querySelector(".k23-embed-error")?.textContent ?? "",
          drawn: el.querySelector(".k23-figure") !== null,
        }));
      },
      { cases, csvCount: texts.length },
    );
    // A chart or an error, never nothing, never both; an error says which input it is about.
    expect(outcome.filter((o) => o.drawn === (o.error !== ""))).toEqual([]);
    expect(outcome.filter((o) => o.error !== "" && !o.error.includes(o.origin))).toEqual([]);
    expect(outcome.filter((o) => o.drawn).length).toBeGreaterThan(cases.length);
    const problems = await page.evaluate(() => {
      const w = window as typeof window & { findProblems(root: Element, injected?: string[]): unknown[] };
      return [...document.querySelectorAll<HTMLElement>("karabakh-chart")].flatMap((el) =>
        [...el.querySelectorAll(":scope > :not(script)")].flatMap((child) =>
          w
            .findProblems(child, ["NaN", "undefined", "Infinity", "[object Object]"])
            .map((p) => ({ entry: el.dataset.entry, ...(p as object) })),
        ),
      );
    });
    expect(problems).toEqual([]);
    expect(await canaries(page)).toEqual({});
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

// ---------------------------------------------------------------- iframe embed pages

function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

describe("the iframe embed pages in Chromium", () => {
  it("every corpus string as ?theme= of an embed page: the page shows an error naming theme or a chart, and runs nothing", async () => {
    // A URL cannot carry a lone surrogate (encodeURIComponent throws), so those stay out.
    // The theme parameter is read from the URL: the text, option and code strings (each embed page
    // is a full document with its script, so not the whole corpus again).
    const targets = new Set(
      corpus.filter((e) => ["text", "option", "code"].includes(e.target)).map((e) => e.id),
    );
    const strings = attributeStrings().filter(
      (s) => targets.has(s.id) && s.value.length < 2_000 && encodable(s.value),
    );
    const pages = ["casualties-en", "refugees-fr", "reactions-en"];
    const page = await open("/blank.html");
    const outcome: { id: string; error: string; drawn: boolean }[] = [];
    // Batches of iframes in one parent page: each embed page is a full document with its script.
    for (let start = 0; start < strings.length; start += 24) {
      const batch = strings.slice(start, start + 24);
      await page.evaluate(
        ({ batch, pages, start }) =>
          Promise.all(
            batch.map(
              ({ id, value }, i) =>
                new Promise<void>((resolve) => {
                  const iframe = document.createElement("iframe");
                  iframe.dataset.entry = id;
                  iframe.width = "640";
                  iframe.src = `/iframe/${pages[(start + i) % pages.length]}.html?theme=${encodeURIComponent(value)}`;
                  iframe.addEventListener("load", () => resolve(), { once: true });
                  document.body.append(iframe);
                }),
            ),
          ),
        { batch, pages, start },
      );
      await settle(page, 200);
      for (const frame of page.frames().slice(1)) {
        const id = await frame.frameElement().then((el) => el.getAttribute("data-entry"));
        const result = await frame.evaluate(() => ({
          error: document.querySelector(".k23-embed-error")?.textContent ?? "",
          drawn: document.querySelector(".k23-figure") !== null,
          problems:
            document
              .querySelector("karabakh-chart")
              ?.querySelectorAll("script, iframe, img, object, embed, foreignObject, [onerror], [onload]")
              .length ?? 0,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        }));
        expect(result.problems, `${id}`).toBe(0);
        expect(result.pwned, `${id}`).toBeUndefined();
        outcome.push({ id: id ?? "", error: result.error, drawn: result.drawn });
      }
      await page.evaluate(() => {
        for (const f of document.querySelectorAll("iframe")) f.remove();
      });
    }
    expect(outcome).toHaveLength(strings.length);
    expect(outcome.filter((o) => o.drawn === (o.error !== ""))).toEqual([]);
    expect(outcome.filter((o) => o.error !== "" && !o.error.includes("theme"))).toEqual([]);
    // Only the corpus's valid theme is drawn.
    expect(outcome.filter((o) => o.drawn).map((o) => o.id)).toEqual(["option-theme-dark"]);
    expect(await canaries(page)).toEqual({});
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

// ---------------------------------------------------------------- the parent-side resizer

describe("the parent-side resizer in Chromium", () => {
  it("every corpus message, from the trusted frame or another origin: only exact height messages from the trusted frame move it", async () => {
    const messages = corpus.filter((e) => e.target === "message");
    const parent = `<!doctype html><html><head><meta charset="utf-8"><script src="/resizer.js" data-origin="${server.origin}"></script></head><body>
<iframe data-karabakh2023 id="trusted" src="/blank.html" height="480"></iframe>
<iframe data-karabakh2023 id="untrusted" src="${other}/blank.html" height="480"></iframe></body></html>`;
    const page = await browser.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // Served, not intercepted: Chromium treats an intercepted page as public and would block its
    // local iframes (Private Network Access).
    routes["/parent.html"] = { body: parent };
    await page.goto(`${server.origin}/parent.html`);
    const frameOf = async (id: string) => (await (await page.$(`#${id}`))?.contentFrame()) as Frame;
    const trusted = await frameOf("trusted");
    const untrusted = await frameOf("untrusted");
    for (const frame of [trusted, untrusted]) {
      await frame.waitForFunction(
        () => (window as unknown as { hostileReady?: boolean }).hostileReady === true,
        undefined,
        {
          polling: 50,
          timeout: 10_000,
        },
      );
    }
    const heights: { id: string; height: string | null; style: string }[] = [];
    for (const entry of messages) {
      const { origin, data } = entry.raw as { origin: string; data: unknown };
      await page.evaluate(() => {
        const iframe = document.getElementById("trusted") as HTMLIFrameElement;
        iframe.setAttribute("height", "480");
        iframe.style.height = "";
        const other = document.getElementById("untrusted") as HTMLIFrameElement;
        other.setAttribute("height", "480");
        other.style.height = "";
      });
      const sender = origin === CORPUS_TRUSTED ? trusted : untrusted;
      // Chromium itself may refuse to clone a payload (5 000 nested arrays): the sender fails, the
      // parent sees nothing, which the height check below confirms.
      await sender.evaluate((raw) => {
        const w = window as typeof window & { decode(raw: unknown): unknown };
        try {
          window.parent.postMessage(w.decode(raw), "*");
        } catch {}
      }, data);
      // The parent posting to itself is never an iframe's message.
      await page.evaluate(() =>
        window.postMessage({ type: "karabakh2023:height", chart: "refugees", height: 777 }, "*"),
      );
      await settle(page, 30);
      const state = await page.evaluate(() => {
        const t = document.getElementById("trusted") as HTMLIFrameElement;
        const u = document.getElementById("untrusted") as HTMLIFrameElement;
        return { height: t.getAttribute("height"), style: t.style.height, other: u.getAttribute("height") };
      });
      expect(state.other, entry.id).toBe("480");
      heights.push({ id: entry.id, height: state.height, style: state.style });
    }
    const expected = messages.map((e) =>
      e.expect === "inert"
        ? { id: e.id, height: String(e.height), style: `${e.height}px` }
        : { id: e.id, height: "480", style: "" },
    );
    expect(heights).toEqual(expected);
    expect(await canaries(page)).toEqual({});
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
