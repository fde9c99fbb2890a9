/**
 * Locale-aware formatting through Intl, one formatter per locale created once and reused
 * (the first Intl formatter in a page costs about 40 ms; later ones are cheap: CONTRIBUTING.md).
 */
import { type IsoDate, type Qualifier, utcOffsetLabel } from "@karabakh2023/data";
import type { ResolvedLocale } from "../locales/registry.js";

const NARROW_NBSP = "\u202f";

export interface Formatters {
  readonly locale: ResolvedLocale;
  /** 100417 → "100 417" (U+202F) in French, "100,417" in English. */
  number(value: number): string;
  /** A number with its qualifier kept: ("at-least", 200) → "at least 200" / "au moins 200". */
  qualified(value: number, qualifier: Qualifier): string;
  /** An ISO date of any precision: "2023-09-28" → "28 Sept 2023"; "2024-01" → "January 2024". */
  date(iso: IsoDate): string;
  /** The plural form of a count in the locale (`Intl.PluralRules`): 1 → "one", 3 in Russian → "few". */
  plural(count: number): Intl.LDMLPluralRule;
  /** ["a", "b", "c"] → "a, b and c" / "a, b et c". */
  list(items: readonly string[]): string;
  /** A share: 0.8385 → "83.9%" / "83,9 %" (U+202F), one decimal. */
  percent(share: number): string;
  /** Instants shown in a story's time zone, whatever the machine's: `local(story.timeZone.id)`. */
  local(timeZone: string): LocalTimeFormatters;
}

/** Formats of an instant in one IANA time zone (a story's `timeZone.id`). */
export interface LocalTimeFormatters {
  /** "24 Sept" / "24 sept." (axis ticks). */
  dayMonth(at: Date): string;
  /** "26 Sept 2023" / "26 sept. 2023". */
  day(at: Date): string;
  /** "26 Sept 2023, 20:00" / "26 sept. 2023, 20:00". */
  dateTime(at: Date): string;
  /** "24 September" or, with the year, "3 October 2023" / "3 octobre 2023". */
  longDay(at: Date, withYear: boolean): string;
  /** The UTC offset in force at that instant: "UTC+4" (through the data package's time helper). */
  utcOffset(at: Date): string;
}

const cache = new WeakMap<ResolvedLocale, Formatters>();

/** The cached formatters of a locale (`resolveLocale()` returns one object per tag and table). */
export function formatters(locale: ResolvedLocale): Formatters {
  let f = cache.get(locale);
  if (!f) {
    f = createFormatters(locale);
    cache.set(locale, f);
  }
  return f;
}

function createFormatters(locale: ResolvedLocale): Formatters {
  const tag = locale.intl;
  const french = new Intl.Locale(tag).language === "fr";
  const locals = new Map<string, LocalTimeFormatters>();
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const month = new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" });
  const list = new Intl.ListFormat(tag, { type: "conjunction", style: "long" });
  const plurals = new Intl.PluralRules(tag);
  const percent = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Older ICU versions group French digits with U+00A0 or a plain space; the French norm
  // (and Node 20 / current Chromium) is U+202F, so normalize to it everywhere.
  const number = french
    ? (value: number) => numberFormat.format(value).replace(/[\u00a0 ]/g, NARROW_NBSP)
    : (value: number) => numberFormat.format(value);
  return {
    locale,
    number,
    qualified: (value, qualifier) =>
      (Object.hasOwn(locale.messages.qualified, qualifier) ? locale.messages.qualified[qualifier] : String)(
        number(value),
      ),
    date(iso) {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
      if (!m) return iso;
      const [, y, mo, d] = m;
      if (!mo) return String(y);
      const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
      if (Number.isNaN(at.getTime())) return iso;
      const text = d ? day.format(at) : month.format(at);
      return french ? text.replace(/[\u00a0]/g, " ") : text;
    },
    list: (items) => list.format(items),
    plural: (count) => plurals.select(count),
    percent: french
      ? (share) => percent.format(share).replace(/[\u00a0 ]/g, NARROW_NBSP)
      : (share) => percent.format(share),
    local: (timeZone) => {
      let zoned = locals.get(timeZone);
      if (!zoned) {
        zoned = createLocalTimeFormatters(tag, timeZone);
        locals.set(timeZone, zoned);
      }
      return zoned;
    },
  };
}

function createLocalTimeFormatters(tag: string, timeZone: string): LocalTimeFormatters {
  const dayMonth = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "short" });
  const day = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "short", year: "numeric" });
  const time = new Intl.DateTimeFormat(tag, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const long = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "long" });
  const longYear = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "long", year: "numeric" });
  return {
    dayMonth: (at) => dayMonth.format(at),
    day: (at) => day.format(at),
    dateTime: (at) => `${day.format(at)}, ${time.format(at)}`,
    longDay: (at, withYear) => (withYear ? longYear : long).format(at),
    utcOffset: (at) => utcOffsetLabel(at, timeZone),
  };
}

/** Publishers for a table cell: "Reuters; AFP", each named once however many of its sources. */
export const joinPublishers = (names: readonly unknown[]): string =>
  [...new Set(names.map(String))].join("; ");
