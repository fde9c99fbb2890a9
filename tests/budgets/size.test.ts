/**
 * Size budgets (see bench/README.md, "Targets"), measured with node:zlib on the built files, so they are
 * deterministic. Times are never asserted: `pnpm bench` reports them as ratios.
 *
 * The root `pnpm test` builds before testing; run `pnpm build` first when running this alone.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHARTS_DIR,
  GEOMETRY,
  LOCALE_FILES,
  ONE_CHART_PAGE,
  SCRIPT_TAG_BUNDLE,
  SPLIT_BUNDLE,
} from "../../bench/lib/paths.js";
import { esmEntrySize, onePageSize, sizeOf } from "../../bench/lib/sizes.js";
import {
  buildWorldTopology,
  type Countries,
  countryRings,
  sourceTopology,
} from "../../packages/charts/scripts/build-geometry.js";

const KB = 1000;

function built(path: string): Buffer {
  if (!existsSync(path)) throw new Error(`${path} is missing: run pnpm build first`);
  return readFileSync(path);
}

describe("map geometry", () => {
  it("generated/world.json is at most 25 KB gzip", () => {
    expect(sizeOf(built(GEOMETRY)).gzip).toBeLessThanOrEqual(25 * KB);
  });

  it("generated/world.json is what scripts/build-geometry.ts makes from world-atlas", () => {
    expect(readFileSync(GEOMETRY, "utf8")).toBe(buildWorldTopology());
  });

  it("keeps every point of Armenia and Azerbaijan (within the quantization step)", () => {
    const generated = JSON.parse(readFileSync(GEOMETRY, "utf8")) as Countries;
    for (const id of ["051", "031"]) {
      const before = countryRings(sourceTopology(), id);
      const after = countryRings(generated, id);
      expect(
        after.map((ring) => ring.length),
        id,
      ).toEqual(before.map((ring) => ring.length));
      const drift = after.flatMap((ring, r) =>
        ring.map((point, p) => {
          const source = before[r]?.[p] ?? [Number.NaN, Number.NaN];
          return Math.max(
            Math.abs((point[0] ?? 0) - (source[0] ?? 0)),
            Math.abs((point[1] ?? 0) - (source[1] ?? 0)),
          );
        }),
      );
      expect(Math.max(...drift), id).toBeLessThan(0.013); // degrees: 360° / 3e4 quantization
    }
  });

  it("keeps every country of the source map (Antarctica aside) with at least one ring", () => {
    const generated = JSON.parse(readFileSync(GEOMETRY, "utf8")) as Countries;
    const ids = (t: Countries) =>
      t.objects.countries.geometries.map((g) => g.id ?? JSON.stringify(g.properties));
    expect(ids(generated)).toEqual(ids(sourceTopology()).filter((id) => id !== "010"));
    for (const g of generated.objects.countries.geometries) {
      const rings = countryRings(generated, String(g.id));
      if (g.id !== undefined)
        expect(
          rings.every((ring) => ring.length >= 4),
          String(g.id),
        ).toBe(true);
    }
  });
});

describe("script-tag bundles", () => {
  // The target is 95 KB gzip of script-tag code. The core file is the code of the bars and
  // <karabakh-chart> with Plot and d3 (less what rollup.config.mjs leaves out); the map (its code
  // and the default map's built paths), the curve (its code), the world topology with d3-geo (for
  // maps projected on the page) and the sourced dataset are files of their own
  // (scripts/size-breakdown.mjs shows what each holds). Met since the curve left the core
  // (86.0 KB): a ratchet at that size keeps the casualty page under its 100 KB. 86.6 KB since
  // the element checks prerendered figures in time slices, off the page's tasks (#18: the
  // article page's blocking time).
  it("karabakh2023.core.min.js is at most 87 KB gzip (target 95)", () => {
    expect(sizeOf(built(SPLIT_BUNDLE.core)).gzip).toBeLessThanOrEqual(87 * KB);
  });

  // No target of their own (the geometry's is above); ratchets at today's sizes (40.8, 8.1, 31.5,
  // 51.5, 12.0, 27.1, 22.6 and 250.2 KB; the last two grew with the speakers' translations, #14)
  // so they cannot grow unnoticed. Lower them when files
  // shrink. The dataset's Armenian and Russian texts travel in their own files
  // (karabakh2023.data[.<chart>].locale-<tag>.min.js), so en and fr pages do not carry them; the
  // all-in-one file carries everything, both languages' texts and number and date words included.
  for (const [file, path, ceiling] of [
    ["karabakh2023.map.min.js (the map's code and the default map's paths)", SPLIT_BUNDLE.map, 41.5],
    ["karabakh2023.curve.min.js (the curve's code)", SPLIT_BUNDLE.curve, 8.5],
    ["karabakh2023.world.min.js (the topology and d3-geo)", SPLIT_BUNDLE.world, 32.5],
    ["karabakh2023.data.min.js (the whole sourced dataset)", SPLIT_BUNDLE.data, 52],
    ["karabakh2023.data.casualties.min.js (what the bars draw)", SPLIT_BUNDLE.casualtiesData, 12.5],
    ["karabakh2023.data.refugees.min.js (what the curve draws)", SPLIT_BUNDLE.refugeesData, 27.5],
    ["karabakh2023.data.reactions.min.js (what the map draws)", SPLIT_BUNDLE.reactionsData, 23],
    ["the all-in-one karabakh2023.min.js", SCRIPT_TAG_BUNDLE, 251.5],
    // What a prerendered article loads before the reader reaches for a chart (1.06 KB).
    ["karabakh2023.lazy.min.js (the lazy loader)", SPLIT_BUNDLE.lazy, 1.2],
  ] as const) {
    it(`${file} is at most ${ceiling} KB gzip`, () => {
      expect(sizeOf(built(path)).gzip).toBeLessThanOrEqual(ceiling * KB);
    });
  }
});

describe("the built-in message tables the core leaves out", () => {
  // One script-tag file per table (en and fr are in the core); en-US is a little smaller as it
  // amends the English table. The hy and ru tables carry their own month names and separators
  // (for engines whose Intl lacks the locale), Russian's with all its grammatical cases.
  for (const [tag, path] of Object.entries(LOCALE_FILES)) {
    it(`karabakh2023.locale-${tag}.min.js is at most 4.5 KB gzip`, () => {
      expect(sizeOf(built(path)).gzip).toBeLessThanOrEqual(4.5 * KB);
    });
  }
});

describe("a page with one chart of the built-in story", () => {
  // #18: a page with only the casualty chart downloads at most 100 KB gzip, code and data. The
  // others have no target; ratchets at today's totals (122.2 KB: core, curve file and its data;
  // 150.5 KB: core, map file and its data, as the default map needs no world file; measured
  // 2026-12-04 with the prerender checks in time slices, translated speakers and the fitted labels).
  for (const [chart, ceiling] of [
    // 100 KB is the target (#18), met (98.0 KB) since the curve's code left the core for
    // karabakh2023.curve.min.js (it was 104.7 KB).
    ["casualtyComparison", 100],
    ["refugeeCurve", 122.5],
    ["reactionsMap", 151],
  ] as const) {
    it(`${ONE_CHART_PAGE[chart].join(" + ")} is at most ${ceiling} KB gzip`, () => {
      for (const file of ONE_CHART_PAGE[chart]) built(join(CHARTS_DIR, "dist", file));
      expect(onePageSize(chart).gzip).toBeLessThanOrEqual(ceiling * KB);
    });
  }
});

describe("one chart through a consumer's bundler", () => {
  // esbuild from the packed package's `exports`, as a Vite or webpack app would. Each chart
  // brings Plot, d3 and the dataset tables it defaults to. The validator (zod, 450 KB minified)
  // must never come along: a shared chunk once pulled it in with the date check.
  // The minified ceilings are about today's sizes (with the hy and ru labels: 573 KB for the curve,
  // 689 for the map) plus 30 to 100 KB: zod would add 450.
  for (const [chart, ceiling, minified] of [
    // Ratchets at the sizes measured after the story-agnostic charts (125.3, 140 KB) and, for the
    // map, after its default paths were built in (191.2 KB: a bundler ships them and the topology);
    // then about 3 KB each for the en and fr message tables of all three charts.
    ["casualtyComparison", 141, 560],
    ["refugeeCurve", 164.5, 600],
    ["reactionsMap", 213, 720],
  ] as const) {
    it(`import { ${chart} } is at most ${ceiling} KB gzip, without zod`, async () => {
      const size = await esmEntrySize(chart);
      expect(size.gzip).toBeLessThanOrEqual(ceiling * KB);
      expect(size.min, "zod alone adds about 450 KB minified").toBeLessThan(minified * KB);
    });
  }
});
