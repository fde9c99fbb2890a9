import {
  type CasualtyClaim,
  casualtyClaims,
  claimantFor,
  countries,
  countryByNumeric,
  countryName,
  karabakh,
  LABELS,
  type Locale,
  label,
  latestRefugeeCount,
  localize,
  type Reaction,
  type RefugeeCount,
  reactionsByCategory,
  refugeeSeries,
  sourceFor,
} from "@karabakh2023/data";
import { describe, expect, it } from "vitest";
import { validDataset } from "./fixtures/dataset";

const count = (over: Partial<RefugeeCount> & Pick<RefugeeCount, "id" | "date" | "value">): RefugeeCount => ({
  qualifier: "exact",
  metric: "arrived-in-armenia",
  claimant: "armenia-government",
  certainty: "high",
  sources: ["armenpress-2023-09-26"],
  ...over,
});

const counts: RefugeeCount[] = [
  count({ id: "c-30-morning", date: "2023-09-30", timeOfDay: "morning", value: 100417 }),
  count({ id: "c-26-2000", date: "2023-09-26", timeLocal: "20:00", value: 28120 }),
  count({ id: "c-27-night", date: "2023-09-27", timeOfDay: "night", value: 30000 }),
  count({ id: "c-28", date: "2023-09-28", value: 70500 }),
  count({ id: "c-28-unhcr", date: "2023-09-28", value: 65000, claimant: "unhcr" }),
  count({
    id: "c-evac",
    date: "2023-09-19",
    timeOfDay: "evening",
    value: 7000,
    metric: "evacuated-within-karabakh",
  }),
];

describe("refugeeSeries", () => {
  it("refugeeSeries('arrived-in-armenia', 'armenia-government', data) sorts by time and places Yerevan times in UTC", () => {
    const series = refugeeSeries("arrived-in-armenia", "armenia-government", counts);
    expect(series.map((p) => [p.id, p.at.toISOString(), p.timePrecision])).toEqual([
      ["c-26-2000", "2023-09-26T16:00:00.000Z", "minute"],
      // night = 02:00 in Yerevan, 22:00 UTC the day before
      ["c-27-night", "2023-09-26T22:00:00.000Z", "part-of-day"],
      ["c-28", "2023-09-28T08:00:00.000Z", "day"],
      ["c-30-morning", "2023-09-30T05:00:00.000Z", "part-of-day"],
    ]);
  });

  it("refugeeSeries() keeps every claimant when none is given, ties broken by value", () => {
    const series = refugeeSeries(undefined, undefined, counts);
    expect(series.map((p) => p.id)).toEqual([
      "c-26-2000",
      "c-27-night",
      "c-28-unhcr",
      "c-28",
      "c-30-morning",
    ]);
  });

  it("refugeeSeries('evacuated-within-karabakh', undefined, data) places 'evening' at 20:00 Yerevan", () => {
    const [point] = refugeeSeries("evacuated-within-karabakh", undefined, counts);
    expect(point?.at.toISOString()).toBe("2023-09-19T16:00:00.000Z");
    expect(point?.value).toBe(7000);
  });

  it("refugeeSeries('arrivals' as never) throws a RangeError naming the metric", () => {
    expect(() => refugeeSeries("arrivals" as never, undefined, counts)).toThrow(
      new RangeError("invalid metric: arrivals (not in vocabulary.refugeeMetrics)"),
    );
  });

  it("refugeeSeries(...) does not reorder the input array", () => {
    const input = [...counts];
    refugeeSeries(undefined, undefined, input);
    expect(input).toEqual(counts);
  });

  it("latestRefugeeCount(data) is the last arrival count in time", () => {
    expect(latestRefugeeCount(counts)?.id).toBe("c-30-morning");
    expect(latestRefugeeCount([])).toBeUndefined();
  });
});

