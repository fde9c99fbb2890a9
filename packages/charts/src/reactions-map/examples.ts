/**
 * Named example inputs of `reactionsMap()`, shared by the stories and the snapshot tests.
 * Examples whose name starts with "warn" are expected to print a warning.
 */
import type { Reaction, Source, Story } from "@karabakh2023/data";
import { sampleStory } from "../sample-story.js";
import type { ReactionsMapOptions } from "./options.js";

export interface ReactionsMapExample {
  readonly data?: Story | readonly Reaction[];
  readonly options?: ReactionsMapOptions;
}

const base = {
  date: "2023-09-20",
  speaker: { fr: "Ministère des Affaires étrangères", en: "Ministry of Foreign Affairs" },
  summary: { fr: "Déclaration d’exemple.", en: "Example statement." },
  sources: ["example-source"],
} as const;

/** The source registry of the examples below (an https link and, in `hostile`, a javascript: one). */
export const exampleSources: readonly Source[] = [
  {
    id: "example-source",
    publisher: "Example Wire",
    title: "Example statement",
    url: "https://example.org/statement",
    urlKind: "article",
    accessed: "2024-01-15",
    language: "en",
  },
];

const hostileSources: readonly Source[] = [
  { ...(exampleSources[0] as Source), publisher: "<b>Evil</b> Wire", url: "javascript:alert(1)" },
];

/** A small dataset of the same shape as the shipped one, with its own entities. */
export const customReactions: readonly Reaction[] = [
  {
    ...base,
    id: "x-arm",
    iso3: "ARM",
    kind: "state",
    name: { fr: "Arménie", en: "Armenia" },
    category: "belligerent-artsakh",
    certainty: "high",
  },
  {
    ...base,
    id: "x-aze",
    iso3: "AZE",
    kind: "state",
    name: { fr: "Azerbaïdjan", en: "Azerbaijan" },
    category: "belligerent-azerbaijan",
    certainty: "high",
  },
  {
    ...base,
    id: "x-bra",
    iso3: "BRA",
    kind: "state",
    name: { fr: "Brésil", en: "Brazil" },
    category: "neutral-calls-for-peace",
    certainty: "medium",
  },
  {
    ...base,
    id: "x-aus",
    iso3: "AUS",
    kind: "state",
    name: { fr: "Australie", en: "Australia" },
    category: "condemns-azerbaijan",
    certainty: "low",
  },
  {
    ...base,
    id: "x-mlt",
    iso3: "MLT",
    kind: "state",
    name: { fr: "Malte", en: "Malta" },
    category: "condemns-azerbaijan",
    certainty: "medium",
  },
  {
    ...base,
    id: "x-au",
    kind: "organisation",
    name: { fr: "Union africaine", en: "African Union" },
    category: "neutral-calls-for-peace",
    certainty: "high",
  },
];

/** Codes that match no boundary: a user-assigned code, a made-up one and a lower-case one. */
export const unknownCodeReactions: readonly Reaction[] = [
  ...customReactions.slice(0, 2),
  {
    ...base,
    id: "u-kosovo",
    iso3: "XKX",
    kind: "state",
    name: { fr: "Kosovo", en: "Kosovo" },
    category: "condemns-azerbaijan",
    certainty: "medium",
  },
  {
    ...base,
    id: "u-zzz",
    iso3: "ZZZ",
    kind: "state",
    name: { fr: "Pays inconnu", en: "Unknown country" },
    category: "supports-azerbaijan",
    certainty: "low",
  },
  {
    ...base,
    id: "u-fra",
    iso3: "fra",
    kind: "state",
    name: { fr: "France", en: "France" },
    category: "condemns-azerbaijan",
    certainty: "high",
  },
];

/** Names and summaries that look like markup or formulas must come out as plain text. */
export const hostileReactions: readonly Reaction[] = [
  ...customReactions.slice(0, 2),
  {
    ...base,
    id: "h-org",
    kind: "organisation",
    name: { fr: `<img src=x onerror="alert(1)">`, en: `<script>alert("x")</script>` },
    speaker: { fr: '=HYPERLINK("https://evil.example")', en: '=HYPERLINK("https://evil.example")' },
    summary: { fr: "</text><foreignObject>", en: "javascript:alert(1)" },
    category: "condemns-azerbaijan",
    certainty: "low",
  },
];

export const examples: Readonly<Record<string, ReactionsMapExample>> = {
  default: {},
  fr: { options: { locale: "fr" } },
  dark: { options: { theme: "dark" } },
  mobile320: { options: { width: 320 } },
  /** Wide enough for the inset to sit on the map, over the ocean. */
  wide1024: { options: { width: 1024 } },
  noInset: { options: { inset: false } },
  noDots: { options: { smallStateDots: false } },
  categoriesSubset: { options: { categories: ["condemns-azerbaijan", "supports-azerbaijan"] } },
  mercator: { options: { projection: "mercator" } },
  empty: { data: [] },
  warnUnknownCodes: { data: unknownCodeReactions, options: { sources: exampleSources } },
  hostile: {
    data: hostileReactions,
    options: { sources: hostileSources, title: `<b onclick="x()">Title</b>`, notes: ["<i>note</i>"] },
  },
  custom: { data: customReactions, options: { sources: exampleSources, title: "Custom dataset" } },
  highlight: { options: { highlight: ["FRA", "TUR"] } },
  noLegend: { options: { legend: false } },
  height: { options: { height: 200 } },
  /** The illustrative second story: its own categories, region and titles. */
  "sample-story": { data: sampleStory },
  "sample-story-wide": { data: sampleStory, options: { width: 1024 } },
};
