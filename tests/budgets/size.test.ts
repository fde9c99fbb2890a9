/**
 * Size budgets (issue #7), measured with node:zlib on the built files, so they are
 * deterministic. Times are never asserted: `pnpm bench` reports them as ratios.
 *
 * The root `pnpm test` builds before testing; run `pnpm build` first when running this alone.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GEOMETRY, SCRIPT_TAG_BUNDLE } from "../../bench/lib/paths.js";
import { sizeOf } from "../../bench/lib/sizes.js";
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

describe("script-tag bundle", () => {
  // Issue #7 targets 95 KB gzip plus the geometry's 25 KB. Observable Plot alone (the parts three
  // charts use) is 86 KB gzip and the sourced dataset about 40 KB, so that target is not met:
  // bench/README.md reports it as such. This budget holds the line at today's size (180 KB) so
  // the bundle cannot grow unnoticed; lower it whenever the bundle shrinks.
  it("dist/karabakh2023.min.js is at most 185 KB gzip, geometry included", () => {
    expect(sizeOf(built(SCRIPT_TAG_BUNDLE)).gzip).toBeLessThanOrEqual(185 * KB);
  });
});