describe("casualtyClaims", () => {
  const claim = (over: Partial<CasualtyClaim> & Pick<CasualtyClaim, "id">): CasualtyClaim => ({
    party: "azerbaijan",
    category: "military",
    metric: "killed",
    value: 192,
    qualifier: "exact",
    asOf: "2023-09-27",
    claimant: "azerbaijan-health-ministry",
    incident: "offensive",
    certainty: "high",
    sources: ["s"],
    ...over,
  });
  const claims = [
    claim({ id: "az-killed" }),
    claim({ id: "az-wounded", metric: "wounded", value: 511 }),
    claim({
      id: "ar-killed",
      party: "artsakh",
      category: "all",
      value: 213,
      claimant: "artsakh-authorities",
    }),
  ];

  it("casualtyClaims({party: 'azerbaijan', metric: 'killed'}, data) keeps the matching claims in order", () => {
    expect(casualtyClaims({ party: "azerbaijan", metric: "killed" }, claims).map((c) => c.id)).toEqual([
      "az-killed",
    ]);
    expect(casualtyClaims({ party: "azerbaijan" }, claims).map((c) => c.id)).toEqual([
      "az-killed",
      "az-wounded",
    ]);
    expect(casualtyClaims({ claimant: "artsakh-authorities" }, claims).map((c) => c.id)).toEqual([
      "ar-killed",
    ]);
    expect(casualtyClaims({}, claims)).toHaveLength(3);
  });

  it("casualtyClaims({party: 'russia'}) throws a RangeError naming the party", () => {
    expect(() => casualtyClaims({ party: "russia" as never }, claims)).toThrow(
      new RangeError("invalid party: russia (not in vocabulary.parties)"),
    );
  });
});

describe("refugeeSeries in a story's time zone", () => {
  it("refugeeSeries(metric, claimant, data, 'Europe/Warsaw') puts 12:00 on 26 and 27 March 2022 23 h apart (DST)", () => {
    const warsaw = [
      count({ id: "a", date: "2022-03-26", timeLocal: "12:00", value: 1 }),
      count({ id: "b", date: "2022-03-27", timeLocal: "12:00", value: 2 }),
      count({ id: "c", date: "2022-10-29", timeLocal: "12:00", value: 3 }),
      count({ id: "d", date: "2022-10-30", timeLocal: "12:00", value: 4 }),
    ];
    const at = refugeeSeries("arrived-in-armenia", undefined, warsaw, "Europe/Warsaw").map((p) =>
      p.at.getTime(),
    );
    const hours = (i: number) => ((at[i + 1] as number) - (at[i] as number)) / 3_600_000;
    expect(hours(0)).toBe(23); // clocks go forward on 27 March
    expect(hours(2)).toBe(25); // and back on 30 October
  });

  it("refugeeSeries() places Yerevan times with the zone's own history (UTC+5 in the summer of 2011)", () => {
    const [p] = refugeeSeries("arrived-in-armenia", undefined, [
      count({ id: "a", date: "2011-07-01", timeLocal: "12:00", value: 1 }),
    ]);
    expect(p?.at.toISOString()).toBe("2011-07-01T07:00:00.000Z");
  });
});

describe("reactionsByCategory", () => {
  it("reactionsByCategory(data) lists every category in order, empty ones included", () => {
    const { reactions } = validDataset();
    const groups = reactionsByCategory(reactions as Reaction[]);
    expect([...groups.keys()]).toEqual(karabakh.vocabulary.reactionCategories.map((c) => c.id));
    expect(groups.get("condemns-azerbaijan")?.map((r) => r.id)).toEqual(["france"]);
    expect(groups.get("neutral-calls-for-peace")?.map((r) => r.id)).toEqual(["european-union"]);
    expect(groups.get("supports-azerbaijan")).toEqual([]);
  });
});

