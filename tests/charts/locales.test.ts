/**
 * The message tables: every built-in table has every key (functions called with sample
 * arguments say something), French typography holds in every French string, plurals come from
 * Intl.PluralRules, locale tags resolve (exact, then language) or fail naming the tag, and a
 * caller's table is checked as untrusted input.
 */
import { describe, expect, it } from "vitest";
import "@karabakh2023/charts/locales/en-US";
import "@karabakh2023/charts/locales/hy";
import "@karabakh2023/charts/locales/ru";
import { refugeeCurve } from "../../packages/charts/src/index.js";
import { en } from "../../packages/charts/src/locales/en.js";
import type { Messages } from "../../packages/charts/src/locales/messages.js";
import {
  BUILT_IN_LOCALES,
  registerLocale,
  resolveLocale,
} from "../../packages/charts/src/locales/registry.js";
import { SAMPLE_ARGS } from "./fixtures/sample-args.js";
import { newDocument } from "./snapshot-utils.js";

type Found = { path: string; text: string };

/** Optional keys English does not have: `formats` is checked against Intl in format-fallback.test.ts. */
const OPTIONAL = new Set(["intl", "formats"]);

/** Every text of a table, functions called with each of their sample arguments. */
function texts(value: unknown, path = ""): Found[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (typeof value === "function") {
    const samples = SAMPLE_ARGS[path];
    if (!samples) throw new Error(`no sample arguments for ${path} in tests/charts/fixtures/sample-args.ts`);
    return samples.flatMap((args) => texts((value as (...a: unknown[]) => unknown)(...args), path));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) =>
      !path && OPTIONAL.has(key) ? [] : texts(item, path ? `${path}.${key}` : key),
    );
  throw new Error(`${path}: ${String(value)} is not text`);
}

/** The key paths of a table (functions and strings are leaves). */
function keys(value: unknown, path = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value)
      .filter(([key]) => path || !OPTIONAL.has(key))
      .flatMap(([key, item]) => keys(item, path ? `${path}.${key}` : key));
  return [`${path}:${Array.isArray(value) ? "array" : typeof value}`];
}

const table = (tag: string): Messages => resolveLocale(tag).messages;

describe("built-in message tables", () => {
  for (const tag of BUILT_IN_LOCALES) {
    it(`${tag} has every key of the English table, each of the same kind`, () => {
      expect(keys(table(tag)).sort()).toEqual(keys(en).sort());
    });
    it(`${tag}: every string is non-empty and every function, called with sample arguments, says something`, () => {
      const found = texts(table(tag));
      expect(found.length).toBeGreaterThan(150);
      for (const { path, text } of found) expect(text.trim(), path).not.toBe("");
    });
  }

  it("French: a no-break space before « : », a narrow one before « ; ? ! » and inside guillemets, never a plain space", () => {
    const wrong = texts(table("fr")).filter(
      ({ text }) => / [:;?!»]|« /.test(text) || /[^\u00a0\d]:(?!\d)/.test(text),
    );
    expect(wrong.map((w) => `${w.path}: ${w.text}`)).toEqual([]);
    expect(table("fr").map.tooltip("Arménie", "Condamne", "certitude élevée", "2 oct. 2023")).toBe(
      "Arménie\u00a0: Condamne (certitude élevée), 2 oct. 2023",
    );
  });

  it("Russian plurals come from Intl.PluralRules: 1 точка, 3 точки, 5 точек, 21 точка", () => {
    const hint = table("ru").chrome.keyboardHint;
    expect(hint(1)).toContain("1 точка");
    expect(hint(3)).toContain("3 точки");
    expect(hint(5)).toContain("5 точек");
    expect(hint(21)).toContain("21 точка");
    expect(table("ru").map.entities("state", 22)).toBe("22 государства");
  });

  it("Armenian keeps the noun singular after a number: 1 and 12 պետություն", () => {
    expect(table("hy").map.entities("state", 1)).toBe("1 պետություն");
    expect(table("hy").map.entities("state", 12)).toBe("12 պետություն");
  });

  it("English plurals: 1 point, 2 points; en-US spells organization", () => {
    expect(table("en").chrome.keyboardHint(1)).toContain("1 data point.");
    expect(table("en").chrome.keyboardHint(2)).toContain("2 data points.");
    expect(table("en-US").map.entities("organisation", 2)).toBe("2 organizations");
    expect(table("en").map.entities("organisation", 2)).toBe("2 organisations");
  });
});

