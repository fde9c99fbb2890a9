/**
 * The map's countries as GeoJSON, converted once.
 *
 * Boundaries: Natural Earth 1:110m via world-atlas `countries-110m`, simplified and quantized at
 * build time by scripts/build-geometry.ts (every ring kept, the default story's region untouched) into
 * generated/world.json, 60% of the original's gzip weight, and converted with topojson-client.
 * Feature ids are ISO 3166-1 numeric strings ("250" France); Antarctica is already left out.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "./generated/world.json";

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let countriesCache: readonly CountryFeature[] | undefined;

/** The map's countries as GeoJSON (Antarctica left out at build time), converted once. */
export function countryFeatures(): readonly CountryFeature[] {
  if (!countriesCache) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
    countriesCache = collection.features as CountryFeature[];
  }
  return countriesCache;
}

/** The numeric ids of every feature of the topology (geometry.ts's `featureIds()` stores them). */
export function topologyIds(): ReadonlySet<string> {
  return new Set(countryFeatures().flatMap((f) => (f.id === undefined ? [] : [String(f.id)])));
}
