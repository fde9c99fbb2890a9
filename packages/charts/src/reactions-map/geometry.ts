/**
 * The map's geometry, projected once per projection and cached at module level.
 *
 * Projecting 177 countries is almost all of a choropleth's cost (TOOLCHAIN.md). We let Plot do
 * the projecting once, into a fixed coordinate space, and keep the path strings: every later
 * render only inserts ready paths into an `<svg viewBox>` that scales with its container, so a
 * warm render costs a few milliseconds whatever the width.
 *
 * The default world (Equal Earth) and the default story's inset are projected at build time
 * (scripts/build-map-paths.ts writes generated/paths.json): a page's first default map reads
 * ready paths and projects nothing. Other projections and other regions project at run time.
 *
 * The unprojected features come from features.ts (no Plot there, so the geometry can be used
 * without it).
 */

import type { Region } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import type { Geometry, MultiPoint } from "geojson";
import { type CountryFeature, countryFeatures, topologyIds } from "./features.js";
import paths from "./generated/paths.json";
import type { ProjectionName } from "./options.js";

export { countryFeatures } from "./features.js";

/** Width of the coordinate space the world is projected into (the viewBox scales it). */
export const WORLD_WIDTH = 960;
/** Width of the inset's coordinate space. */
export const INSET_WIDTH = 480;

/**
 * Centroids (lon, lat) of states too small for the 1:110m map, so a reaction from them is drawn
 * as a dot instead of being dropped. Only states the map lacks belong here; a code in neither
 * the map nor this table is reported as unmatched.
 */
export const SMALL_STATE_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  AND: [1.6, 42.55], // Andorra
  BHR: [50.55, 26.05], // Bahrain
  LIE: [9.55, 47.15], // Liechtenstein
  MCO: [7.42, 43.74], // Monaco
  MDV: [73.5, 3.2], // Maldives
  MLT: [14.4, 35.9], // Malta
  SGP: [103.82, 1.35], // Singapore
  SMR: [12.46, 43.94], // San Marino
  VAT: [12.45, 41.9], // Holy See
};

export interface ProjectedFeature {
  /** ISO 3166-1 numeric, or undefined for the few features without a code (N. Cyprus, Kosovo...). */
  readonly id: string | undefined;
  /** The Natural Earth short name, for features without a code. */
  readonly name: string;
  /** SVG path data in the projection's coordinate space. */
  readonly d: string;
  /** The path's bounding box in that space. */
  readonly bounds: Bounds;
  /**
   * The bounding box of each ring (subpath) of the path: what the inset must not cover. Finer
   * than the path's box, which for a state astride the antimeridian (Fiji) spans the whole map.
   */
  readonly ringBounds: readonly Bounds[];
  /** Centroid of the feature's largest polygon (so France is not placed in the Atlantic). */
  readonly centroid: readonly [number, number];
  /** Projected area in square units of the coordinate space. */
  readonly area: number;
}

export interface ProjectedMap {
  /** The coordinate space: `viewBox` of the nested `<svg>` the paths go into. */
  readonly viewBox: readonly [number, number, number, number];
  readonly features: readonly ProjectedFeature[];
  readonly byId: ReadonlyMap<string, ProjectedFeature>;
  /**
   * Projected positions of `SMALL_STATE_CENTROIDS` (world), or of the region's labels (by
   * ISO alpha-3) and of its point (key "point") in the inset.
   */
  readonly points: ReadonlyMap<string, readonly [number, number]>;
  /** The frame the map shows, in its coordinate space (the viewBox without its padding). */
  readonly frame: Bounds;
}

const worldCache = new Map<ProjectionName, ProjectedMap>();
const insetCache = new Map<string, ProjectedMap>();

/** The build-time maps (JSON types its tuples as arrays). */
const precomputed = paths as unknown as StoredMaps;
/** Whether the build-time maps are used (tests and benchmarks turn it off to compare). */
let usePrecomputed = true;

