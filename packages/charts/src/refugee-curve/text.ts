/**
 * The reader text of `refugeeCurve()` in French and English. Nothing here names a story: the
 * destination and the wording come from the story (its titles, its metric's label, its time
 * zone's name), this table only joins them. French typography: U+00A0 before ":" and U+202F
 * before ";".
 */
import type { Locale } from "@karabakh2023/data";

export interface SummaryParts {
  /** The metric's label, from the story's vocabulary: "Crossed the border (cumulative)". */
  readonly metric: string;
  readonly first: string;
  readonly last: string;
  readonly count: string;
  readonly claimant: string;
  readonly share?: string;
  readonly population?: string;
  readonly others: number;
  readonly single: boolean;
}

export interface RefugeeCurveText {
  /** Subtitle when the story gives none. */
  defaultSubtitle: string;
  /** The story's (or default) subtitle followed by the time zone: "…; Central European time (UTC+1)". */
  subtitle: (base: string, zone: string) => string;
  /** A zone with the offsets in force: "Central European time (UTC+1 → UTC+2)". */
  zone: (name: string, offsets: string) => string;
  xLabel: (zone: string) => string;
  approximate: (partOfDay: string) => string;
  timeNotReported: string;
  /** The population reference line: "Population before: ≈ 120,000". */
  population: (value: string) => string;
  /** The share of that population the main series reached: "83.9% counted". */
  reached: (share: string) => string;
  hollow: string;
  pointLabel: (claimant: string, count: string, when: string) => string;
  /** A clock time in the tooltip: "26 Mar 2022, 12:00 (Central European time)". */
  at: (dateTime: string, zone: string) => string;
  columns: (zone: string) => readonly [string, string, string, string, string, string];
  summary: (p: SummaryParts) => string;
  /** The summary's sentence naming the highlighted claimants and counts. */
  highlighted: (names: string) => string;
  /** A highlighted count in that sentence: "25,000 on 29 Mar 2022 (Aid network)". */
  countItem: (count: string, day: string, claimant: string) => string;
  leftOut: (count: number, items: string) => string;
  /** Legend of a main series announced by several claimants of one side. */
  officialCount: (party: string) => string;
  noCounts: string;
  eventsCaption: string;
  eventColumns: (zone: string) => readonly [string, string, string, string, string];
  /** Time column of an event known only by its day. */
  wholeDay: string;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export const refugeeCurveText: Record<Locale, RefugeeCurveText> = {
  en: {
    defaultSubtitle: "Counts as reported",
    subtitle: (base, zone) => `${base}; ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (approximate time)`,
    timeNotReported: "time not reported",
    population: (value) => `Population before: ${value}`,
    reached: (share) => `${share} counted`,
    hollow: "Hollow marker: approximate time",
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => ["Date", `Time (${zone})`, "People", "Qualifier", "Claimant", "Sources"],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? last : `${first} to ${last}`}: ${count} people according to ${claimant}${
        share && population ? `, ${share} of the population before (about ${population})` : ""
      }.${others > 0 ? ` ${others} figure${others === 1 ? "" : "s"} from other sources ${others === 1 ? "is" : "are"} shown as separate markers.` : ""}`,
    highlighted: (names) => ` Highlighted: ${names}.`,
    countItem: (count, day, claimant) => `${count} on ${day} (${claimant})`,
    leftOut: (count, items) => `Outside the period shown and not drawn (${count}): ${items}.`,
    officialCount: (party) => `${party}: official running count`,
    noCounts: "No counts to show for this selection.",
    eventsCaption: "Events marked on the chart",
    eventColumns: (zone) => ["Date", `Time (${zone})`, "Label on the chart", "Event", "Sources"],
    wholeDay: "whole day",
  },
  fr: {
    defaultSubtitle: "Décomptes tels qu’annoncés",
    subtitle: (base, zone) => `${base}\u202f; ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (heure approximative)`,
    timeNotReported: "heure non précisée",
    population: (value) => `Population avant\u00a0: ${value}`,
    reached: (share) => `${share} comptés`,
    hollow: "Marqueur creux\u00a0: heure approximative",
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => [
      "Date",
      `Heure (${zone})`,
      "Personnes",
      "Précision",
      "Source de l’annonce",
      "Sources",
    ],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? `le ${last}` : `du ${first} au ${last}`}\u00a0: ${count} personnes selon ${claimant}${
        share && population ? `, soit ${share} de la population d’avant (environ ${population})` : ""
      }.${others > 0 ? ` ${others} chiffre${others === 1 ? "" : "s"} d’autres sources ${others === 1 ? "est représenté" : "sont représentés"} par des marqueurs distincts.` : ""}`,
    highlighted: (names) => ` En évidence\u00a0: ${names}.`,
    countItem: (count, day, claimant) => `${count} le ${day} (${claimant})`,
    leftOut: (count, items) =>
      `Hors de la période affichée, non représenté${count === 1 ? "" : "s"} (${count})\u00a0: ${items}.`,
    officialCount: (party) => `${party}\u00a0: décompte officiel`,
    noCounts: "Aucun décompte à afficher pour cette sélection.",
    eventsCaption: "Événements signalés sur le graphique",
    eventColumns: (zone) => ["Date", `Heure (${zone})`, "Libellé sur le graphique", "Événement", "Sources"],
    wholeDay: "toute la journée",
  },
};

/** Tick labels of a time axis in one zone (`formatters().local()` has the day formats). */
export interface TickFormats {
  /** "24 Sept" */
  readonly dayMonth: (at: Date) => string;
  /** "24 Sept 2023" */
  readonly day: (at: Date) => string;
  /** "06:00" */
  readonly time: (at: Date) => string;
  /** "Oct" / "oct." */
  readonly month: (at: Date) => string;
  /** "Jan 2024" / "janv. 2024" */
  readonly monthYear: (at: Date) => string;
  /** "2024" */
  readonly year: (at: Date) => string;
}

const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };
const tickFormats = new Map<string, Omit<TickFormats, "dayMonth" | "day">>();

/** Month, year and hour formats in a zone, made once per locale and zone. */
export function zonedTickFormats(locale: Locale, timeZone: string): Omit<TickFormats, "dayMonth" | "day"> {
  const key = `${locale} ${timeZone}`;
  let formats = tickFormats.get(key);
  if (!formats) {
    const tag = INTL_LOCALE[locale];
    const make = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { timeZone, ...o });
    const time = make({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const month = make({ month: "short" });
    const monthYear = make({ month: "short", year: "numeric" });
    const year = make({ year: "numeric" });
    formats = {
      time: (at) => time.format(at),
      month: (at) => month.format(at),
      monthYear: (at) => monthYear.format(at),
      year: (at) => year.format(at),
    };
    tickFormats.set(key, formats);
  }
  return formats;
}
