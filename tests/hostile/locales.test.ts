/**
 * A caller's message table is untrusted input (registerLocale): every hostile text of the corpus
 * put into a table is drawn as inert text, a function returning a non-string is refused when
 * called, and no key beyond the English table's (prototype keys included) is accepted.
 */
import { refugeeCurve, registerLocale } from "@karabakh2023/charts";
import { describe, expect, it } from "vitest";
import { en } from "../../packages/charts/src/locales/en.js";
import type { Messages } from "../../packages/charts/src/locales/messages.js";
import { sampleStoryIn } from "../charts/fixtures/story-in-locale.js";
import { newDocument } from "../charts/snapshot-utils.js";
import { canary, entriesOf, label, resetCanary } from "./corpus.js";
import { expectInert, expectNoPollution, prototypeKeys } from "./inert.js";

const TAG = "qaa"; // a private-use language: no built-in table has it

/** A plain copy of the English table (functions kept), to change one key of. */
function table(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(en).map(([k, v]) => [k, typeof v === "object" ? { ...v } : v]),
  ) as never;
}

const story = sampleStoryIn(TAG);

describe("registerLocale() with hostile texts draws them as text", () => {
  for (const entry of entriesOf("text").filter((e) => typeof e.raw === "string")) {
    it(`${label(entry)} as the legend label, a subtitle and a function's result is inert`, () => {
      resetCanary();
      const before = prototypeKeys();
      const value = entry.value() as string;
      const t = table();
      t.chrome = { ...t.chrome, legend: value, keyboardHint: () => value };
      t.curve = { ...t.curve, defaultSubtitle: value, hollow: value };
      registerLocale(TAG, t as unknown as Messages);
      const figure = refugeeCurve(story, { locale: TAG, width: 640, document: newDocument() });
      expectInert(figure, [value]);
      expect(canary()).toBeUndefined();
      expectNoPollution(before);
    });
  }
});

describe("registerLocale() refuses keys the English table does not have", () => {
  for (const entry of entriesOf("key")) {
    it(`a table with an own key ${label(entry)} is refused, naming it, and pollutes nothing`, () => {
      const before = prototypeKeys();
      const key = String(entry.value());
      const chrome = { ...table().chrome };
      Object.defineProperty(chrome, key, {
        value: "x",
        enumerable: true,
        configurable: true,
        writable: true,
      });
      expect(() => registerLocale(TAG, { ...table(), chrome } as unknown as Messages)).toThrow(
        `invalid message table of locale ${TAG}: unknown key chrome.${key}`,
      );
      expectNoPollution(before);
    });
  }

  it("a function that returns markup as an object is refused when called, naming the key", () => {
    const t = table();
    t.chrome = { ...t.chrome, keyboardHint: () => ({ toString: () => "<img src=x onerror=alert(1)>" }) };
    registerLocale(TAG, t as unknown as Messages);
    expect(() => refugeeCurve(story, { locale: TAG, width: 640, document: newDocument() })).toThrow(
      `invalid message chrome.keyboardHint of locale ${TAG}: returned object, expected a string`,
    );
  });
});
