import { countries } from "./generated/countries";
import type { LocalizedText } from "./types";

/** One ISO 3166-1 country, as the map and the reactions table need it. */
export interface Country {
  /** ISO 3166-1 alpha-3, upper case: "ARM". */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2, upper case, the region code Intl.DisplayNames takes: "AM". */
  readonly iso2: string;
  /** ISO 3166-1 numeric as a 3-digit string, the feature id in world-atlas: "051". */
  readonly numeric: string;
  /** Name from the i18n-iso-countries library, in French and English. */
  readonly name: LocalizedText;
}

export { countries };

// Built on first use, not at load: the charts' split script-tag bundle reads the table from a
// separate file that may load after this code, and a page that never names a country skips it.
let byIso3: ReadonlyMap<string, Country> | undefined;
let byNumeric: ReadonlyMap<string, Country> | undefined;

/**
 * The country of an ISO 3166-1 alpha-3 code, or `undefined` for a code that is not one.
 *
 * @example
 * countryByIso3("ARM")?.numeric; // "051"
 */
export function countryByIso3(iso3: string): Country | undefined {
  byIso3 ??= new Map(countries.map((c) => [c.iso3, c]));
  return byIso3.get(iso3);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a country in `locale` (a BCP 47 tag), or `undefined` for a code that is not
 * ISO 3166-1: the table's own name where it has one in that locale (French and English, from
 * i18n-iso-countries), else `Intl.DisplayNames` for the locale ("hy", "ru", "de-AT"...).
 * `intlLocale` (default `locale`) is the tag Intl.DisplayNames gets: a chart asked for "fr-CA"
 * reads the table's "fr" name, and would ask Intl for "fr-CA". An invalid tag throws Intl's
 * RangeError.
 *
 * @example
 * countryName("ARM", "fr"); // "Arménie"
 * countryName("ARM", "ru"); // "Армения"
 */
export function countryName(iso3: string, locale = "en", intlLocale = locale): string | undefined {
  const country = countryByIso3(iso3);
  if (!country) return undefined;
  if (Object.hasOwn(country.name, locale)) return country.name[locale];
  let names = regionNames.get(intlLocale);
  if (!names) {
    names = new Intl.DisplayNames(intlLocale, { type: "region", fallback: "none" });
    regionNames.set(intlLocale, names);
  }
  return names.of(country.iso2);
}

/**
 * The country of an ISO 3166-1 numeric code, as world-atlas uses for feature ids ("051" or 51).
 *
 * @example
 * countryByNumeric("031")?.iso3; // "AZE"
 */
export function countryByNumeric(id: string | number): Country | undefined {
  const key = typeof id === "number" ? String(id).padStart(3, "0") : id;
  byNumeric ??= new Map(countries.map((c) => [c.numeric, c]));
  return byNumeric.get(key);
}

/**
 * ISO codes used in the dataset (or likely in any reactions map of this conflict) that have no
 * feature in world-atlas `countries-110m`, with the reason. A chart lists them beside the map
 * instead of dropping them silently.
 */
export const UNMAPPED_ISO3: Readonly<Record<string, string>> = {
  AND: "too small for the 1:110m map",
  BHR: "too small for the 1:110m map",
  LIE: "too small for the 1:110m map",
  MCO: "too small for the 1:110m map",
  MDV: "too small for the 1:110m map",
  MLT: "too small for the 1:110m map",
  SGP: "too small for the 1:110m map",
  SMR: "too small for the 1:110m map",
  VAT: "too small for the 1:110m map",
};
