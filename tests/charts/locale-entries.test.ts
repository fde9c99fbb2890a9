/**
 * The main entry carries the en and fr tables only; en-US, hy and ru are entries of their own
 * (`@karabakh2023/charts/locales/<tag>`), so a bundle carries only what it imports. This file
 * imports none of them up front (vitest isolates modules per file).
 */

import { refugeeCurve } from "@karabakh2023/charts";
import { describe, expect, it } from "vitest";
import { resolveLocale } from "../../packages/charts/src/locales/registry.js";
import { newDocument } from "./snapshot-utils.js";

describe("built-in locales outside the main entry", () => {
  it("without its entry, hy says which entry (or script-tag file) to load", () => {
    expect(() => resolveLocale("hy-AM")).toThrow(
      'invalid locale: hy-AM needs the built-in hy table, not loaded here: import "@karabakh2023/charts/locales/hy", or with the core script tag load karabakh2023.locale-hy.min.js',
    );
    expect(() => refugeeCurve(undefined, { locale: "ru", document: newDocument() })).toThrow(/locales\/ru/);
  });
  it("with its entry imported, hy resolves to the Armenian table", async () => {
    await import("@karabakh2023/charts/locales/hy");
    expect(resolveLocale("hy-AM").messages.chrome.legend).toBe("Պայմանական նշաններ");
  });
});
