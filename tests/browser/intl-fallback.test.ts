/**
 * Chromium ships no Armenian Intl data (`Intl.DateTimeFormat.supportedLocalesOf(["hy"])` is
 * `[]`): the Armenian table's own words format its dates and numbers there. The script-tag
 * bundle on a plain page, in each selected engine (Firefox and WebKit have the data: the same
 * Armenian either way).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EnginePage, injectProbe, launchEngine, selectedEngines, until } from "./engines";
import { type StaticServer, serveStatic } from "./server";

const ROOT = new URL("../..", import.meta.url).pathname;
const ARMENIAN_MONTHS = "հնվ|փտվ|մրտ|ապր|մյս|հնս|հլս|օգս|սեպ|հոկ|նոյ|դեկ";

let server: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "k23-intl-"));
  copyFileSync(join(ROOT, "packages/charts/dist/karabakh2023.min.js"), join(dir, "karabakh2023.min.js"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="hy"><head><meta charset="utf-8"><script src="karabakh2023.min.js"></script></head>
<body><karabakh-chart chart="refugees"></karabakh-chart></body></html>`,
  );
  server = await serveStatic(dir, injectProbe);
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(selectedEngines())("%s", (engine) => {
  let page: EnginePage;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const browser = await launchEngine(engine);
    page = await browser.newPage({ width: 1024, height: 768 });
    close = async () => {
      await page.close();
      await browser.close();
    };
  });
  afterAll(() => close?.());

  it("an Armenian curve's axis dates and numbers are Armenian", async () => {
    await page.goto(`${server.origin}/index.html`);
    const ticks = 'karabakh-chart [aria-label="x-axis tick label"] text';
    await until(
      page,
      "the curve's x-axis",
      (selector) => document.querySelectorAll(selector).length > 2,
      ticks,
    );
    const seen = await page.evaluate(
      (selector) => ({
        intlHasArmenian: Intl.DateTimeFormat.supportedLocalesOf(["hy"]).length > 0,
        x: [...document.querySelectorAll(selector)].map((t) => t.textContent ?? ""),
        y: [...document.querySelectorAll('karabakh-chart [aria-label="y-axis tick label"] text')].map(
          (t) => t.textContent ?? "",
        ),
      }),
      ticks,
    );
    if (engine === "chromium") expect(seen.intlHasArmenian, "Chromium has no Armenian Intl data").toBe(false);
    for (const label of seen.x) expect(label).toMatch(new RegExp(`^\\d{1,2} (${ARMENIAN_MONTHS})$`));
    // Thousands grouped with a no-break space, as Armenian writes them: "100 000".
    expect(
      seen.y.filter((label) => label.length > 4).every((label) => /^\d{1,3}(\u00a0\d{3})+$/.test(label)),
    ).toBe(true);
    expect(seen.y.some((label) => label.length > 4)).toBe(true);
    expect(await page.errors()).toEqual([]);
  });
});
