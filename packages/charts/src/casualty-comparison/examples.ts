/**
 * Named example inputs, shared by the stories and the snapshot tests. The figures are those of
 * the research notes (each claim attributed, disputed ones kept apart); the example sources
 * point at the publishers' sites when the article URL was not established.
 */
import { type CasualtyClaim, type Claimant, casualties, type Source } from "@karabakh2023/data";
import type { CasualtyComparisonOptions } from "./options.js";

const source = (id: string, publisher: string, title: string, url: string, published: string): Source => ({
  id,
  publisher,
  title,
  url,
  urlKind: url.split("/").length > 4 ? "article" : "site",
  published,
  accessed: "2025-01-15",
  language: "en",
});

export const exampleSources: readonly Source[] = [
  source(
    "ex-afp-192",
    "AFP",
    "Azerbaijan says 192 soldiers killed in Karabakh offensive",
    "https://www.afp.com/",
    "2023-09-27",
  ),
  source(
    "ex-rfi-213",
    "RFI",
    "Haut-Karabakh : le bilan s’élève à 213 morts",
    "https://www.rfi.fr/",
    "2023-09-28",
  ),
  source(
    "ex-armradio-200",
    "Armenian Public Radio",
    "At least 200 killed, over 400 wounded in Azerbaijani attack – Artsakh Ombudsman",
    "https://en.armradio.am/",
    "2023-09-20",
  ),
  source(
    "ex-rferl-223",
    "RFE/RL Azatutyun",
    "At Least 223 Karabakh Armenians Killed During Azeri Offensive",
    "https://www.azatutyun.am/amp/32762731.html",
    "2024-01-01",
  ),
  source(
    "ex-franceinfo-600",
    "franceinfo",
    "Haut-Karabakh : ces témoignages qui font craindre des crimes de guerre",
    "https://www.francetvinfo.fr/",
    "2023-09-30",
  ),
  source(
    "ex-newsaz-blasts",
    "News.az",
    "Azerbaijan initiates criminal case over Armenian terrorist act against Interior Ministry employees",
    "https://news.az/",
    "2023-09-19",
  ),
  source(
    "ex-rferl-68",
    "RFE/RL Azatutyun",
    "68 Confirmed Dead After Blast At Karabakh Fuel Depot",
    "https://www.azatutyun.am/a/32612477.html",
    "2023-09-27",
  ),
  source(
    "ex-bbc-170",
    "BBC",
    "Nagorno-Karabakh: Armenia says 100,000 refugees flee region",
    "https://www.bbc.com/",
    "2023-09-30",
  ),
  source(
    "ex-massis-218",
    "Massis Post",
    "218 Confirmed Dead In Karabakh Fuel Depot Blast",
    "https://massispost.com/",
    "2023-12-22",
  ),
];

export const exampleClaimants: readonly Claimant[] = [
  {
    id: "az-health",
    name: { en: "Azerbaijan Ministry of Health", fr: "Ministère azerbaïdjanais de la Santé" },
    party: "azerbaijan",
    sources: ["ex-afp-192"],
  },
  {
    id: "az-joint",
    name: {
      en: "Azerbaijani prosecutors, police and security service",
      fr: "Parquet, police et sécurité d’État azerbaïdjanais",
    },
    party: "azerbaijan",
    sources: ["ex-newsaz-blasts"],
  },
  {
    id: "artsakh-ombudsman",
    name: {
      en: "Artsakh ombudsman Gegham Stepanyan",
      fr: "Gegham Stepanyan, défenseur des droits de l’Artsakh",
    },
    party: "artsakh",
    sources: ["ex-armradio-200"],
  },
  {
    id: "artsakh-authorities",
    name: { en: "Nagorno-Karabakh authorities", fr: "Autorités du Haut-Karabagh" },
    party: "artsakh",
    sources: ["ex-rfi-213"],
  },
  {
    id: "am-investigative",
    name: { en: "Armenia’s Investigative Committee", fr: "Comité d’enquête d’Arménie" },
    party: "armenia",
    sources: ["ex-rferl-223"],
  },
  { id: "afp-tally", name: { en: "AFP tally", fr: "Décompte de l’AFP" }, sources: ["ex-franceinfo-600"] },
  { id: "bbc", name: { en: "BBC", fr: "BBC" }, sources: ["ex-bbc-170"] },
];

