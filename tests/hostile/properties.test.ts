/**
 * Property-based tests (fast-check) on what decides and shapes every chart: the dataset validator,
 * the option normalizers of the three charts, and the series helpers. Arbitrary input, including
 * objects with own "__proto__"/"constructor" keys, must never crash, pollute or slip through.
 */
import {
  casualtyClaims,
  karabakh,
  LOCALES,
  latestRefugeeCount,
  type Reaction,
  type RefugeeCount,
  reactionsByCategory,
  refugeeSeries,
  termIds,
  validateDataset,
  validateStory,
} from "@karabakh2023/data";
import fc from "fast-check";

import { describe, expect, it } from "vitest";
import { normalizeOptions as casualtyOptions } from "../../packages/charts/src/casualty-comparison/options.js";
import { THEMES } from "../../packages/charts/src/figure/contract.js";
import { checkStory } from "../../packages/charts/src/figure/story.js";
import { normalizeOptions as reactionsOptions } from "../../packages/charts/src/reactions-map/options.js";
import { normalizeOptions as refugeeOptions } from "../../packages/charts/src/refugee-curve/options.js";
import {
  allClaimants,
  allSources,
  baseCasualties,
  baseDataset,
  baseReactions,
  baseRefugees,
} from "./fixtures.js";
import { expectNoPollution, prototypeKeys } from "./inert.js";
import { newDocument } from "./matrix.js";

// The Karabakh story's vocabulary: the ids its records and options may use.
const PARTIES = termIds(karabakh.vocabulary, "parties");
const CASUALTY_CATEGORIES = termIds(karabakh.vocabulary, "casualtyCategories");
const CASUALTY_METRICS = termIds(karabakh.vocabulary, "casualtyMetrics");
const INCIDENTS = termIds(karabakh.vocabulary, "incidents");
const REFUGEE_METRICS = termIds(karabakh.vocabulary, "refugeeMetrics");
const REACTION_CATEGORIES = termIds(karabakh.vocabulary, "reactionCategories");

const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "then",
];
/** Keys a hurried editor or an attacker might write, mixed with the real field names. */
const key = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS, "id", "value", "sources", "date", "iso3", "locale", "width"),
  fc.string(),
);
/** Any JSON-like value, objects built with JSON.parse so "__proto__" stays an own key. */
const hostile = fc
  .anything({ key, maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true })
  .map((v) => v);
const jsonObject = fc
  .dictionary(key, fc.jsonValue({ maxDepth: 2 }))
  .map((o) => JSON.parse(JSON.stringify(o)));

const runs = { numRuns: 150 };

describe("validateDataset() on arbitrary input", () => {
  it("never throws, never pollutes, and reports each problem with a table, a row and a field", () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.oneof(hostile, jsonObject), (input) => {
        const result = validateDataset(input);
        expect(result.ok).toBe(result.errors.length === 0);
        for (const e of result.errors) {
          expect(typeof e.table).toBe("string");
          expect(e.row === null || Number.isInteger(e.row)).toBe(true);
          expect(typeof e.field).toBe("string");
          expect(e.message).toMatch(/\S/);
        }
      }),
      runs,
    );
    expectNoPollution(before);
  });

  it("rejects any extra key on any record, naming it, and keeps accepting the untouched records", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("sources", "claimants", "casualties", "refugees", "reactions", "events"),
        fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1 })),
        fc.jsonValue(),
        (table, k, v) => {
          const dataset = baseDataset();
          const record = (dataset[table] as unknown as Record<string, unknown>[])[0] as Record<
            string,
            unknown
          >;
          fc.pre(!Object.hasOwn(record, k));
          Object.defineProperty(record, k, {
            value: v,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          const { errors } = validateDataset(dataset);
          expect(errors.map((e) => `${e.table}[${e.row}].${e.field}:${e.message}`)).toEqual([
            `${table}[0].${k}:unknown field`,
          ]);
        },
      ),
      runs,
    );
  });

  it("accepts a casualty count exactly when it is a non-negative safe integer", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double(), fc.constantFrom(2 ** 53, 2 ** 53 - 1, -0)),
        (value) => {
          const dataset = baseDataset();
          (dataset.casualties[0] as { value: number }).value = value;
          const { errors } = validateDataset(dataset);
          const valid = Number.isSafeInteger(value) && value >= 0;
          // Negative and fractional at once is two complaints, both about the value.
          if (valid) expect(errors).toEqual([]);
          else expect([...new Set(errors.map((e) => e.field))]).toEqual(["value"]);
        },
      ),
      runs,
    );
  });

  it("accepts an ISO day exactly when it is a real calendar day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const dataset = baseDataset();
          (dataset.refugees[0] as { date: string }).date = iso;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(validateDataset(dataset).errors.map((e) => e.field)).toEqual(real ? [] : ["date"]);
        },
      ),
      runs,
    );
  });
});

