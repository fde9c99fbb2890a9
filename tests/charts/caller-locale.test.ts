/**
 * A caller's table for a locale the package does not ship: the README's German example, drawn
 * on a story with German texts (the sample story, its texts copied from English and marked).
 */

import { refugeeCurve, registerLocale, sampleStory } from "@karabakh2023/charts";
import { describe, expect, it } from "vitest";
import { de } from "./fixtures/de.js";
import { newDocument } from "./snapshot-utils.js";

/** The sample story with a "de" text beside every English one (what a desk would translate). */
function germanStory(): typeof sampleStory {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (value && typeof value === "object") {
      const entries = Object.entries(value).map(([k, v]) => [k, copy(v)] as const);
      const object = Object.fromEntries(entries) as Record<string, unknown>;
      if (typeof object.en === "string" && typeof object.fr === "string") object.de = `[de] ${object.en}`;
      return object;
    }
    return value;
  };
  return { ...(copy(sampleStory) as typeof sampleStory), locales: ["fr", "en", "de"] };
}

describe('registerLocale("de", de)', () => {
  it("draws the curve with the German chrome, German dates and de-AT numbers", () => {
    registerLocale("de", de);
    const figure = refugeeCurve(germanStory(), { locale: "de-AT", width: 640, document: newDocument() });
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