describe("sourceFor and claimantFor", () => {
  it("sourceFor(id, data) and claimantFor(id, data) find the record or return undefined", () => {
    const { sources, claimants } = validDataset();
    expect(sourceFor("armenpress-2023-09-26", sources)?.publisher).toBe("Armenpress");
    expect(sourceFor("nope", sources)).toBeUndefined();
    expect(claimantFor("artsakh-authorities", claimants)?.name.fr).toBe("Autorités du Haut-Karabagh");
    expect(claimantFor("nope", claimants)).toBeUndefined();
  });
});

describe("label", () => {
  it("label('qualifier', 'nearly', 'fr') is 'près de' and the English is 'nearly'", () => {
    expect(label("qualifier", "nearly", "fr")).toBe("près de");
    expect(label("qualifier", "nearly", "en")).toBe("nearly");
  });

  it("label(kind, value, locale) has a non-empty French and English text for every value", () => {
    for (const [kind, values] of Object.entries(LABELS)) {
      for (const [value, text] of Object.entries(values)) {
        for (const locale of ["fr", "en"] as Locale[]) {
          expect(label(kind as never, value as never, locale), `${kind}.${value}.${locale}`).toBe(
            (text as Record<Locale, string>)[locale],
          );
          expect((text as Record<Locale, string>)[locale].trim()).not.toBe("");
        }
      }
    }
  });

  it("label(...) throws a RangeError naming an unknown kind, value or locale", () => {
    expect(() => label("colour" as never, "red" as never, "fr")).toThrow("invalid label kind: colour");
    expect(() => label("certainty", "sure" as never, "fr")).toThrow("invalid certainty: sure");
    expect(() => label("certainty", "high", "de" as never)).toThrow("invalid locale: de");
    expect(() => label("certainty", "__proto__" as never, "fr")).toThrow("invalid certainty: __proto__");
  });
});

describe("localize", () => {
  it("localize(text, locale) reads one locale, and throws naming what has no text in it", () => {
    expect(localize({ fr: "Tués", en: "Killed" }, "fr")).toBe("Tués");
    expect(() =>
      localize({ fr: "Tués", en: "Killed" }, "de", "vocabulary.casualtyMetrics.killed.label"),
    ).toThrow('vocabulary.casualtyMetrics.killed.label has no "de" text');
    // An inherited key is not a text of the record.
    expect(() => localize({ fr: "x" }, "constructor")).toThrow(RangeError);
  });
});

describe("countries", () => {
  it("countries lists every ISO 3166-1 country once with a 3-digit numeric code and both names", () => {
    expect(countries.length).toBe(249);
    expect(new Set(countries.map((c) => c.iso3)).size).toBe(countries.length);
    for (const c of countries) {
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(c.name.fr).not.toBe("");
      expect(c.name.en).not.toBe("");
    }
  });

  it("countryName('ARM', 'fr') is 'Arménie' and countryName('AZE', 'en') is 'Azerbaijan'", () => {
    expect(countryName("ARM", "fr")).toBe("Arménie");
    expect(countryName("AZE", "en")).toBe("Azerbaijan");
    expect(countryName("XKK", "en")).toBeUndefined();
    expect(() => countryName("ARM", "not a tag")).toThrow(RangeError);
  });

  it("countryName('ARM', 'hy') and ('AZE', 'ru') come from Intl.DisplayNames, the table having no name in them", () => {
    expect(countryName("ARM", "hy")).toBe(new Intl.DisplayNames("hy", { type: "region" }).of("AM"));
    expect(countryName("ARM", "hy")).toBe("Հայաստան");
    expect(countryName("AZE", "ru")).toBe("Азербайджан");
    // The table's own name wins for the table's language; Intl gets the regional tag.
    expect(countryName("ARM", "fr", "fr-CA")).toBe("Arménie");
  });

  it("countryByNumeric('051') and countryByNumeric(31) find Armenia and Azerbaijan", () => {
    expect(countryByNumeric("051")?.iso3).toBe("ARM");
    expect(countryByNumeric(31)?.iso3).toBe("AZE");
    expect(countryByNumeric("999")).toBeUndefined();
  });
});
