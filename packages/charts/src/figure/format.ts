/**
 * Locale-aware formatting, the one home of numbers, dates and lists: through Intl, one formatter
 * per locale created once and reused (the first Intl formatter in a page costs about 40 ms; later
 * ones are cheap: CONTRIBUTING.md); through the table's `formats` words for a locale the engine's
 * Intl has no data for (Armenian in Chromium).
 */
import { type IsoDate, type Qualifier, utcOffsetLabel } from "@karabakh2023/data";
import type { FormatWords } from "../locales/messages.js";
import type { ResolvedLocale } from "../locales/registry.js";
import { warnings } from "../messages.js";
import { warnOnce } from "./warn.js";

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
  /** "06:00" (axis ticks). */
  time(at: Date): string;
  /** "Oct" / "oct." (axis ticks). */
  month(at: Date): string;
  /** "Jan 2024" / "janv. 2024" (axis ticks). */
  monthYear(at: Date): string;
  /** "2024" (axis ticks). */
  year(at: Date): string;
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

interface IntlService {
  supportedLocalesOf(locales: string): string[];
}

/**
 * The table's own words for each Intl service this engine has no data for in the locale
 * (Chromium has none for Armenian), `undefined` where Intl knows it: Intl stays the first choice.
 * A locale that neither Intl nor the table knows is formatted in the engine's default locale,
 * with one warning.
 */
function wordsFor(locale: ResolvedLocale) {
  const known = (service: IntlService) => service.supportedLocalesOf(locale.intl).length > 0;
  const services: Record<"dates" | "numbers" | "lists", IntlService> = {
    dates: Intl.DateTimeFormat,
    numbers: Intl.NumberFormat,
    lists: Intl.ListFormat,
  };
  const own = locale.messages.formats;
  const missing = Object.values(services).some((service) => !known(service));
  if (missing && !own) warnOnce("figure", warnings.noIntlData(locale.intl, locale.table));
  return {
    dates: known(services.dates) ? undefined : own,
    numbers: known(services.numbers) ? undefined : own,
    lists: known(services.lists) ? undefined : own,
  };
}

function createFormatters(locale: ResolvedLocale): Formatters {
  const tag = locale.intl;
  const words = wordsFor(locale);
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
  const listFormat = new Intl.ListFormat(tag, { type: "conjunction", style: "long" });
  const list = words.lists?.list ?? ((items: readonly string[]) => listFormat.format(items));
  const plurals = new Intl.PluralRules(tag);
  const percentFormat = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const own = words.numbers;
  // Older ICU versions group French digits with U+00A0 or a plain space; the French norm
  // (and Node 20 / current Chromium) is U+202F, so normalize to it everywhere.
  const number = own
    ? (value: number) => ownNumber(own, value, 0)
    : french
      ? (value: number) => numberFormat.format(value).replace(/[\u00a0 ]/g, NARROW_NBSP)
      : (value: number) => numberFormat.format(value);
  const percent = own
    ? (share: number) => own.percent(ownNumber(own, share * 100, 1))
    : french
      ? (share: number) => percentFormat.format(share).replace(/[\u00a0 ]/g, NARROW_NBSP)
      : (share: number) => percentFormat.format(share);
  const dates = words.dates;
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
      if (dates) {
        const p = {
          year: String(at.getUTCFullYear()),
          month: at.getUTCMonth(),
          day: String(at.getUTCDate()),
        };
        return d
          ? dates.dayMonthYear(p.day, monthName(dates, p.month, "short"), p.year, false)
          : dates.monthYear(monthName(dates, p.month, "longAlone"), p.year, true);
      }
      const text = d ? day.format(at) : month.format(at);
      return french ? text.replace(/[\u00a0]/g, " ") : text;
    },
    list,
    plural: (count) => plurals.select(count),
    percent,
    local: (timeZone) => {
      let zoned = locals.get(timeZone);
      if (!zoned) {
        zoned = dates ? ownLocalTimeFormatters(dates, timeZone) : createLocalTimeFormatters(tag, timeZone);
        locals.set(timeZone, zoned);
      }
      return zoned;
    },
  };
}

