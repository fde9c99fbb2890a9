/**
 * A locale the engine's Intl has no data for (Armenian in Chromium) is formatted with its
 * table's `formats` words. Node's ICU has Armenian and Russian, so each test hides the locale
 * from one Intl service's `supportedLocalesOf` (as Chromium does) and checks that the table's
 * words read exactly as Intl does where it knows the locale.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatters } from "../../packages/charts/src/figure/format.js";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { en } from "../../packages/charts/src/locales/en.js";
import { hy } from "../../packages/charts/src/locales/hy.entry.js";
import type { Messages } from "../../packages/charts/src/locales/messages.js";
import { registerLocale, resolveLocale } from "../../packages/charts/src/locales/registry.js";
import { ru } from "../../packages/charts/src/locales/ru.entry.js";
import { warnings } from "../../packages/charts/src/messages.js";

interface IntlService {
  supportedLocalesOf(locales: string): string[];
}
const SERVICES: readonly IntlService[] = [Intl.DateTimeFormat, Intl.NumberFormat, Intl.ListFormat];

/** Formatters of `tag` with `table`, in an engine whose Intl lists no data for `tag`. */
function withoutIntlData(tag: string, table: Messages) {
  for (const service of SERVICES) {
    const own = service.supportedLocalesOf.bind(service);
    vi.spyOn(service, "supportedLocalesOf").mockImplementation((locales) =>
      own(locales).filter((l: string) => new Intl.Locale(l).language !== tag),
    );
  }
  // A fresh resolved locale: formatters are cached per resolved locale.
  const f = formatters({ tag, table: tag, intl: tag, messages: table, direction: "ltr" });
  vi.restoreAllMocks();
  return f;
}

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

const ZONE = "Asia/Yerevan";
// Every month (each has its own name and, in Russian, forms), at 23:30 UTC: the next day in Yerevan.
const INSTANTS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2023, m, m + 3, 23, 30)));

describe.each([
  ["hy", hy],
  ["ru", ru],
] as const)("%s without Intl data", (tag, table) => {
  const own = () => withoutIntlData(tag, table);
  const intl = formatters(resolveLocale(tag));

  it("formats every month's dates in the story's zone as Intl does", () => {
    const ownLocal = own().local(ZONE);
    const local = intl.local(ZONE);
    for (const at of INSTANTS) {
      for (const name of ["dayMonth", "day", "dateTime", "time", "month", "monthYear", "year"] as const)
        expect(ownLocal[name](at), `${name} ${at.toISOString()}`).toBe(local[name](at));
      for (const withYear of [false, true])
        expect(ownLocal.longDay(at, withYear), `longDay ${withYear}`).toBe(local.longDay(at, withYear));
    }
  });

  it("formats ISO dates of every precision as Intl does", () => {
    const f = own();
    for (const iso of ["2023-09-27", "2023-05-01", "2024-01", "2023-03", "2023"])
      expect(f.date(iso as never), iso).toBe(intl.date(iso as never));
  });

  it("groups and separates numbers and percentages as Intl does", () => {
    const f = own();
    for (const n of [0, 7, 999, 1000, 9999, 12345, 100417, 100417.46, 1234567.8, 0.5])
      expect(f.number(n), String(n)).toBe(intl.number(n));
    for (const share of [0, 0.005, 0.5, 0.8385, 1, 12.3456])
      expect(f.percent(share), String(share)).toBe(intl.percent(share));
    expect(f.qualified(100417, "at-least")).toBe(intl.qualified(100417, "at-least"));
  });

  it("joins lists as Intl does", () => {
    const f = own();
    for (const items of [["Ա"], ["Ա", "Բ"], ["Ա", "Բ", "Գ"], ["Ա", "Բ", "Գ", "Դ"]])
      expect(f.list(items)).toBe(intl.list(items));
  });

  it("reads no English month or separator", () => {
    const text = own().local(ZONE).day(new Date("2023-09-27T12:00Z"));
    expect(text).not.toMatch(/Sep|2023,|\d,\d{3}/);
  });
});

describe("a caller's table for a locale the engine does not know", () => {
  // English's table formats with "en-GB": the caller's formats with its own tag.
  const klingon = { ...en, intl: "tlh" };
  it("without formats words: formatted in the engine's default locale, with one warning naming the tag", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    registerLocale("tlh", klingon);
    formatters(resolveLocale("tlh")).number(1);
    formatters(resolveLocale("tlh-x-karabakh")).number(1);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      `[@karabakh2023/charts/figure] ${warnings.noIntlData("tlh", "tlh")}`,
      `[@karabakh2023/charts/figure] ${warnings.noIntlData("tlh-x-karabakh", "tlh")}`,
    ]);
  });

  it("with formats words: its own months and separators", () => {
    registerLocale("tlh", { ...klingon, formats: hy.formats });
    const f = formatters(resolveLocale("tlh"));
    expect(f.number(100417.5)).toBe("100\u00a0417,5");
    expect(f.local(ZONE).dayMonth(new Date("2023-09-27T12:00Z"))).toBe("27 սեպ");
  });

  it("with a malformed month list: a TypeError naming the key and the locale", () => {
    const short = hy.formats?.months.short.slice(0, 11);
    const formats = { ...hy.formats, months: { ...hy.formats?.months, short } };
    expect(() => registerLocale("tlh", { ...klingon, formats } as unknown as Messages)).toThrow(
      /message formats\.months\.short of locale tlh: expected an array of 12 strings/,
    );
    expect(() =>
      registerLocale("tlh", {
        ...klingon,
        formats: { ...hy.formats, minimumGroupingDigits: "2" },
      } as unknown as Messages),
    ).toThrow(/message formats\.minimumGroupingDigits of locale tlh: expected a whole number/);
  });
});
