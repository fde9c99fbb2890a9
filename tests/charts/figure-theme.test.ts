import { describe, expect, it } from "vitest";
import { THEME_COLORS } from "../../packages/charts/src/figure/index.js";

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(Object.entries(THEME_COLORS))("%s theme", (_, colors) => {
  it("text has a contrast of at least 4.5:1 against the background", () => {
    expect(contrast(colors.foreground, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.muted, colors.background)).toBeGreaterThanOrEqual(4.5);
  });
  it("every palette colour has at least 3:1 (marks) and in fact 4.5:1 (labels)", () => {
    for (const c of colors.palette) expect(contrast(c, colors.background)).toBeGreaterThanOrEqual(4.5);
  });
});