let ids: ReadonlySet<string> | undefined;
/** The ISO numeric ids of the map's countries (for the join), read with the build-time maps. */
export function featureIds(): ReadonlySet<string> {
  if (!usePrecomputed) return topologyIds();
  ids ??= new Set(precomputed.ids);
  return ids;
}

/** The world projected with `projection`: read from the build-time maps or projected on first use, cached. */
export function projectedWorld(projection: ProjectionName, document: Document): ProjectedMap {
  let cached = worldCache.get(projection);
  if (!cached) {
    cached =
      usePrecomputed && projection === precomputed.projection
        ? fromStored(precomputed.world)
        : projectWorld(projection, document);
    worldCache.set(projection, cached);
  }
  return cached;
}

/** The world projected with `projection` at run time (what the build-time maps hold). */
export function projectWorld(projection: ProjectionName, document: Document): ProjectedMap {
  const features = countryFeatures();
  return project(document, {
    width: WORLD_WIDTH,
    // Fitted to the countries' vertices as points: the same extent as fitting to the polygons
    // (whose projected edges run between those vertices) without projecting every edge once
    // more, which was a quarter of a page's first map.
    projection: {
      type: projection,
      domain: { type: "MultiPoint", coordinates: features.flatMap((f) => ringsOf(f).flat()) },
      // Clipping to the frame turned Russia's rings that end on the antimeridian into a ring
      // around the whole frame in Mercator and equirectangular (the map was all Russia). The
      // world is fitted inside the frame, so they need no clip; Equal Earth keeps Plot's
      // frame clip, which trims Fiji at the edge as it always did.
      clip: projection === "equal-earth" ? "frame" : false,
    },
    features,
    points: SMALL_STATE_CENTROIDS,
    crop: "features",
  });
}

/** The corners of a region as a MultiPoint, so the fit does not depend on polygon winding. */
function regionDomain(region: Region): MultiPoint {
  const [[west, south], [east, north]] = region.bounds;
  return {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [east, south],
      [west, north],
      [east, north],
    ],
  };
}

/** The inset's points: its labels (by ISO alpha-3) and its point (key "point"), in lon, lat. */
function insetPoints(region: Region): Record<string, readonly [number, number]> {
  const points: Record<string, readonly [number, number]> = {};
  for (const label of region.labels ?? []) points[label.iso3] = label.coordinates;
  if (region.point) points.point = region.point.coordinates;
  return points;
}

/** The cache key of a region's inset: its bounds and the positions of its labels and point. */
export const insetKey = (region: Region): string => JSON.stringify([region.bounds, insetPoints(region)]);

/**
 * A region's inset, projected once per region (Mercator keeps local shapes true at a region's
 * scale), or read from the build-time maps for the default story's region. Cached by
 * `insetKey`, so two stories with the same region share it.
 */
export function projectedInset(region: Region, document: Document): ProjectedMap {
  const key = insetKey(region);
  let cached = insetCache.get(key);
  if (!cached) {
    cached =
      usePrecomputed && key === precomputed.inset.key
        ? fromStored(precomputed.inset)
        : projectInset(region, document);
    insetCache.set(key, cached);
  }
  return cached;
}

/** A region's inset projected at run time. */
export function projectInset(region: Region, document: Document): ProjectedMap {
  const [[west, south], [east, north]] = region.bounds;
  const domain = regionDomain(region);
  return project(document, {
    width: INSET_WIDTH,
    projection: { type: "mercator", domain },
    // Projecting (and clipping) only the states near the frame: the other 160 would be
    // clipped away entirely, after costing a third of the map's first render.
    features: countryFeatures().filter((f) => {
      const [[x0, y0], [x1, y1]] = lonLatBounds(f);
      return x1 >= west - 1 && x0 <= east + 1 && y1 >= south - 1 && y0 <= north + 1;
    }),
    points: insetPoints(region),
    crop: domain,
  });
}

/**
 * Forget the cached projections (benchmarks measure cold renders with it). With
 * `{ precomputed: false }`, later maps are projected at run time even where build-time ones exist
 * (tests compare the two); `clearGeometryCache()` goes back to the build-time maps.
 */
