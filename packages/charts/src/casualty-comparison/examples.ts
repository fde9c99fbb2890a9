/**
 * Named example inputs, shared by the stories, the snapshot tests and the screenshots. The
 * Karabakh examples draw the shipped dataset (one policy for every casualty snapshot, issue
 * #15): a change of the data shows up as a snapshot diff to review. Hand-typed records are kept
 * only where they exercise what the data cannot (hostile text, records that cannot be drawn,
 * edge cases), and their sources resolve in the example's own source list.
 */
import { type CasualtyClaim, type Claimant, casualties, type Source, type Story } from "@karabakh2023/data";
import { sampleStory } from "../sample-story.js";
import type { CasualtyComparisonOptions } from "./options.js";

/** A shipped claim by id (throws if the data lost it, so an example never silently changes). */
function shipped(id: string): CasualtyClaim {
  const claim = casualties.find((c) => c.id === id);
  if (!claim) throw new Error(`examples: no claim "${id}" in the dataset`);
  return claim;
}

const source = (id: string, publisher: string, title: string, url: string): Source => ({
  id,
  publisher,
  title,
  url,
  urlKind: "site",
  published: "2023-09-20",
  accessed: "2025-01-15",
  language: "en",
});

/** Names, sources and data that try to inject markup or script, and names far too long. */
const hostileSources: readonly Source[] = [
  source(
    "ex-hostile",
    '<img src=x onerror=alert(1)> "Publisher"',
    "<script>alert(1)</script>",
    "https://example.org/a",
  ),
  { ...source("ex-js", "javascript: link", "A title", "https://example.org/"), url: "javascript:alert(1)" },
];
const hostileClaimants: readonly Claimant[] = [
  {
    id: "hostile",
    name: { en: "<img src=x onerror=alert(1)>", fr: "<img src=x onerror=alert(1)>" },
    sources: ["ex-hostile"],
  },
  {
    id: "long",
    name: {
      en: "The Extraordinarily Long-Named Interdepartmental Commission for the Documentation of Casualties and Missing Persons of the Republic",
      fr: "La commission interministérielle extraordinairement longuement nommée chargée de la documentation des victimes et des personnes disparues",
    },
    sources: ["ex-js"],
  },
  {
    id: "unbroken",
    name: {
      en: "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      fr: "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    },
    sources: ["ex-js"],
  },
];
const hostileClaims: readonly CasualtyClaim[] = [
  { ...shipped("artsakh-killed-213"), id: "<script>", claimant: "hostile", sources: ["ex-hostile"] },
  { ...shipped("az-military-killed-192"), id: "long", claimant: "long", sources: ["ex-js"] },
  {
    ...shipped("combined-killed-nearly-600"),
    id: "unbroken",
    value: 100417,
    qualifier: "about",
    claimant: "unbroken",
    sources: ["ex-js"],
  },
];

/**
 * The sample story with a tally across incidents (an incident of role "aggregate"), drawn after
 * the chosen incident's sides in its own group, never summed with them.
 */
const sampleWithTally: Story = {
  ...sampleStory,
  vocabulary: {
    ...sampleStory.vocabulary,
    incidents: [
      ...sampleStory.vocabulary.incidents,
      { id: "whole-crisis", role: "aggregate", label: { en: "The whole crisis", fr: "Toute la crise" } },
    ],
  },
  casualties: [
    ...sampleStory.casualties,
    {
      id: "crisis-dead-aid",
      party: "all-parties",
      category: "total",
      metric: "dead",
      value: 260,
      qualifier: "about",
      asOf: "2022-03-30",
      claimant: "aid-network",
      incident: "whole-crisis",
      certainty: "low",
      sources: ["sample-dataset"],
    },
  ],
};

export interface CasualtyExample {
  /** A story, an array of claims of the default story, or undefined (the shipped dataset). */
  readonly data?: Story | readonly CasualtyClaim[];
  /** Options without `document` (the caller adds it). */
  readonly options: Omit<CasualtyComparisonOptions, "document">;
}

/** Every named example. Names starting with "warn" are expected to print warnings. */
export const examples = {
  default: { options: {} },
  fr: { options: { locale: "fr" } },
  dark: { options: { theme: "dark" } },
  "mobile-320": { options: { width: 320 } },
  wounded: { options: { metric: "wounded" } },
  "fuel-depot": { options: { incident: "fuel-depot-explosion" } },
  "mine-blasts": { options: { incident: "pretext-mine-blasts" } },
  highlight: {
    // A claim id and a claimant id: the final Armenian toll and everything the Health Ministry said.
    options: { highlight: ["artsakh-killed-223", "az-health-ministry"] },
  },
  "no-legend": { options: { legend: false } },
  "height-400": { options: { incident: "fuel-depot-explosion", height: 400 } },
  "one-claim": { data: [shipped("az-military-killed-192")], options: {} },
  empty: { data: [], options: {} },
  "no-claims-for-selection": { options: { incident: "exodus", metric: "killed" } },
  hostile: {
    data: hostileClaims,
    options: { sources: hostileSources, claimantNames: hostileClaimants, notes: ["<b>not bold</b>"] },
  },
  "sample-story": { data: sampleStory, options: {} },
  "sample-story-fr": { data: sampleStory, options: { locale: "fr", width: 320 } },
  "sample-story-tally": { data: sampleWithTally, options: {} },
  "warn-unusable-records": {
    data: [
      shipped("az-military-killed-192"),
      shipped("az-civilian-killed-1"),
      { ...shipped("artsakh-killed-213"), id: "negative", value: -3 },
      { ...shipped("artsakh-killed-223"), id: "nan", value: Number.NaN },
      { ...shipped("artsakh-killed-200-0920"), id: "unknown-claimant", claimant: "nobody" },
      { ...shipped("artsakh-killed-25-0919"), id: "unknown-party", party: "sudan" },
    ],
    options: {},
  },
  "warn-nothing-drawable": {
    // Records of another story passed without their vocabulary: said on the chart, not "no claims".
    data: sampleStory.casualties,
    options: {},
  },
} satisfies Record<string, CasualtyExample>;

export type CasualtyExampleName = keyof typeof examples;
