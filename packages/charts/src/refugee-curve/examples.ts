/**
 * Named inputs of `refugeeCurve()`, shared by the stories and the snapshot tests.
 * Examples whose name starts with "warn" are expected to print a console warning.
 */
import type { Claimant, RefugeeCount, Source, Story, TimelineEvent } from "@karabakh2023/data";
import { sampleStory } from "../sample-story.js";
import type { RefugeeCurveOptions } from "./options.js";

export interface RefugeeCurveExample {
  readonly name: string;
  readonly description: string;
  /** `undefined`: the default story; an array: counts drawn with the default story's vocabulary. */
  readonly data?: Story | readonly RefugeeCount[];
  readonly options: Omit<RefugeeCurveOptions, "document">;
}

// ---------------------------------------------------------------- a custom dataset of the same shape
// Counts as reported on 29 September 2023 by the Armenian government's spokesperson and by
// UNHCR, charted with their own claimants, events and sources.

const customSources: readonly Source[] = [
  {
    id: "custom-un-geneva-2023-09-29",
    publisher: "UN Geneva",
    title: "Press briefing by UNHCR, 29 September 2023",
    url: "https://www.ungeneva.org/en/news-media/press-briefings",
    urlKind: "site",
    published: "2023-09-29",
    accessed: "2025-11-20",
    language: "en",
  },
  {
    id: "custom-franceinfo-2023-09-29",
    publisher: "franceinfo",
    title: "Haut-Karabakh : plus de 88 000 réfugiés arrivés en Arménie",
    url: "https://www.francetvinfo.fr/monde/",
    urlKind: "site",
    published: "2023-09-29",
    accessed: "2025-11-20",
    language: "fr",
  },
];

const customClaimants: readonly Claimant[] = [
  {
    id: "spokesperson",
    name: { en: "Armenian government spokesperson", fr: "Porte-parole du gouvernement arménien" },
    party: "armenia",
    sources: ["custom-franceinfo-2023-09-29"],
  },
  {
    id: "unhcr",
    name: { en: "UNHCR", fr: "HCR" },
    sources: ["custom-un-geneva-2023-09-29"],
  },
];

const count = (
  id: string,
  date: string,
  time: Pick<RefugeeCount, "timeLocal" | "timeOfDay">,
  value: number,
  claimant: string,
  qualifier: RefugeeCount["qualifier"] = "exact",
): RefugeeCount => ({
  id,
  date,
  ...time,
  value,
  qualifier,
  metric: "arrived-in-armenia",
  claimant,
  certainty: "medium",
  sources: [claimant === "unhcr" ? "custom-un-geneva-2023-09-29" : "custom-franceinfo-2023-09-29"],
});

export const customRefugees: readonly RefugeeCount[] = [
  count("c-0928-2000", "2023-09-28", { timeLocal: "20:00" }, 76_407, "spokesperson"),
  count("c-0928-2200", "2023-09-28", { timeLocal: "22:00" }, 78_354, "spokesperson"),
  count("c-0929-0600", "2023-09-29", { timeLocal: "06:00" }, 84_770, "spokesperson"),
  count("c-0929-0800", "2023-09-29", { timeLocal: "08:00" }, 86_560, "spokesperson"),
  count("c-0929-1000", "2023-09-29", { timeLocal: "10:00" }, 88_780, "spokesperson"),
  count("c-0929-unhcr-am", "2023-09-29", { timeOfDay: "morning" }, 88_000, "unhcr", "more-than"),
  count("c-0929-1800", "2023-09-29", { timeLocal: "18:00" }, 97_735, "spokesperson"),
  count("c-0929-2000", "2023-09-29", { timeLocal: "20:00" }, 98_625, "spokesperson"),
  count("c-0929-unhcr-pm", "2023-09-29", { timeOfDay: "evening" }, 100_000, "unhcr", "more-than"),
];

const customEvents: readonly TimelineEvent[] = [
  {
    id: "unhcr-briefing",
    date: "2023-09-29",
    timeLocal: "13:00",
    kind: "humanitarian",
    label: { en: "UNHCR briefing in Geneva", fr: "Point de presse du HCR à Genève" },
    verification: "verified",
    sources: ["custom-un-geneva-2023-09-29"],
  },
];

