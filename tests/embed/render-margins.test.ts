/**
 * The PNG renderer at a phone's width, in every built-in locale: nothing a reader should see runs
 * into the image's margins or off its edge. Labels are wrapped with estimated glyph widths
 * (figure/text.ts) and drawn with DejaVu Sans; when the estimate is short, Armenian and Russian
 * labels, bold headings and legend entries end in the margin or are cut by the edge.
 */
import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { renderPng } from "../../packages/embed/src/render.js";

const MARGIN = 16;
/** The outer columns checked on each side: the margin less 2 px for antialiasing and halos. */
const GUARD = MARGIN - 2;

/** Rows (image y) whose outer `GUARD` columns on `side` hold ink, told from the background pixel. */
function inkRows(png: PNG, side: "left" | "right"): number[] {
  const { width, height, data } = png;
  const [r, g, b] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < GUARD; i++) {
      const x = side === "left" ? i : width - 1 - i;
      const p = (y * width + x) * 4;
      const d =
        Math.abs((data[p] ?? 0) - r) + Math.abs((data[p + 1] ?? 0) - g) + Math.abs((data[p + 2] ?? 0) - b);
      if (d > 60) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

describe("karabakh2023-render at 320 px keeps every label inside the image's margins", () => {
  const charts = ["casualties", "refugees", "reactions"] as const;
  const locales = ["en", "en-US", "fr", "hy", "ru"];
  test.each(charts.flatMap((chart) => locales.map((locale) => [chart, locale] as const)))(
    "--chart %s --locale %s --width 320",
    (chart, locale) => {
      const png = PNG.sync.read(renderPng({ chart, locale, width: 320, margin: MARGIN }));
      expect(png.width).toBe(320);
      expect({ right: inkRows(png, "right"), left: inkRows(png, "left") }).toEqual({ right: [], left: [] });
    },
  );
});
