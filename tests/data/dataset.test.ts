/**
 * The shipped dataset: what `pnpm build` generated from data/*.csv. These tests fail until the
 * build has run on the real files (the root test command builds first).
 */
import { readFileSync } from "node:fs";
import {
  type CasualtyClaim,
  casualties,
  claimants,
  countries,
  events,
  karabakh,
  population,
  type RefugeeCount,
  reactions,
  refugeeSeries,
  refugees,
  sources,
  translateStory,
  UNMAPPED_ISO3,
  validateDataset,
} from "@karabakh2023/data";
import { hy as hyTexts } from "@karabakh2023/data/i18n/hy";
import { ru as ruTexts } from "@karabakh2023/data/i18n/ru";
import { describe, expect, it } from "vitest";

const dataset = { sources, claimants, casualties, refugees, reactions, events };
const worldAtlas = JSON.parse(
  readFileSync(
    new URL("../../packages/data/node_modules/world-atlas/countries-110m.json", import.meta.url),
    "utf8",
  ),
) as { objects: { countries: { geometries: { id?: string }[] } } };
const featureIds = new Set(worldAtlas.objects.countries.geometries.map((g) => g.id));

describe("the shipped dataset", () => {
  it("validateDataset(dataset) accepts every shipped row", () => {
    expect(validateDataset(dataset).errors).toEqual([]);
  });

  it("every table has rows", () => {
    for (const [table, rows] of Object.entries(dataset)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it("every source id of every record resolves to an https source", () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const [table, rows] of Object.entries(dataset)) {
      if (table === "sources") continue;
      for (const row of rows as readonly { id: string; sources: readonly string[] }[]) {
        expect(row.sources.length, `${table} ${row.id}`).toBeGreaterThan(0);
        for (const id of row.sources) {
          const source = byId.get(id);
          expect(source, `${table} ${row.id} → ${id}`).toBeDefined();
          expect(new URL(source?.url ?? "").protocol).toBe("https:");
        }
      }
    }
  });

  it("every source is cited by at least one record", () => {
    const cited = new Set(
      Object.values(dataset).flatMap((rows) =>
        (rows as readonly { sources?: readonly string[] }[]).flatMap((r) => r.sources ?? []),
      ),
    );
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("refugeeSeries('arrived-in-armenia', claimant) never decreases, for each claimant", () => {
    const arrivals = refugees.filter((r) => r.metric === "arrived-in-armenia");
    expect(arrivals.length).toBeGreaterThan(3);
    for (const claimant of new Set(arrivals.map((r) => r.claimant))) {
      const series = refugeeSeries("arrived-in-armenia", claimant);
      series.slice(1).forEach((point, i) => {
        const previous = series[i];
        expect(point.value, `${claimant}: ${previous?.id} → ${point.id}`).toBeGreaterThanOrEqual(
          previous?.value ?? 0,
        );
      });
    }
  });

  it("every iso3 joins a feature of world-atlas countries-110m or is listed in UNMAPPED_ISO3 with a reason", () => {
    const numeric = new Map(countries.map((c) => [c.iso3, c.numeric]));
    for (const { id, iso3 } of reactions) {
      if (iso3 === undefined) continue;
      const joins = featureIds.has(numeric.get(iso3));
      expect(joins || UNMAPPED_ISO3[iso3] !== undefined, `${id} (${iso3})`).toBe(true);
    }
  });

  it("UNMAPPED_ISO3 lists only real codes that are really absent from countries-110m", () => {
    for (const [iso3, reason] of Object.entries(UNMAPPED_ISO3)) {
      const country = countries.find((c) => c.iso3 === iso3);
      expect(country, iso3).toBeDefined();
      expect(featureIds.has(country?.numeric), iso3).toBe(false);
      expect(reason).not.toBe("");
    }
  });

  it("states are named from the ISO library; the belligerents are Azerbaijan and Artsakh, and Armenia is read from its own statement", () => {
    // French and English from the country table; Armenian and Russian from the same library, in
    // their translation sets (@karabakh2023/data/i18n/<locale>).
    const translated = [hyTexts, ruTexts].reduce(translateStory, karabakh).reactions;
    for (const r of translated.filter((r) => r.kind === "state")) {
      expect(r.name, r.id).toMatchObject(countries.find((c) => c.iso3 === r.iso3)?.name ?? {});
      expect(Object.keys(r.name), r.id).toEqual(["fr", "en", "hy", "ru"]);
    }
    expect(translated.find((r) => r.iso3 === "ARM")?.name.ru).toBe("Армения");
    expect(reactions.find((r) => r.iso3 === "AZE")?.category).toBe("belligerent-azerbaijan");
    // The seed's infobox names Nagorno-Karabakh and Azerbaijan; Armenia said its forces were not involved.
    expect(reactions.filter((r) => r.category === "belligerent-artsakh").map((r) => r.id)).toEqual([
      "artsakh",
    ]);
    expect(reactions.find((r) => r.iso3 === "ARM")?.category).toBe("condemns-azerbaijan");
  });

  it("population is the pre-war-population row of refugees", () => {
    expect(population.metric).toBe("pre-war-population");
    expect(refugees).toContainEqual(population);
    expect(karabakh.vocabulary.refugeeMetrics.find((m) => m.id === population.metric)?.role).toBe(
      "population",
    );
  });
});

/** The figures the French Wikipedia article gives, with its reference numbers. */
const SEED_FIGURES: {
  what: string;
  table: "casualties" | "refugees";
  match: (r: CasualtyClaim | RefugeeCount) => boolean;
  values: number[];
  seedRefs: number[];
}[] = [
  {
    what: "213 Armenian dead",
    table: "casualties",
    match: (r) => "party" in r && r.party === "artsakh" && r.metric === "killed",
    values: [213],
    seedRefs: [5],
  },
  {
    what: "192 Azerbaijani soldiers killed",
    table: "casualties",
    match: (r) => "party" in r && r.party === "azerbaijan" && r.metric === "killed",
    values: [192],
    seedRefs: [5, 42],
  },
  {
    what: "511 Azerbaijani soldiers wounded",
    table: "casualties",
    match: (r) => "party" in r && r.party === "azerbaijan" && r.metric === "wounded",
    values: [511],
    seedRefs: [42],
  },
  {
    what: "1 Azerbaijani civilian killed",
    table: "casualties",
    match: (r) =>
      "party" in r && r.party === "azerbaijan" && r.category === "civilian" && r.metric === "killed",
    values: [1],
    seedRefs: [5],
  },
  {
    what: "100 000 displaced",
    table: "refugees",
    match: (r) => r.metric === "displaced" || r.metric === "arrived-in-armenia",
    values: [100000],
    seedRefs: [4],
  },
  {
    what: "7 000 civilians evacuated on the evening of 19 September",
    table: "refugees",
    match: (r) => r.metric === "evacuated-within-karabakh",
    values: [7000],
    seedRefs: [18],
  },
  {
    what: "at least 28 000 refugees (28 120)",
    table: "refugees",
    match: (r) => r.metric === "arrived-in-armenia",
    values: [28000, 28120],
    seedRefs: [40],
  },
  {
    what: "more than 50 000 refugees (50 243)",
    table: "refugees",
    match: (r) => r.metric === "arrived-in-armenia",
    values: [50000, 50243],
    seedRefs: [41],
  },
  {
    what: "more than 100 000 refugees (100 417)",
    table: "refugees",
    match: (r) => r.metric === "arrived-in-armenia",
    values: [100000, 100417],
    seedRefs: [47],
  },
];

describe("the seed article's figures", () => {
  const seedRefOf = new Map(sources.map((s) => [s.id, s.seedRef]));
  it.each(SEED_FIGURES)("$what is present with the seed's source among its sources", (figure) => {
    const rows: readonly (CasualtyClaim | RefugeeCount)[] =
      figure.table === "casualties" ? casualties : refugees;
    const found = rows.filter(
      (r) =>
        figure.match(r) &&
        figure.values.includes(r.value) &&
        r.sources.some((id) => figure.seedRefs.includes(seedRefOf.get(id) ?? -1)),
    );
    expect(found.length, figure.what).toBeGreaterThan(0);
  });
});
