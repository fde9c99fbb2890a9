/**
 * The data table of every chart fits its figure at every width a reader has: opened, it never
 * makes the page scroll sideways nor runs past the figure's edge (a dark figure clips it), from a
 * phone to a desktop column. Laid out by Chromium (/usr/bin/chromium), container queries and all.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureCss } from "../../packages/charts/src/figure/theme.js";
import { CHART_IDS, CHARTS } from "../../packages/charts/src/registry.js";
import { launch } from "../embed/harness.js";
import { newDocument } from "./snapshot-utils.js";

const WIDTHS = [360, 521, 600, 640, 760, 800, 801, 900, 1000, 1280];
const VARIANTS = [
  { locale: "en", theme: "light" },
  { locale: "fr", theme: "dark" },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the data table fits the figure (Chromium)", () => {
  for (const id of CHART_IDS) {
    for (const { locale, theme } of VARIANTS) {
      it(`${CHARTS[id].folder} (${locale}, ${theme}): opened at ${WIDTHS.join(", ")} px, no sideways scroll`, async () => {
        const figure = CHARTS[id].draw(undefined, { locale, theme, document: newDocument() });
        const page = await browser.newPage();
        try {
          await page.setContent(
            `<!doctype html><meta charset="utf-8"><style>body{margin:0}${figureCss}</style>${figure.outerHTML}`,
          );
          await page.evaluate(() => {
            for (const d of document.querySelectorAll("details")) d.open = true;
          });
          const overflows: string[] = [];
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            const m = await page.evaluate(() => {
              const table = document.querySelector(".k23-table table")?.getBoundingClientRect();
              const box = document.querySelector(".k23-table")?.getBoundingClientRect();
              return {
                page: document.documentElement.scrollWidth,
                table: table ? table.right : 0,
                box: box ? box.right : 0,
              };
            });
            if (m.page > width || m.table > m.box + 0.5) {
              overflows.push(
                `${width} px: page ${m.page} px wide, table ends at ${m.table}, figure at ${m.box}`,
              );
            }
          }
          expect(overflows).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