function createLocalTimeFormatters(tag: string, timeZone: string): LocalTimeFormatters {
  const make = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { timeZone, ...o });
  const dayMonth = make({ day: "numeric", month: "short" });
  const day = make({ day: "numeric", month: "short", year: "numeric" });
  const time = make({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const long = make({ day: "numeric", month: "long" });
  const longYear = make({ day: "numeric", month: "long", year: "numeric" });
  const month = make({ month: "short" });
  const monthYear = make({ month: "short", year: "numeric" });
  const year = make({ year: "numeric" });
  return {
    dayMonth: (at) => dayMonth.format(at),
    day: (at) => day.format(at),
    dateTime: (at) => `${day.format(at)}, ${time.format(at)}`,
    longDay: (at, withYear) => (withYear ? longYear : long).format(at),
    time: (at) => time.format(at),
    month: (at) => month.format(at),
    monthYear: (at) => monthYear.format(at),
    year: (at) => year.format(at),
    utcOffset: (at) => utcOffsetLabel(at, timeZone),
  };
}

// ---------------------------------------------------------------- without Intl's data for a locale

const monthName = (words: FormatWords, month: number, form: keyof FormatWords["months"]) =>
  words.months[form][month] ?? String(month + 1);

/**
 * A number in the table's separators: Intl (in English, which every engine has) rounds it and
 * gives its digits, the table says how they are grouped and separated.
 */
function ownNumber(words: FormatWords, value: number, fractionDigits: number): string {
  const parts = plainDigits(fractionDigits).formatToParts(value);
  const integer = parts.find((p) => p.type === "integer")?.value ?? "";
  const fraction = parts.find((p) => p.type === "fraction")?.value;
  const sign = parts.find((p) => p.type === "minusSign") ? "-" : "";
  let grouped = integer;
  if (integer.length >= 3 + words.minimumGroupingDigits)
    grouped = integer.replace(/\B(?=(\d{3})+$)/g, words.group);
  return `${sign}${grouped}${fraction ? `${words.decimal}${fraction}` : ""}`;
}

const digitFormats = new Map<number, Intl.NumberFormat>();
function plainDigits(fractionDigits: number): Intl.NumberFormat {
  let format = digitFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("en", {
      useGrouping: false,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: Math.max(1, fractionDigits),
    });
    digitFormats.set(fractionDigits, format);
  }
  return format;
}

/** The wall-clock parts of instants in a zone, from Intl in English (zones are every engine's). */
function zonedParts(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return (at: Date) => {
    const p = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return {
      year: String(p.year),
      month: Number(p.month) - 1,
      day: String(p.day),
      time: `${p.hour}:${p.minute}`,
    };
  };
}

function ownLocalTimeFormatters(words: FormatWords, timeZone: string): LocalTimeFormatters {
  const parts = zonedParts(timeZone);
  const day = (at: Date) => {
    const p = parts(at);
    return words.dayMonthYear(p.day, monthName(words, p.month, "short"), p.year, false);
  };
  return {
    dayMonth: (at) => {
      const p = parts(at);
      return words.dayMonth(p.day, monthName(words, p.month, "short"), false);
    },
    day,
    dateTime: (at) => `${day(at)}, ${parts(at).time}`,
    longDay: (at, withYear) => {
      const p = parts(at);
      const month = monthName(words, p.month, "long");
      return withYear ? words.dayMonthYear(p.day, month, p.year, true) : words.dayMonth(p.day, month, true);
    },
    time: (at) => parts(at).time,
    month: (at) => monthName(words, parts(at).month, "shortAlone"),
    monthYear: (at) => {
      const p = parts(at);
      return words.monthYear(monthName(words, p.month, "shortAlone"), p.year, false);
    },
    year: (at) => parts(at).year,
    utcOffset: (at) => utcOffsetLabel(at, timeZone),
  };
}

/** Publishers for a table cell: "Reuters; AFP", each named once however many of its sources. */
export const joinPublishers = (names: readonly unknown[]): string =>
  [...new Set(names.map(String))].join("; ");
