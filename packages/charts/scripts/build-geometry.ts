/**
 * Generates `src/reactions-map/generated/world.json`: the world map's topology, simplified and
 * quantized once at build time so the charts ship a fraction of world-atlas `countries-110m`.
 *
 *   pnpm exec tsx packages/charts/scripts/build-geometry.ts [--check]
 *
 * - Antarctica (a sixth of an equal-area map, and it took no position) and the unused `land`
 *   object are dropped, with their arcs.
 * - Visvalingam simplification (topojson-simplify, spherical areas) removes the points whose
 *   triangle is smaller than MIN_WEIGHT, except in the Caucasus, whose points are all kept so
 *   Armenia, Azerbaijan and Nakhchivan stay exactly as Natural Earth draws them in the inset.
 * - Every closed ring keeps at least a triangle, so no island or small state disappears.
 * - Coordinates are re-quantized on a QUANTIZATION² grid (delta-encoded integers).
 *
 * The output is deterministic; tests/budgets checks that the committed file is up to date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Feature } from "geojson";
import { feature, quantize } from "topojson-client";
import { filter, presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

const ANTARCTICA = "010";
/** Points inside this box (lon, lat) are never simplified: the inset's frame, with a margin. */
const KEEP_BOX = { west: 37.5, east: 53, south: 35.5, north: 45.5 } as const;
/** Steradians: a triangle of 4e-5 sr is about 1 px² on a 960 px wide world map. */
const MIN_WEIGHT = 4e-5;
/** Grid size per axis: 360° / 3e4 = 0.012°, half a pixel in the 480 px inset. */
const QUANTIZATION = 3e4;

export const OUTPUT = fileURLToPath(new URL("../src/reactions-map/generated/world.json", import.meta.url));

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type WeightedPoint = [number, number, number];

/** world-atlas `countries-110m`, the source topology. */
export function sourceTopology(): Countries {
  return createRequire(import.meta.url)("world-atlas/countries-110m.json") as Countries;
}

/** The rings (lon, lat) of the country with ISO numeric `id` in `topology` (for checks). */
export function countryRings(topology: Countries, id: string): number[][][] {
  const geometry = topology.objects.countries.geometries.find((g) => g.id === id);
  if (!geometry) return [];
  const shape = (feature(topology, geometry) as Feature).geometry;
  if (shape.type === "Polygon") return shape.coordinates;
  if (shape.type === "MultiPolygon") return shape.coordinates.flat();
  return [];
}

export function buildWorldTopology(): string {
  const world = sourceTopology();
  const countries = world.objects.countries;
  // filter() keeps every ring (the predicate) and prunes the arcs no geometry uses any more.
  const kept = filter(
    {
      ...world,
      objects: {
        countries: { ...countries, geometries: countries.geometries.filter((g) => g.id !== ANTARCTICA) },
      },
    } as Countries,
    () => true,
  ) as Countries;

  const weighted = presimplify(kept, sphericalTriangleArea);
  for (const arc of weighted.arcs as unknown as WeightedPoint[][]) {
    for (const point of arc) if (inKeepBox(point)) point[2] = Number.POSITIVE_INFINITY;
    keepATriangle(arc);
  }
  const simplified = simplify(weighted, MIN_WEIGHT);
  const topology = quantize(simplified, QUANTIZATION) as Countries;
  // `bbox` is recomputed by quantize; key order is fixed for a stable file.
  return `${JSON.stringify({
    type: "Topology",
    bbox: topology.bbox,
    transform: topology.transform,
    objects: topology.objects,
    arcs: topology.arcs,
  })}\n`;
}

const inKeepBox = ([lon, lat]: WeightedPoint) =>
  lon >= KEEP_BOX.west && lon <= KEEP_BOX.east && lat >= KEEP_BOX.south && lat <= KEEP_BOX.north;

/** A closed arc is a whole ring: keep its two heaviest inner points so it stays a triangle. */
function keepATriangle(arc: WeightedPoint[]): void {
  const first = arc[0];
  const last = arc[arc.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return;
  const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const point of inner.slice(0, 2)) point[2] = Number.POSITIVE_INFINITY;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const text = buildWorldTopology();
  const current = (() => {
    try {
      return readFileSync(OUTPUT, "utf8");
    } catch {
      return "";
    }
  })();
  if (values.check) {
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run pnpm exec tsx packages/charts/scripts/build-geometry.ts`);
      process.exit(1);
    }
  } else if (current !== text) writeFileSync(OUTPUT, text);
  console.log(`generated/world.json: ${text.length} bytes${values.check ? " (checked)" : ""}`);
}