describe("a story's vocabulary, time zone and locales on arbitrary input", () => {
  /** A copy of the Karabakh story with one metadata field replaced (tables kept). */
  const storyWith = (path: readonly string[], value: unknown) => {
    const story = JSON.parse(JSON.stringify(karabakh)) as Record<string, unknown>;
    let node = story;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    Object.defineProperty(node, path.at(-1) as string, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return story;
  };
  const fields = fc.constantFrom(
    ["timeZone", "id"],
    ["locales"],
    ["vocabulary", "parties"],
    ["vocabulary", "reactionCategories"],
    ["vocabulary", "parties", "0", "id"],
    ["vocabulary", "parties", "0", "label"],
    ["vocabulary", "incidents", "0", "role"],
    ["region", "bounds"],
    ["timeZone", "name", "fr"],
    ["vocabulary", "parties", "0", "label", "en"],
    ["charts", "refugees", "title", "en"],
  );
  const values = fc.oneof(
    hostile,
    fc.constantFrom(
      "GMT+4",
      "+04:00",
      "CET",
      "Asia/Nowhere",
      "__proto__",
      "",
      " ",
      "\u00a0\t",
      [],
      {},
      {
        __proto__: "x",
      },
    ),
  );

  it("validateStory() never throws and names the field of each error; checkStory() throws a TypeError/RangeError naming it", () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fields, values, (path, value) => {
        const story = storyWith(path, value);
        const result = validateStory(story);
        for (const e of result.errors) expect(typeof e.field).toBe("string");
        try {
          checkStory(story);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
          expect((error as Error).message).toMatch(/^invalid data\.(timeZone|locales|vocabulary|charts)/);
          // What checkStory rejects, validateStory rejects too.
          expect(result.ok).toBe(false);
        }
      }),
      runs,
    );
    expectNoPollution(before);
  });

  it("rejects a vocabulary entry named __proto__, a non-IANA zone and an unknown id, naming each", () => {
    const proto = storyWith(["vocabulary", "parties", "0", "id"], "__proto__");
    expect(() => checkStory(proto)).toThrow(/invalid data\.vocabulary\.parties\[0\]\.id: __proto__/);
    expect(validateStory(proto).errors.map((e) => `${e.table}.${e.field}`)).toContain(
      "story.vocabulary.parties.0.id",
    );
    const zone = storyWith(["timeZone", "id"], "GMT+4");
    expect(() => checkStory(zone)).toThrow("invalid data.timeZone.id: GMT+4");
    expect(validateStory(zone).errors.map((e) => e.field)).toContain("timeZone.id");
    const unknown = JSON.parse(JSON.stringify(karabakh));
    unknown.casualties[0].party = "sudan";
    expect(validateStory(unknown).errors).toContainEqual(
      expect.objectContaining({ table: "casualties", row: 0, field: "party", value: "sudan" }),
    );
    const missing = storyWith(["vocabulary", "parties", "0", "label"], { en: "Azerbaijan" });
    expect(() => checkStory(missing)).toThrow("invalid data.vocabulary.parties[0].label.fr");
    expect(validateStory(missing).errors.map((e) => e.field)).toContain("label.fr");
  });
});

