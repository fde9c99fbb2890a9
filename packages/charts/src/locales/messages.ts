/**
 * The shape of a message table: every word a reader sees or hears, in one locale. One table per
 * locale (`locales/<tag>.ts`), checked by this type, so a missing key is a compile error; a table
 * a caller registers at run time is checked against the English one (`registerLocale()`).
 * Charts keep their own keys in their group (`casualty`, `curve`, `map`); the figure chrome's are
 * in `chrome`. Errors and warnings, for programmers, are not here: they are in `messages.ts`.
 */
import type {
  Certainty,
  EntityKind,
  EventKind,
  Qualifier,
  Source,
  TimeOfDay,
  Verification,
} from "@karabakh2023/data";
import type { CasualtyText } from "../casualty-comparison/text.js";
import type { ReactionsMapText } from "../reactions-map/text.js";
import type { RefugeeCurveText } from "../refugee-curve/text.js";

/** The figure's own words around every chart: source line, notes, legend, table, keyboard. */
export interface ChromeText {
  source: string;
  sources: string;
  /** Last item of a shortened source line: "12 more" / "12 autres". */
  moreSources: (count: number) => string;
  /** Summary of the collapsed full source list. */
  allSources: (count: number) => string;
  /** A source without a publication date: when it was consulted. */
  accessed: (date: string) => string;
  /** Text of a source's link when its title cannot carry it: the article, or the publisher's site. */
  sourceLink: Record<Source["urlKind"], string>;
  /** A title (a source's, a chart's) in quotation marks: “…” / «\u202f…\u202f». */
  quote: (text: string) => string;
  /** Ends a sentence the chrome composes (a source-list entry, the map's list of categories): "." / "։". */
  fullStop: string;
  notes: string;
  legend: string;
  getTheData: string;
  dataTable: string;
  dataTableCaption: (title: string) => string;
  noData: string;
  keyboardHint: (count: number) => string;
  pointPosition: (index: number, count: number) => string;
  /** Shown by `<karabakh-chart>` above the technical reason when it cannot draw its chart. */
  cannotDraw: string;
}

/** Reader names of the generic vocabulary every story shares. */
export interface GenericLabels {
  qualifier: Record<Qualifier, string>;
  certainty: Record<Certainty, string>;
  entityKind: Record<EntityKind, string>;
  eventKind: Record<EventKind, string>;
  verification: Record<Verification, string>;
  timeOfDay: Record<TimeOfDay, string>;
}

/** Twelve month names, January first. */
export type MonthNames = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/**
 * What `Intl` knows of a locale, written out for engines that ship without its data: Chromium
 * has no Armenian (`Intl.DateTimeFormat.supportedLocalesOf(["hy"])` is `[]`), so without these
 * words an Armenian reader would read "27 Sept 2023". Used for an Intl service
 * (`DateTimeFormat`, `NumberFormat`, `ListFormat`) only when that service's `supportedLocalesOf`
 * does not list the locale; written from CLDR, so the two read alike (`tests/charts/format-fallback.test.ts`).
 */
export interface FormatWords {
  months: {
    /** Abbreviated, in a date with its day: "27 сент.", "27 мая". */
    short: MonthNames;
    /** Abbreviated, alone or with the year only (axis ticks): "май", "сент. 2023 г.". */
    shortAlone: MonthNames;
    /** In full, in a date with its day: "27 сентября". */
    long: MonthNames;
    /** In full, alone or with the year only: "сентябрь 2023 г.". */
    longAlone: MonthNames;
  };
  /** A day and its month (from `months.short`, or `months.long` when `long`): "27 սեպ", "սեպտեմբերի 27". */
  dayMonth: (day: string, month: string, long: boolean) => string;
  /** The same with the year: "27 սեպ, 2023 թ.", "27 сентября 2023 г.". */
  dayMonthYear: (day: string, month: string, year: string, long: boolean) => string;
  /** A month (`months.shortAlone` or `months.longAlone`) and its year: "2023 թ․ սեպտեմբեր", "сент. 2023 г.". */
  monthYear: (month: string, year: string, long: boolean) => string;
  /** Decimal separator: ",". */
  decimal: string;
  /** Digit group separator: U+00A0 in Armenian and Russian. */
  group: string;
  /** Fewest digits in front of the first group for grouping to apply: 2 in Armenian ("1000", "12 345"), 1 in Russian ("1 000"). */
  minimumGroupingDigits: number;
  /** A formatted number as a percentage: "83,9%" / "83,9 %". */
  percent: (number: string) => string;
  /** A list joined with "and": "ա, բ և գ" / "а, б и в". */
  list: (items: readonly string[]) => string;
}

export interface Messages {
  /**
   * The Intl tag that formats numbers and dates when the table is asked for by its own tag:
   * "en-GB" for `en` (British "21 Sept"). Asked for by another tag ("en-AU"), Intl gets that tag.
   * Default: the table's tag.
   */
  intl?: string;
  /**
   * Month names, date orders and separators for engines whose Intl has no data for this locale
   * (see `FormatWords`). Default: none; such an engine then formats in its own default locale
   * and the chart warns once.
   */
  formats?: FormatWords;
  chrome: ChromeText;
  /** A number with its qualifier, as a phrase: "at least 200" / "au moins 200". */
  qualified: Record<Qualifier, (number: string) => string>;
  labels: GenericLabels;
  casualty: CasualtyText;
  curve: RefugeeCurveText;
  map: ReactionsMapText;
}

/** "a, b and c" with the table's word for "and", for `FormatWords.list`: `joinList(items, "և")`. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

type PluralForms<T> = { other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

/**
 * Plural forms through `Intl.PluralRules`: `const p = plural("ru"); p(3, { one: "точка", few:
 * "точки", many: "точек", other: "точки" })` → "точки". The rules are made on first use (the
 * first Intl object of a page is expensive).
 */
export function plural(tag: string): <T>(count: number, forms: PluralForms<T>) => T {
  let rules: Intl.PluralRules | undefined;
  return (count, forms) => {
    rules ??= new Intl.PluralRules(tag);
    return forms[rules.select(count)] ?? forms.other;
  };
}
