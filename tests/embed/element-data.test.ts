/**
 * <karabakh-chart> with a desk's own data, in Chromium, from the script-tag bundle: the `data`
 * property, an inline JSON script and a `src` file (JSON or CSV). Each draws exactly the rows it
 * was given (the CSV link holds them), and a bad input is shown on the chart, naming where it
 * came from, with nothing run.
 */
import { sampleStory } from "@karabakh2023/charts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureBundle, launch, type StaticServer, serve } from "./harness.js";

let server: StaticServer;
let browser: Browser;

/** Three counts of the built-in story's vocabulary, as a desk's CSV file. */
const COUNTS_CSV = `id,date,time_local,time_of_day,value,qualifier,metric,claimant,certainty,sources,note_en,note_fr
desk-1,2023-09-25,08:00,,1111,exact,arrived-in-armenia,armenia-government,high,armenpress-2023-09-26,,
desk-2,2023-09-26,08:00,,22222,exact,arrived-in-armenia,armenia-government,high,armenpress-2023-09-26,,
desk-3,2023-09-27,08:00,,33333,exact,arrived-in-armenia,armenia-government,high,armenpress-2023-09-26,,
`;

const storyJson = JSON.stringify(sampleStory);

const page = (body: string) => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/karabakh2023.min.js"></script></head><body style="width:800px">${body}</body></html>`,
});

beforeAll(async () => {
  server = await serve({
    "/karabakh2023.min.js": { file: ensureBundle() },
    "/story.json": { body: storyJson, headers: { "content-type": "application/json" } },
    "/counts.csv": { body: COUNTS_CSV, headers: { "content-type": "text/csv; charset=utf-8" } },
    "/broken.json": { body: "{ not json", headers: { "content-type": "application/json" } },
    "/inputs.html": page(`
<karabakh-chart id="property" chart="casualties"></karabakh-chart>
<karabakh-chart id="inline" chart="reactions"><script type="application/json">${storyJson.replace(/</g, "\\u003c")}</script></karabakh-chart>
<karabakh-chart id="src-json" chart="refugees" src="/story.json"></karabakh-chart>
<karabakh-chart id="src-csv" chart="refugees" src="/counts.csv"></karabakh-chart>
<script>fetch("/story.json").then((r) => r.json()).then((story) => { document.getElementById("property").data = story; });</script>`),
    "/bad.html": page(`
<karabakh-chart id="scheme" chart="refugees" src="javascript:alert(1)"></karabakh-chart>
<karabakh-chart id="broken" chart="refugees" src="/broken.json"></karabakh-chart>
<karabakh-chart id="missing" chart="refugees" src="/nowhere.json"></karabakh-chart>
<karabakh-chart id="other-origin" chart="refugees" src-origin="same" src="https://example.org/x.json"></karabakh-chart>
<karabakh-chart id="bad-inline" chart="refugees"><script type="application/json">{"id": "x", "locales": ["en"], "timeZone": {"id": "GMT+4", "name": {"en": "x"}}}</script></karabakh-chart>
<karabakh-chart id="html-inline" chart="casualties"><script type="application/json">[{"id":"<img src=x onerror=window.__ran=1>","party":"azerbaijan","category":"military","metric":"killed","value":5,"qualifier":"exact","asOf":"2023-09-20","claimant":"<img src=x onerror=window.__ran=1>","incident":"offensive","certainty":"high","sources":["x"]}]</script></karabakh-chart>`),
  });
  // No name resolves but the test servers': a hostile src must never reach the network.
  browser = await launch(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const p = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors: string[] = [];
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${server.origin}${path}`, { waitUntil: "load" });
  return { page: p, errors };
}

/** The rows of the figure's "Get the data (CSV)" link, header excluded. */
async function csvRows(p: Page, id: string): Promise<string[]> {
  await p.waitForSelector(`#${id} figure.k23-figure a[href^="data:"]`);
  const href = await p.$eval(
    `#${id} figure.k23-figure a[href^="data:"]`,
    (a) => a.getAttribute("href") ?? "",
  );
  const text = decodeURIComponent(href.replace(/^data:[^,]*,/, ""));
  return text.trim().split(/\r?\n/).slice(1);
}

describe("<karabakh-chart> with a desk's own data", () => {
  test("the data property, an inline JSON script and a src file each draw exactly the data given", async () => {
    const { page: p, errors } = await open("/inputs.html");
    await p.waitForFunction(() => document.querySelectorAll("figure.k23-figure").length === 4);
    const titles = await p.$$eval("figure.k23-figure .k23-title", (els) => els.map((e) => e.textContent));
    // The sample story's own titles (refugees, reactions), not the built-in story's.
    expect(titles).toContain("Leaving the valley");
    expect(titles).toContain("Reactions to the River Town assault");

    const property = await csvRows(p, "property");
    expect(property.length).toBe(
      sampleStory.casualties.filter((c) => c.incident === "river-town-assault" && c.metric === "dead").length,
    );
    const inline = await csvRows(p, "inline");
    expect(inline.length).toBe(sampleStory.reactions.length);
    const json = await csvRows(p, "src-json");
    expect(json.length).toBe(sampleStory.refugees.filter((r) => r.metric === "crossed-border").length);
    // The CSV file's three counts, and only them.
    const csv = await csvRows(p, "src-csv");
    expect(csv).toHaveLength(3);
    expect(csv.join("\n")).toMatch(/1111[\s\S]*22222[\s\S]*33333/);
    expect(errors).toEqual([]);
    await p.close();
  });

  test("a bad src or inline data is shown on the chart, naming where it came from; nothing is run", async () => {
    const { page: p, errors } = await open("/bad.html");
    const message = async (id: string) => {
      await p.waitForSelector(`#${id} .k23-embed-error, #${id} figure`);
      return p.$eval(`#${id}`, (el) => el.querySelector(".k23-embed-error")?.textContent ?? "(drawn)");
    };
    expect(await message("scheme")).toContain('attribute src="javascript:alert(1)": must be an http(s) URL');
    expect(await message("broken")).toContain('attribute src="/broken.json": not valid JSON');
    expect(await message("missing")).toContain('attribute src="/nowhere.json": HTTP 404');
    expect(await message("other-origin")).toContain("must be on this page's origin");
    expect(await message("bad-inline")).toMatch(/inline data .*invalid data\.timeZone\.id: GMT\+4/);
    // Markup in the data is text: drawn as such, never parsed, never run.
    await p.waitForSelector("#html-inline figure");
    expect(await p.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(await p.$("#html-inline img")).toBeNull();
    expect(errors.length).toBeGreaterThanOrEqual(5); // each bad input is logged too
    await p.close();
  });
});