const claim = (
  id: string,
  fields: Pick<CasualtyClaim, "party" | "category" | "value" | "qualifier" | "asOf" | "claimant"> &
    Partial<Pick<CasualtyClaim, "metric" | "incident" | "certainty">> & { sources: CasualtyClaim["sources"] },
): CasualtyClaim => ({ id, metric: "killed", incident: "offensive", certainty: "high", ...fields });

/** The offensive's death tolls as claimed: 192 vs "at least 200" → 213 → 223 vs "nearly 600". */
export const exampleClaims: readonly CasualtyClaim[] = [
  claim("az-192", {
    party: "azerbaijan",
    category: "military",
    value: 192,
    qualifier: "exact",
    asOf: "2023-09-27",
    claimant: "az-health",
    sources: ["ex-afp-192"],
  }),
  claim("az-civ-1", {
    party: "azerbaijan",
    category: "civilian",
    value: 1,
    qualifier: "exact",
    asOf: "2023-09-27",
    claimant: "az-health",
    sources: ["ex-afp-192"],
  }),
  claim("art-200", {
    party: "artsakh",
    category: "all",
    value: 200,
    qualifier: "at-least",
    asOf: "2023-09-20",
    claimant: "artsakh-ombudsman",
    sources: ["ex-armradio-200"],
  }),
  claim("art-civ-10", {
    party: "artsakh",
    category: "civilian",
    value: 10,
    qualifier: "at-least",
    asOf: "2023-09-20",
    claimant: "artsakh-ombudsman",
    sources: ["ex-armradio-200"],
  }),
  claim("art-213", {
    party: "artsakh",
    category: "all",
    value: 213,
    qualifier: "exact",
    asOf: "2023-09-28",
    claimant: "artsakh-authorities",
    sources: ["ex-rfi-213"],
  }),
  claim("art-223", {
    party: "artsakh",
    category: "all",
    value: 223,
    qualifier: "exact",
    asOf: "2024",
    claimant: "am-investigative",
    sources: ["ex-rferl-223"],
  }),
  claim("all-600", {
    party: "combined",
    category: "all",
    value: 600,
    qualifier: "nearly",
    asOf: "2023-09-29",
    claimant: "afp-tally",
    certainty: "medium",
    sources: ["ex-franceinfo-600"],
  }),
  // 19 September: the mine blasts Azerbaijan gave as the reason for the offensive.
  claim("blast-police-4", {
    party: "azerbaijan",
    category: "police",
    value: 4,
    qualifier: "exact",
    asOf: "2023-09-19",
    claimant: "az-joint",
    incident: "pretext-mine-blasts",
    sources: ["ex-newsaz-blasts"],
  }),
  claim("blast-civ-2", {
    party: "azerbaijan",
    category: "civilian",
    value: 2,
    qualifier: "exact",
    asOf: "2023-09-19",
    claimant: "az-joint",
    incident: "pretext-mine-blasts",
    sources: ["ex-newsaz-blasts"],
  }),
  // 25 September: the fuel depot explosion near Stepanakert, a toll that grew for months.
  claim("depot-68", {
    party: "artsakh",
    category: "civilian",
    value: 68,
    qualifier: "at-least",
    asOf: "2023-09-26",
    claimant: "artsakh-ombudsman",
    incident: "fuel-depot-explosion",
    sources: ["ex-rferl-68"],
  }),
  claim("depot-170", {
    party: "artsakh",
    category: "civilian",
    value: 170,
    qualifier: "at-least",
    asOf: "2023-09-30",
    claimant: "bbc",
    incident: "fuel-depot-explosion",
    sources: ["ex-bbc-170"],
  }),
  claim("depot-218", {
    party: "artsakh",
    category: "civilian",
    value: 218,
    qualifier: "at-least",
    asOf: "2023-12-22",
    claimant: "am-investigative",
    incident: "fuel-depot-explosion",
    sources: ["ex-massis-218"],
  }),
  claim("depot-wounded-290", {
    party: "artsakh",
    category: "civilian",
    value: 290,
    qualifier: "exact",
    asOf: "2023-09-26",
    claimant: "artsakh-ombudsman",
    metric: "wounded",
    incident: "fuel-depot-explosion",
    sources: ["ex-rferl-68"],
  }),
  claim("az-wounded-511", {
    party: "azerbaijan",
    category: "military",
    value: 511,
    qualifier: "exact",
    asOf: "2023-09-27",
    claimant: "az-health",
    metric: "wounded",
    sources: ["ex-afp-192"],
  }),
  claim("art-wounded-400", {
    party: "artsakh",
    category: "all",
    value: 400,
    qualifier: "more-than",
    asOf: "2023-09-20",
    claimant: "artsakh-ombudsman",
    metric: "wounded",
    sources: ["ex-armradio-200"],
  }),
  claim("art-wounded-244", {
    party: "artsakh",
    category: "all",
    value: 244,
    qualifier: "exact",
    asOf: "2024",
    claimant: "am-investigative",
    metric: "wounded",
    sources: ["ex-rferl-223"],
  }),
];

