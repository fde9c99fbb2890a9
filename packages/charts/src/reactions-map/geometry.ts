/**
 * The map's geometry, projected once per projection and cached at module level.
 *
 * Projecting 177 countries is almost all of a choropleth's cost (TOOLCHAIN.md). We let Plot do
 * the projecting once, into a fixed coordinate space, and keep the path strings: every later
 * render only inserts ready paths into an `<svg viewBox>` that scales with its container, so a
 * warm render costs a few milliseconds whatever the width.
 *
 * The unprojected features come from features.ts (no Plot there, so the geometry can be used
 * without it).
 */
import * as Plot from "@observablehq/plot";
import type { Geometry } from "geojson";
import { type CountryFeature, countryFeatures } from "./features.js";
import type { ProjectionName } from "./options.js";

export { countryFeatures, featureIds } from "./features.js";

/** Width of the coordinate space the world is projected into (the viewBox scales it). */
export const WORLD_WIDTH = 960;
/** Width of the Caucasus inset's coordinate space. */
export const INSET_WIDTH = 480;

/**
 * The Caucasus inset: Armenia, Azerbaijan (with Nakhchivan), Georgia, eastern Turkey and
 * northern Iran. Corners as a MultiPoint so the fit does not depend on polygon winding.
 */
export const INSET_DOMAIN = {
  type: "MultiPoint",
  coordinates: [
    [39.2, 37.4],
    [51.2, 37.4],
    [39.2, 43.9],
    [51.2, 43.9],
  ],
} as const;

/**
 * Where the reader-facing labels of the inset sit (lon, lat), chosen by eye so they stay inside
 * each country at 320 px. Keyed by ISO 3166-1 numeric. Names come from the country table.
 */
export const INSET_LABELS: Readonly<Record<string, readonly [number, number]>> = {
  "268": [43.4, 42.25], // Georgia
  "051": [44.55, 40.35], // Armenia
  "031": [48.6, 40.75], // Azerbaijan
  "792": [40.9, 38.6], // Turkey
  "364": [48.9, 38.0], // Iran
};

/**
 * Short forms for inset labels where the ISO name is a long official form that would not fit
 * ("Islamic Republic of Iran"). Everywhere else (tooltips, list, table) the ISO name is used.
 */
export const INSET_SHORT_NAMES: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  "364": { fr: "Iran", en: "Iran" },
};

/**
 * Stepanakert, for a context label "Nagorno-Karabakh" in the inset. The 1:110m map has no
 * boundary for the region; a point with its name situates it without drawing one.
 */
export const KARABAKH_POINT: readonly [number, number] = [46.75, 39.82];

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
  /** Projected positions of `SMALL_STATE_CENTROIDS` (world) or of the inset labels (inset). */
  readonly points: ReadonlyMap<string, readonly [number, number]>;
}

const worldCache = new Map<ProjectionName, ProjectedMap>();
let insetCache: ProjectedMap | undefined;

/** The world projected with `projection`, computed on first use and cached. */
export function projectedWorld(projection: ProjectionName, document: Document): ProjectedMap {
  let cached = worldCache.get(projection);
  if (!cached) {
    const features = countryFeatures();
    cached = project(document, {
      width: WORLD_WIDTH,
      // Fitted to the countries' vertices as points: the same extent as fitting to the polygons
      // (whose projected edges run between those vertices) without projecting every edge once
      // more, which was a quarter of a page's first map.
      projection: {
        type: projection,
        domain: { type: "MultiPoint", coordinates: features.flatMap((f) => ringsOf(f).flat()) },
      },
      features,
      points: SMALL_STATE_CENTROIDS,
      crop: "features",
    });
    worldCache.set(projection, cached);
  }
  return cached;
}

/** The Caucasus inset, projected once (Mercator keeps local shapes true at this scale). */
export function projectedInset(document: Document): ProjectedMap {
  if (!insetCache) {
    const [[west, south], , , [east, north]] = INSET_DOMAIN.coordinates;
    insetCache = project(document, {
      width: INSET_WIDTH,
      projection: { type: "mercator", domain: INSET_DOMAIN },
      // Projecting (and clipping) only the states near the frame: the other 160 would be
      // clipped away entirely, after costing a third of the map's first render.
      features: countryFeatures().filter((f) => {
        const [[x0, y0], [x1, y1]] = lonLatBounds(f);
        return x1 >= west - 1 && x0 <= east + 1 && y1 >= south - 1 && y0 <= north + 1;
      }),
      points: { ...INSET_LABELS, karabakh: KARABAKH_POINT },
      crop: INSET_DOMAIN,
    });
  }
  return insetCache;
}

/** Forget the cached projections (benchmarks measure cold renders with it). */
export function clearGeometryCache(): void {
  worldCache.clear();
  insetCache = undefined;
}

interface ProjectArgs {
  width: number;
  projection: Plot.ProjectionOptions;
  features: readonly CountryFeature[];
  points: Readonly<Record<string, readonly [number, number]>>;
  /** The geometry whose projected bounds become the viewBox, or all the features. */
  crop: "features" | typeof INSET_DOMAIN;
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
          features.push(projectedFeature(f, d));
        }
        const points = new Map(
          Object.entries(args.points).map(([key, [lon, lat]]) => {
            const [x, y] = path.centroid({ type: "Point", coordinates: [lon, lat] });
            return [key, [round(x), round(y)] as const];
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
        };
        return null;
      },
    ],
  });
  if (!result) throw new Error("reactions-map: Plot did not run the projection mark");
  return result;
}

type Bounds = [[number, number], [number, number]];

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
function projectedFeature(f: CountryFeature, d: string): ProjectedFeature {
  let measured: { centroid: readonly [number, number]; area: number } | undefined;
  const measure = () => {
    measured ??= measurePath(d);
    return measured;
  };
  return {
    id: f.id === undefined ? undefined : String(f.id),
    name: f.properties.name,
    d,
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
  return { centroid: [round(best.x), round(best.y)], area: Math.abs(total) };
}

const round = (v: number) => Math.round(v * 10) / 10;