describe("resolveLocale()", () => {
  it("canonicalises the tag and resolves it exactly, then by its language", () => {
    expect(resolveLocale("FR-ca")).toMatchObject({ tag: "fr-CA", table: "fr", intl: "fr-CA" });
    expect(resolveLocale("en-GB")).toMatchObject({ tag: "en-GB", table: "en", intl: "en-GB" });
    expect(resolveLocale("en")).toMatchObject({ tag: "en", table: "en", intl: "en-GB" });
    expect(resolveLocale("en-us")).toMatchObject({ tag: "en-US", table: "en-US", intl: "en-US" });
    expect(resolveLocale("hy-AM")).toMatchObject({ tag: "hy-AM", table: "hy", direction: "ltr" });
  });
  it("throws a RangeError naming an invalid tag", () => {
    expect(() => resolveLocale("en_US!")).toThrow(RangeError);
    expect(() => resolveLocale("en_US!")).toThrow('invalid locale: "en_US!" is not a BCP 47 language tag');
    expect(() => resolveLocale(42)).toThrow(TypeError);
  });
  it("throws a RangeError that says how to supply a table for a locale without one", () => {
    expect(() => resolveLocale("de-AT")).toThrow(/invalid locale: de-AT has no message table \(nor has de\)/);
    expect(() => resolveLocale("de-AT")).toThrow(/registerLocale\("de", table\)/);
  });
  it("a chart asked for a locale without a table throws, never draws English", () => {
    expect(() => refugeeCurve(undefined, { locale: "sv", document: newDocument() })).toThrow(
      /invalid locale: sv has no message table/,
    );
  });
});

describe("registerLocale() checks a caller's table as untrusted input", () => {
  const copy = (): Record<string, unknown> => {
    const clone = (value: unknown): unknown =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]))
        : value;
    return clone(en) as Record<string, unknown>;
  };
  it("names a missing key and the locale", () => {
    const table = copy();
    delete (table.chrome as Record<string, unknown>).legend;
    expect(() => registerLocale("qaa", table as unknown as Messages)).toThrow(
      "invalid message table of locale qaa: chrome.legend is missing",
    );
  });
  it("names a key of the wrong kind", () => {
    const table = copy();
    (table.chrome as Record<string, unknown>).allSources = "All sources";
    expect(() => registerLocale("de", table as unknown as Messages)).toThrow(
      "invalid message chrome.allSources of locale de: expected a function returning a string",
    );
    (table.chrome as Record<string, unknown>).allSources = en.chrome.allSources;
    (table.chrome as Record<string, unknown>).legend = 12;
    expect(() => registerLocale("de", table as unknown as Messages)).toThrow(
      "invalid message chrome.legend of locale de: expected a string, got 12",
    );
  });
  it("refuses a __proto__ key and any key English does not have", () => {
    const polluted = JSON.parse(`{"__proto__": {"polluted": "yes"}}`);
    const table = { ...copy(), ...polluted };
    Object.defineProperty(table, "__proto__", { value: { polluted: "yes" }, enumerable: true });
    expect(() => registerLocale("qab", table as unknown as Messages)).toThrow(
      "invalid message table of locale qab: unknown key __proto__",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => registerLocale("qac", { ...copy(), extra: "x" } as unknown as Messages)).toThrow(
      "unknown key extra",
    );
  });
  it("checks what a caller's function returns when it is called", () => {
    const table = copy();
    (table.chrome as Record<string, unknown>).keyboardHint = () => ({ html: "<b>x</b>" });
    registerLocale("qad", table as unknown as Messages);
    expect(() => resolveLocale("qad").messages.chrome.keyboardHint(2)).toThrow(
      "invalid message chrome.keyboardHint of locale qad: returned object, expected a string",
    );
  });
});

describe("dates in English", () => {
  const axis = (locale: string) =>
    [
      ...refugeeCurve(undefined, { locale, width: 1024, document: newDocument() }).querySelectorAll(
        "svg text",
      ),
    ]
      .map((t) => t.textContent ?? "")
      .join("|");
  it('the curve\'s axis reads "Sep 21" in en-US and "21 Sept" in en', () => {
    expect(axis("en-US")).toMatch(/\|Sep 2\d\|/);
    expect(axis("en-US")).not.toMatch(/\|2\d Sept\|/);
    expect(axis("en")).toMatch(/\|2\d Sept\|/);
    expect(axis("en")).not.toMatch(/\|Sep 2\d\|/);
  });
});