export function clearGeometryCache(options: { precomputed?: boolean } = {}): void {
  worldCache.clear();
  insetCache.clear();
  usePrecomputed = options.precomputed ?? true;
}

/** A projected map as generated/paths.json stores it: features as [id or null, name, d, bounds]. */
export interface StoredMap {
  readonly viewBox: ProjectedMap["viewBox"];
  readonly frame: Bounds;
  readonly features: readonly (readonly [string | null, string, string, Bounds])[];
  readonly points: readonly (readonly [string, readonly [number, number]])[];
}

/** What generated/paths.json holds (scripts/build-map-paths.ts). */
export interface StoredMaps {
  readonly projection: ProjectionName;
  /** The ids of the topology's countries (`featureIds()`), so the join needs no topology. */
  readonly ids: readonly string[];
  readonly world: StoredMap;
  readonly inset: StoredMap & { readonly key: string };
}

export function toStored(map: ProjectedMap): StoredMap {
  return {
    viewBox: map.viewBox,
    frame: map.frame,
    features: map.features.map((f) => [f.id ?? null, f.name, f.d, f.bounds] as const),
    points: [...map.points],
  };
}

function fromStored(stored: StoredMap): ProjectedMap {
  const features = stored.features.map(([id, name, d, bounds]) =>
    projectedFeature(id ?? undefined, name, d, bounds),
  );
  return {
    viewBox: stored.viewBox,
    frame: stored.frame,
    features,
    byId: new Map(features.flatMap((f) => (f.id === undefined ? [] : [[f.id, f] as const]))),
    points: new Map(stored.points),
  };
}

interface ProjectArgs {
  width: number;
  projection: Plot.ProjectionOptions;
  features: readonly CountryFeature[];
  points: Readonly<Record<string, readonly [number, number]>>;
  /** The geometry whose projected bounds become the viewBox, or all the features. */
  crop: "features" | MultiPoint;
}

/**
 * Runs Plot once with a render-function mark that reads Plot's own projection (`context.path()`),
 * so the map uses exactly Plot's named projections and fitting without a direct d3-geo dependency.
 */
function project(document: Document, args: ProjectArgs): ProjectedMap {
  let result: ProjectedMap | undefined;
  Plot.plot({
    document,
    width: args.width,
    height: args.width,
    margin: 0,
    projection: args.projection,
    marks: [
      (_index, _scales, _values, _dimensions, context) => {
        const path = context.path().digits(1);
        const drawn = args.features.flatMap((f) => {
          const d = path(f);
          return d ? [{ f, d, bounds: pathBounds(d) }] : [];
        });
        // Bounds read from the path strings: projecting the geometry once more for
        // path.bounds() was most of the first render's time.
        const [[x0, y0], [x1, y1]] =
          args.crop === "features"
            ? drawn.map((p) => p.bounds).reduce(union, EMPTY_BOUNDS)
            : path.bounds(args.crop as unknown as Geometry);
        const features: ProjectedFeature[] = [];
        for (const { f, d, bounds } of drawn) {
          // Only what shows through the frame: a feature of the inset's projection can have
          // a path outside the frame, hidden by the clip but drawn at every render.
          const [[fx0, fy0], [fx1, fy1]] = bounds;
          if (fx1 < x0 || fx0 > x1 || fy1 < y0 || fy0 > y1) continue;
          features.push(
            projectedFeature(f.id === undefined ? undefined : String(f.id), f.properties.name, d, bounds),
          );
        }
        const points = new Map(
          Object.entries(args.points).map(([key, [lon, lat]]) => {
            const [x, y] = path.centroid({ type: "Point", coordinates: [lon, lat] });
            return [key, [round(x, 1), round(y, 1)] as const];
          }),
        );
        const byId = new Map(features.flatMap((f) => (f.id === undefined ? [] : [[f.id, f] as const])));
        const pad = 2;
        result = {
          viewBox: [
            Math.floor(x0 - pad),
            Math.floor(y0 - pad),
            Math.ceil(x1 - x0 + 2 * pad),
            Math.ceil(y1 - y0 + 2 * pad),
          ],
          features,
          byId,
          points,
          frame: [
            [x0, y0],
            [x1, y1],
          ],
        };
        return null;
      },
    ],
  });
  if (!result) throw new Error("reactions-map: Plot did not run the projection mark");
  return result;
}