const customOptions: Omit<RefugeeCurveOptions, "document"> = {
  claimants: ["spokesperson"],
  claimantNames: customClaimants,
  events: customEvents,
  annotations: ["unhcr-briefing"],
  sources: customSources,
  domain: ["2023-09-28", "2023-09-30"],
  title: "Thirty hours of the exodus",
  population: false,
};

// ---------------------------------------------------------------- hostile input: text, never markup

const LONG = "A very long claimant name that goes on and on ".repeat(6).trim();
const hostileClaimants: readonly Claimant[] = [
  {
    id: "hostile",
    name: { en: `<script>alert("en")</script> ${LONG}`, fr: `<script>alert("fr")</script> ${LONG}` },
    sources: ["custom-un-geneva-2023-09-29"],
  },
  {
    id: "other",
    name: { en: '<img src=x onerror="alert(1)">', fr: '<img src=x onerror="alert(1)">' },
    sources: ["custom-un-geneva-2023-09-29"],
  },
];

const hostileRefugees: readonly RefugeeCount[] = [
  {
    ...count("h1", "2023-09-25", { timeLocal: "12:00" }, 4_850, "hostile"),
    note: { en: "<b>bold</b>", fr: "<b>gras</b>" },
  },
  count("h2", "2023-09-27", { timeOfDay: "evening" }, 50_243, "hostile"),
  count("h3", "2023-09-27", { timeLocal: "15:00" }, 50_000, "other", "more-than"),
];

const hostileEvents: readonly TimelineEvent[] = [
  {
    id: "x",
    date: "2023-09-26",
    kind: "political",
    label: {
      en: `<script>document.title="pwned"</script> ${LONG}`,
      fr: `<script>document.title="pwned"</script> ${LONG}`,
    },
    verification: "disputed",
    sources: ["javascript-source"],
  },
];

const hostileSources: readonly Source[] = [
  ...customSources,
  {
    id: "javascript-source",
    publisher: "<a href='javascript:alert(1)'>click</a>",
    title: "</figure><script>alert(2)</script>",
    url: "javascript:alert(3)",
    urlKind: "article",
    accessed: "2025-11-20",
    language: "en",
  },
];

// ---------------------------------------------------------------- the examples

export const refugeeCurveExamples: readonly RefugeeCurveExample[] = [
  { name: "default", description: "The dataset's counts with every default.", options: {} },
  { name: "fr", description: "In French: narrow no-break spaces, French dates.", options: { locale: "fr" } },
  { name: "dark", description: "Dark theme.", options: { theme: "dark" } },
  {
    name: "mobile-320",
    description: "320 px wide: fewer ticks, annotations stacked and shortened.",
    options: { width: 320 },
  },
  { name: "no-annotations", description: "Without event annotations.", options: { annotations: false } },
  {
    name: "no-population-line",
    description: "Without the pre-war population reference line.",
    options: { population: false },
  },
  {
    name: "one-point",
    description: "A single count: a marker, no line.",
    data: [count("one", "2023-09-24", { timeLocal: "18:00" }, 377, "spokesperson")],
    options: {
      claimantNames: customClaimants,
      sources: customSources,
      population: false,
      annotations: false,
    },
  },
  {
    name: "empty",
    description: "No counts: an explicit message instead of a blank plot.",
    data: [],
    options: {},
  },
  {
    name: "hostile",
    description: "Names, notes, labels and sources carrying markup and very long text: shown as text.",
    data: hostileRefugees,
    options: {
      claimants: ["hostile"],
      claimantNames: hostileClaimants,
      events: hostileEvents,
      annotations: ["x"],
      sources: hostileSources,
      notes: ["<script>alert(4)</script>"],
      title: "<em>Not emphasised</em>",
      population: false,
    },
  },
  {
    name: "highlight",
    description: "UNHCR's counts highlighted: the rest drawn faint, the summary names them.",
    options: { highlight: ["unhcr"] },
  },
  {
    name: "sample-story",
    description:
      "The illustrative sample story (invented figures): its own metric, claimants and events, in Central European time with the clocks going forward on 27 March inside the window.",
    data: sampleStory,
    options: {},
  },
  {
    name: "custom",
    description: "A custom dataset of the same shape, with its own claimants, events and sources.",
    data: customRefugees,
    options: customOptions,
  },
];

/** The same examples by name, the shape scripts/render-png.ts and the stories read. */
export const examples: Readonly<Record<string, RefugeeCurveExample>> = Object.fromEntries(
  refugeeCurveExamples.map((e) => [e.name, e]),
);
