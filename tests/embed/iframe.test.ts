/**
 * Iframe embeds: the built pages post their height, the parent-side resizer (dist/resizer.js)
 * applies it, and ignores every message that is not exactly that, from exactly that iframe.
 *
 * Origins: the parent is http://127.0.0.1:P; the embed pages are served by another server as
 * http://charts.localhost:Q (the allowed origin) and, from the same files, as a look-alike host
 * that a prefix check would accept (http://charts.localhost.evil.localhost:Q) and by IP.
 */
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureEmbedBuilt, launch, type StaticServer, serve } from "./harness.js";

let charts: StaticServer;
let parent: StaticServer;
let browser: Browser;
let page: Page;
let allowed: string;

const VALID = (height: number) => ({ type: "karabakh2023:height", chart: "refugees", height });

beforeAll(async () => {
  const dist = ensureEmbedBuilt();
  charts = await serve({}, { "/": dist });
  allowed = `http://charts.localhost:${charts.port}`;
  const lookalike = `http://charts.localhost.evil.localhost:${charts.port}`;
  parent = await serve({
    "/resizer.js": { file: `${dist}/resizer.js` },
    "/article.html": {
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body>
<p>Avant.</p>
<iframe id="a" data-karabakh2023 src="${allowed}/iframe/refugees-fr.html" title="Réfugiés" width="100%" height="300"></iframe>
<iframe id="b" src="${allowed}/iframe/casualties-fr.html" title="Not registered" width="100%" height="300"></iframe>
<iframe id="evil" data-karabakh2023 src="${lookalike}/iframe/casualties-fr.html" title="Look-alike" width="100%" height="300"></iframe>
<iframe id="ip" data-karabakh2023 src="http://127.0.0.1:${charts.port}/iframe/casualties-fr.html" title="Other host" width="100%" height="300"></iframe>
<p>Après.</p>
<script src="/resizer.js" data-origin="${allowed}"></script>
</body></html>`,
    },
  });
  browser = await launch(["--host-resolver-rules=MAP *.localhost 127.0.0.1"]);
  page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${parent.origin}/article.html`, { waitUntil: "load" });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await charts?.close();
  await parent?.close();
});

const heightOf = (id: string) => page.$eval(`#${id}`, (el) => el.getAttribute("height"));
const frameOf = async (id: string): Promise<Frame> => {
  const frame = await (await page.$(`#${id}`))?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
};
/** Posts `data` to the parent from inside frame `id` (so origin and source are that frame's). */
const postFrom = (id: string, data: unknown) =>
  frameOf(id).then((f) => f.evaluate((d) => window.parent.postMessage(d, "*"), data));
/** Lets pending messages arrive: a round trip through the parent's event loop. */
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 100)));

describe("iframe embed", () => {
  test("the embed page posts its height and the iframe takes it (no inner scrollbar)", async () => {
    await page.waitForFunction(() => document.querySelector("#a")?.getAttribute("height") !== "300", null, {
      timeout: 60_000,
    });
    const frame = await frameOf("a");
    await frame.waitForSelector("figure.k23-figure svg");
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await page.waitForFunction(
      (h) => document.querySelector("#a")?.getAttribute("height") === String(h),
      content,
    );
    const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scroll).toBeLessThanOrEqual(0);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("fr");
  });

  test("a valid message from the registered iframe is applied and clamped to [100, 5000]", async () => {
    await postFrom("a", VALID(777));
    await settle();
    expect(await heightOf("a")).toBe("777");
    await postFrom("a", VALID(1e9));
    await settle();
    expect(await heightOf("a")).toBe("5000");
    await postFrom("a", VALID(3));
    await settle();
    expect(await heightOf("a")).toBe("100");
    await postFrom("a", VALID(640));
    await settle();
    expect(await heightOf("a")).toBe("640");
  });

  test.each([
    ["NaN height", VALID(Number.NaN)],
    ["Infinity height", VALID(Number.POSITIVE_INFINITY)],
    ["negative height", VALID(-400)],
    ["fractional height", VALID(400.5)],
    ["string height", { ...VALID(0), height: "400" }],
    ["extra key", { ...VALID(400), url: "https://evil.example" }],
    ["a chart that is no id token", { ...VALID(400), chart: "<svg onload=alert(1)>" }],
    [
      "navigate",
      { type: "karabakh2023:navigate", chart: "refugees", url: "javascript:alert(document.domain)" },
    ],
    ["pym.js navigateTo", "pymxPYMxaxPYMxnavigateToxPYMxjavascript:alert(1)"],
    ["pym.js height", "pymxPYMxaxPYMxheightxPYMx400"],
  ])("from the right origin and source, a message with a bad shape (%s) is ignored", async (_, data) => {
    const url = page.url();
    await postFrom("a", data);
    await settle();
    expect(await heightOf("a")).toBe("640");
    expect(page.url()).toBe(url);
  });

  test("a valid message from a look-alike origin, another host or an unregistered iframe is ignored", async () => {
    const before = { evil: await heightOf("evil"), ip: await heightOf("ip"), b: await heightOf("b") };
    expect(before).toEqual({ evil: "300", ip: "300", b: "300" });
    for (const id of ["evil", "ip", "b"]) await postFrom(id, VALID(999));
    // From the parent page itself (wrong source and origin).
    await page.evaluate((d) => window.postMessage(d, "*"), VALID(999));
    await settle();
    expect({
      a: await heightOf("a"),
      evil: await heightOf("evil"),
      ip: await heightOf("ip"),
      b: await heightOf("b"),
    }).toEqual({
      a: "640",
      ...before,
    });
  });

  test("the same message from the registered iframe still works afterwards (the listener is alive)", async () => {
    await postFrom("a", VALID(999));
    await settle();
    expect(await heightOf("a")).toBe("999");
  });
});
