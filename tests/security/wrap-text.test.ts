/**
 * Regression: `wrapText` looped forever (and grew an array until the process died) when a line
 * was narrower than one character (a `width` of 1 to about 20 px, or a narrow list column), and
 * took minutes on a pasted word of thousands of characters. Both freeze the reader's tab.
 */
import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "../../packages/charts/src/figure/text.js";

describe("wrapText on hostile widths and words", () => {
  it.each([0, -5, 1, 3])("wrapText('Wm', %s, 12) ends, one character per line", (width) => {
    expect(wrapText("Wm", width, 12)).toEqual(["W-", "m"]);
  });

  it("wrapText of a 200 000-character word ends in well under a second, every piece fitting", () => {
    const word = "<b>A</b>".repeat(25_000);
    const started = performance.now();
    const lines = wrapText(word, 120, 12);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(lines.join("").replace(/-/g, "")).toBe(word.replace(/-/g, ""));
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  });

  it("cuts where it did before the fix: the longest prefix that fits with its hyphen", () => {
    expect(wrapText("Veryveryveryverylongwordwithoutspaces", 100, 12)).toEqual([
      "Veryveryvery-",
      "verylongword-",
      "withoutspaces",
    ]);
  });
});
