/**
 * Locale-aware formatting through Intl, one formatter per locale created once and reused
 * (the first Intl formatter in a page is expensive; see TOOLCHAIN.md).
 */
import type { IsoDate, Locale, Qualifier } from "@karabakh2023/data";
import { qualifierText } from "../messages.js";

/** The Intl locale behind each chart locale: British English gives "28 Sept 2023". */
const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

const NARROW_NBSP = "\u202f";

export interface Formatters {
  readonly locale: Locale;
  /** 100417 → "100 417" (U+202F) in French, "100,417" in English. */
  number(value: number): string;
  /** A number with its qualifier kept: ("at-least", 200) → "at least 200" / "au moins 200". */
  qualified(value: number, qualifier: Qualifier): string;
  /** An ISO date of any precision: "2023-09-28" → "28 Sept 2023"; "2024-01" → "January 2024". */
  date(iso: IsoDate): string;
  /** ["a", "b", "c"] → "a, b and c" / "a, b et c". */
  list(items: readonly string[]): string;
}

const cache = new Map<Locale, Formatters>();

/** The cached formatters of a locale. */
export function formatters(locale: Locale): Formatters {
  let f = cache.get(locale);
  if (!f) {
    f = createFormatters(locale);
    cache.set(locale, f);
  }
  return f;
}

function createFormatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const month = new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" });
  const list = new Intl.ListFormat(tag, { type: "conjunction", style: "long" });
  // Older ICU versions group French digits with U+00A0 or a plain space; the French norm
  // (and Node 20 / current Chromium) is U+202F, so normalize to it everywhere.
  const number =
    locale === "fr"
      ? (value: number) => numberFormat.format(value).replace(/[\u00a0 ]/g, NARROW_NBSP)
      : (value: number) => numberFormat.format(value);
  return {
    locale,
    number,
    qualified: (value, qualifier) => (qualifierText[locale][qualifier] ?? String)(number(value)),
    date(iso) {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
      if (!m) return iso;
      const [, y, mo, d] = m;
      if (!mo) return String(y);
      const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
      if (Number.isNaN(at.getTime())) return iso;
      const text = d ? day.format(at) : month.format(at);
      return locale === "fr" ? text.replace(/[\u00a0]/g, " ") : text;
    },
    list: (items) => list.format(items),
  };
}