/** Names, sources and data that try to inject markup or script, and names far too long. */
const hostileSources: readonly Source[] = [
  source(
    "ex-hostile",
    '<img src=x onerror=alert(1)> "Publisher"',
    "<script>alert(1)</script>",
    "https://example.org/a",
    "2023-09-20",
  ),
  {
    ...source("ex-js", "javascript: link", "A title", "https://example.org/", "2023-09-20"),
    url: "javascript:alert(1)",
  },
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
  claim("<script>", {
    party: "artsakh",
    category: "all",
    value: 213,
    qualifier: "exact",
    asOf: "2023-09-28",
    claimant: "hostile",
    sources: ["ex-hostile"],
  }),
  claim("long", {
    party: "azerbaijan",
    category: "military",
    value: 192,
    qualifier: "exact",
    asOf: "2023-09-27",
    claimant: "long",
    sources: ["ex-js"],
  }),
  claim("unbroken", {
    party: "combined",
    category: "all",
    value: 100417,
    qualifier: "about",
    asOf: "2023-09-30",
    claimant: "unbroken",
    sources: ["ex-js"],
  }),
];

export interface CasualtyExample {
  readonly data: readonly CasualtyClaim[];
  /** Options without `document` (the caller adds it). */
  readonly options: Omit<CasualtyComparisonOptions, "document">;
}

const base = { sources: exampleSources, claimantNames: exampleClaimants } as const;

/**
 * Every named example. Names starting with "warn" are expected to print warnings; "dataset…"
 * examples chart the shipped dataset (for stories and PNGs; not snapshotted, the data evolves).
 */
export const examples = {
  default: { data: exampleClaims, options: { ...base } },
  dataset: { data: casualties, options: {} },
  "dataset-fuel-depot": { data: casualties, options: { incident: "fuel-depot-explosion" } },
  "dataset-wounded": { data: casualties, options: { metric: "wounded" } },
  fr: { data: exampleClaims, options: { ...base, locale: "fr" } },
  dark: { data: exampleClaims, options: { ...base, theme: "dark" } },
  "mobile-320": { data: exampleClaims, options: { ...base, width: 320 } },
  wounded: { data: exampleClaims, options: { ...base, metric: "wounded" } },
  "fuel-depot": { data: exampleClaims, options: { ...base, incident: "fuel-depot-explosion" } },
  "mine-blasts": { data: exampleClaims, options: { ...base, incident: "pretext-mine-blasts" } },
  "one-claim": { data: exampleClaims.slice(0, 1), options: { ...base } },
  empty: { data: [], options: { ...base } },
  "no-claims-for-selection": { data: exampleClaims, options: { ...base, metric: "missing" } },
  hostile: {
    data: hostileClaims,
    options: { sources: hostileSources, claimantNames: hostileClaimants, notes: ["<b>not bold</b>"] },
  },
  "warn-unusable-records": {
    data: [
      ...exampleClaims.slice(0, 2),
      { ...exampleClaims[2], id: "negative", value: -3 } as CasualtyClaim,
      { ...exampleClaims[3], id: "nan", value: Number.NaN } as CasualtyClaim,
      { ...exampleClaims[4], id: "unknown-claimant", claimant: "nobody" } as CasualtyClaim,
    ],
    options: { ...base },
  },
} satisfies Record<string, CasualtyExample>;

export type CasualtyExampleName = keyof typeof examples;