/** [[x0, y0], [x1, y1]] in a projection's coordinate space. */
export type Bounds = [[number, number], [number, number]];

const EMPTY_BOUNDS: Bounds = [
  [Infinity, Infinity],
  [-Infinity, -Infinity],
];
const union = ([[ax0, ay0], [ax1, ay1]]: Bounds, [[bx0, by0], [bx1, by1]]: Bounds): Bounds => [
  [Math.min(ax0, bx0), Math.min(ay0, by0)],
  [Math.max(ax1, bx1), Math.max(ay1, by1)],
];

function boundsOf(points: Iterable<readonly [number, number]>): Bounds {
  let [[x0, y0], [x1, y1]] = EMPTY_BOUNDS;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The rings of a feature's polygons, as lists of [longitude, latitude]. */
function ringsOf(f: CountryFeature): [number, number][][] {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.flat(1) as [number, number][][];
}

/** The longitude and latitude extent of a feature's rings (no projection involved). */
function lonLatBounds(f: CountryFeature): Bounds {
  return boundsOf(ringsOf(f).flat());
}

/** The bounding box of an SVG path of absolute M, L and Z commands, as d3-geo writes polygons. */
export function pathBounds(d: string): Bounds {
  return boundsOf(
    Array.from(d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g), ([, x, y]) => [Number(x), Number(y)] as const),
  );
}

/**
 * A projected feature whose centroid and area are measured from its path string when first read:
 * only the ~40 states with a reaction need them.
 */
function projectedFeature(id: string | undefined, name: string, d: string, bounds: Bounds): ProjectedFeature {
  let measured: { centroid: readonly [number, number]; area: number } | undefined;
  let rings: readonly Bounds[] | undefined;
  const measure = () => {
    measured ??= measurePath(d);
    return measured;
  };
  return {
    id,
    name,
    d,
    bounds,
    get ringBounds() {
      rings ??= d
        .split("M")
        .slice(1)
        .map((ring) => pathBounds(`M${ring}`));
      return rings;
    },
    get centroid() {
      return measure().centroid;
    },
    get area() {
      return measure().area;
    },
  };
}

/**
 * Area and centroid of a projected country, from its path string (shoelace formulas): the area of
 * all its rings (holes subtracted: d3-geo winds them the other way; tests/charts checks South
 * Africa against d3's own area), and the centroid of its largest ring, so that France is placed in
 * Europe and not between Paris and Cayenne. Projecting each state again for these was a sixth of
 * a page's first map.
 */
function measurePath(d: string): { centroid: readonly [number, number]; area: number } {
  let total = 0;
  let best = { area: 0, x: 0, y: 0 };
  for (const ring of d.split("M").slice(1)) {
    const points = Array.from(ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g), ([, x, y]) => [Number(x), Number(y)]);
    let area = 0;
    let cx = 0;
    let cy = 0;
    points.forEach(([x0 = 0, y0 = 0], i) => {
      const [x1 = 0, y1 = 0] = points[(i + 1) % points.length] ?? [];
      const cross = x0 * y1 - x1 * y0;
      area += cross / 2;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    });
    total += area;
    if (Math.abs(area) > Math.abs(best.area)) best = { area, x: cx / (6 * area), y: cy / (6 * area) };
  }
  return { centroid: [round(best.x, 1), round(best.y, 1)], area: Math.abs(total) };
}

/**
 * The map's one rounding of coordinates: 2 decimals for what is drawn (as Plot writes its own),
 * 1 for the small-state centroids, which only place a dot.
 */
export const round = (value: number, decimals = 2): number => {
  const k = 10 ** decimals;
  return Math.round(value * k) / k;
};