describe("the option normalizers on arbitrary options", () => {
  const document = newDocument();
  const common = { locale: LOCALES, theme: THEMES };
  /** Options mixing valid values, hostile values and hostile keys. */
  const options = fc.dictionary(
    fc.constantFrom(
      "locale",
      "theme",
      "width",
      "title",
      "notes",
      "incident",
      "metric",
      "categories",
      "projection",
      "inset",
      "domain",
      "annotations",
      "population",
      ...HOSTILE_KEYS,
    ),
    fc.oneof(
      fc.constantFrom(
        ...LOCALES,
        ...THEMES,
        ...INCIDENTS,
        ...CASUALTY_METRICS,
        ...REFUGEE_METRICS,
        "equal-earth",
        true,
        false,
        640,
        0,
        -1,
        Number.NaN,
        null,
      ),
      fc.constantFrom(
        ["condemns-azerbaijan"],
        ["2023-09-20", "2023-09-25"],
        ["2023-09-25", "2023-09-20"],
        ["ceasefire"],
      ),
      hostile,
    ),
  );
  const ok = (error: unknown) =>
    (error instanceof TypeError || error instanceof RangeError) &&
    /^invalid [\w.[\]]+/.test((error as Error).message);

  it("casualtyComparison: valid normalized options, or a TypeError/RangeError naming the option", () => {
    const story = { ...karabakh, sources: allSources(), claimants: allClaimants() };
    fc.assert(
      fc.property(options, (o) => {
        try {
          const n = casualtyOptions({ ...o, document }, story);
          expect(common.locale).toContain(n.locale.table);
          expect(common.theme).toContain(n.theme);
          expect(INCIDENTS).toContain(n.incident);
          expect(CASUALTY_METRICS).toContain(n.metric);
          expect(n.width === undefined || (Number.isFinite(n.width) && n.width >= 1)).toBe(true);
        } catch (error) {
          expect(ok(error), String(error)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("refugeeCurve: a metric of the list and a domain that runs forward, or an error naming the option", () => {
    const story = { ...karabakh, claimants: allClaimants(), events: [] };
    fc.assert(
      fc.property(options, (o) => {
        try {
          const n = refugeeOptions(o as never, story, karabakh.refugees);
          expect(REFUGEE_METRICS).toContain(n.metric.id);
          if (n.domain) expect(n.domain[0].getTime()).toBeLessThan(n.domain[1].getTime());
        } catch (error) {
          expect(ok(error), String(error)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("reactionsMap: only the story's categories, in its vocabulary's order, or an error naming the option", () => {
    const vocabulary = karabakh.vocabulary.reactionCategories;
    fc.assert(
      fc.property(options, (o) => {
        try {
          const n = reactionsOptions(o as never, karabakh);
          expect(vocabulary.filter((c) => n.categories.includes(c))).toEqual([...n.categories]);
        } catch (error) {
          expect(ok(error), String(error)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe("the series helpers", () => {
  const counts = fc
    .array(
      fc.record({
        i: fc.nat(2),
        value: fc.nat(200_000),
        day: fc.integer({ min: 19, max: 30 }),
        hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
        metric: fc.constantFrom(...REFUGEE_METRICS),
        claimant: fc.constantFrom("armenia-government", "unhcr", "__proto__", "constructor"),
      }),
      { maxLength: 30 },
    )
    .map((rows) =>
      rows.map(({ i, value, day, hour, metric, claimant }, n): RefugeeCount => {
        const base = baseRefugees()[i] as RefugeeCount;
        const { timeLocal: _t, timeOfDay: _d, ...rest } = base;
        return {
          ...rest,
          id: `c-${n}`,
          value,
          metric,
          claimant,
          date: `2023-09-${day}`,
          ...(hour === undefined ? {} : { timeLocal: `${String(hour).padStart(2, "0")}:00` }),
        };
      }),
    );

  it("refugeeSeries keeps exactly the metric (and claimant), sorted by time, whatever the input order", () => {
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom(...REFUGEE_METRICS),
        fc.option(fc.constantFrom("unhcr", "__proto__"), { nil: undefined }),
        (data, metric, claimant) => {
          const series = refugeeSeries(metric, claimant, data);
          const expected = data.filter(
            (d) => d.metric === metric && (claimant === undefined || d.claimant === claimant),
          );
          expect(new Set(series.map((p) => p.id))).toEqual(new Set(expected.map((d) => d.id)));
          for (let k = 1; k < series.length; k++) {
            expect((series[k - 1] as { at: Date }).at.getTime()).toBeLessThanOrEqual(
              (series[k] as { at: Date }).at.getTime(),
            );
          }
          expect(refugeeSeries(metric, claimant, [...data].reverse()).map((p) => p.id)).toEqual(
            series.map((p) => p.id),
          );
          if (metric === "arrived-in-armenia" && claimant === undefined)
            expect(latestRefugeeCount(data)?.id).toBe(series.at(-1)?.id);
        },
      ),
      runs,
    );
  });

  it("refugeeSeries rejects a metric that is not a non-empty string with a RangeError naming it", () => {
    fc.assert(
      fc.property(fc.constantFrom("", null, 0, Number.NaN, {}, []), (metric) => {
        expect(() => refugeeSeries(metric as never, undefined, [])).toThrow(/invalid metric/);
      }),
      runs,
    );
  });

  it("casualtyClaims returns, in order, exactly the claims matching every criterion", () => {
    const claims = fc
      .array(
        fc.record({
          party: fc.constantFrom(...PARTIES),
          category: fc.constantFrom(...CASUALTY_CATEGORIES),
          metric: fc.constantFrom(...CASUALTY_METRICS),
          incident: fc.constantFrom(...INCIDENTS),
        }),
        { maxLength: 30 },
      )
      .map((rows) => rows.map((r, n) => ({ ...(baseCasualties()[0] as object), ...r, id: `k-${n}` })));
    fc.assert(
      fc.property(
        claims,
        fc.record(
          { party: fc.constantFrom(...PARTIES), metric: fc.constantFrom(...CASUALTY_METRICS) },
          { requiredKeys: [] },
        ),
        (data, filter) => {
          const out = casualtyClaims(filter, data as never, karabakh.vocabulary);
          expect(out).toEqual(
            (data as Record<string, unknown>[]).filter((c) =>
              Object.entries(filter).every(([k, v]) => c[k] === v),
            ),
          );
        },
      ),
      runs,
    );
  });

  it("reactionsByCategory lists the vocabulary's categories in order and every reaction exactly once", () => {
    const reactions = fc
      .array(fc.constantFrom(...REACTION_CATEGORIES), { maxLength: 30 })
      .map((cats) =>
        cats.map(
          (category, n): Reaction => ({ ...(baseReactions()[n % 3] as Reaction), id: `r-${n}`, category }),
        ),
      );
    fc.assert(
      fc.property(reactions, (data) => {
        const groups = reactionsByCategory(data);
        expect([...groups.keys()]).toEqual([...REACTION_CATEGORIES]);
        expect([...groups.values()].flat().sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...data].sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (const [category, list] of groups) for (const r of list) expect(r.category).toBe(category);
      }),
      runs,
    );
  });
});
