/**
 * A caller's table for a locale the package does not ship: the README's German example, drawn
 * on a story with German texts (the sample story, its texts copied from English and marked).
 */

import { refugeeCurve, registerLocale, resolveLocale, sampleStory } from "@karabakh2023/charts";
import { describe, expect, it } from "vitest";
import { de } from "./fixtures/de.js";
import { sampleStoryIn } from "./fixtures/story-in-locale.js";
import { newDocument } from "./snapshot-utils.js";

describe('registerLocale("de", de)', () => {
  it("draws the curve with the German chrome, German dates and de-AT numbers", () => {
    registerLocale("de", de);
    const figure = refugeeCurve(
      sampleStoryIn("de", (en) => `[de] ${en}`),
      { locale: "de-AT", width: 640, document: newDocument() },
    );
    expect(figure.getAttribute("lang")).toBe("de-AT");
    expect(figure.querySelector(".k23-legend")?.getAttribute("aria-label")).toBe("Legende");
    const text = figure.textContent ?? "";
    expect(text).toContain("Daten als Tabelle anzeigen");
    // Dates through Intl for the tag asked for (the axis: "24. Sept." / "24. Sep.").
    const axis = [...figure.querySelectorAll("svg text")].map((t) => t.textContent).join("|");
    expect(axis).toMatch(/\|\d{1,2}\. [A-ZÄÖÜ][a-zäöü]{2,4}\.?\|/);
    expect(figure.querySelector(".k23-sources")?.textContent).toMatch(/^Quellen?:/);
  });
  it("a story without German says so, naming its locales", () => {
    registerLocale("de", de);
    expect(() => refugeeCurve(sampleStory, { locale: "de", document: newDocument() })).toThrow(
      `invalid locale: de (story "${sampleStory.id}" has texts in fr, en only)`,
    );
  });
});

describe("direction", () => {
  it("comes from the locale's script: a table registered for ar draws a figure with dir=rtl", () => {
    // The German table under "ar" stands in for an Arabic one: the direction is the locale's
    // (Intl.Locale#getTextInfo, else its script), whatever the table's words.
    registerLocale("ar", de);
    const figure = refugeeCurve(sampleStoryIn("ar"), {
      locale: "ar-EG",
      width: 640,
      document: newDocument(),
    });
    expect([figure.getAttribute("lang"), figure.getAttribute("dir")]).toEqual(["ar-EG", "rtl"]);
    registerLocale("he", de);
    expect(resolveLocale("he").direction).toBe("rtl");
    expect(resolveLocale("fr").direction).toBe("ltr");
  });
});
