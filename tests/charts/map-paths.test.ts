/**
 * The default map's build-time paths (packages/charts/src/reactions-map/generated/paths.json):
 * up to date with what scripts/build-map-paths.ts makes, the same figure as a map projected at
 * run time, and used without projecting anything.
 */
import { readFileSync } from "node:fs";
import { karabakh } from "@karabakh2023/data";
import { afterEach, describe, expect, it } from "vitest";
import { buildMapPaths, OUTPUT } from "../../packages/charts/scripts/build-map-paths.js";
import { topologyIds } from "../../packages/charts/src/reactions-map/features.js";
import {
  clearGeometryCache,
  featureIds,
  type ProjectedMap,
  projectedInset,
  projectedWorld,
  projectInset,
  projectWorld,
} from "../../packages/charts/src/reactions-map/geometry.js";
import { reactionsMap } from "../../packages/charts/src/reactions-map/index.js";
import { newDocument } from "./snapshot-utils.js";

afterEach(() => clearGeometryCache());

const region = karabakh.region as NonNullable<typeof karabakh.region>;
const numbers = (d: string) => Array.from(d.matchAll(/-?[\d.]+/g), ([n]) => Number(n));

/** The largest difference between two paths' coordinates (Infinity when their shapes differ). */
function drift(a: string, b: string): number {
  const [x, y] = [numbers(a), numbers(b)];
  if (a.replace(/-?[\d.]+/g, "#") !== b.replace(/-?[\d.]+/g, "#")) return Infinity;
  return Math.max(0, ...x.map((v, i) => Math.abs(v - (y[i] ?? Number.NaN))));
}

function expectSameMap(stored: ProjectedMap, projected: ProjectedMap) {
  expect(stored.features.map((f) => f.id ?? f.name)).toEqual(projected.features.map((f) => f.id ?? f.name));
  expect(stored.viewBox).toEqual(projected.viewBox);
  for (const [i, f] of stored.features.entries()) {
    // Within the paths' own rounding (0.1 unit; Plot writes one decimal).
    expect(drift(f.d, projected.features[i]?.d ?? ""), f.name).toBeLessThanOrEqual(0.1);
  }
  expect([...stored.points.keys()]).toEqual([...projected.points.keys()]);
}

describe("generated/paths.json", () => {
  it("is what scripts/build-map-paths.ts makes from the geometry and the default story's region", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(buildMapPaths());
  });

  it("holds the topology's country ids, so the default map's join needs no topology", () => {
    expect(featureIds()).toEqual(topologyIds());
    expect(featureIds().has("051")).toBe(true); // Armenia
  });

  it("holds the world and the inset as they are projected at run time", () => {
    expectSameMap(projectedWorld("equal-earth", newDocument()), projectWorld("equal-earth", newDocument()));
    expectSameMap(projectedInset(region, newDocument()), projectInset(region, newDocument()));
  });

  it("is read without projecting: a document Plot cannot draw in is never touched", () => {
    clearGeometryCache();
    const unusable = {} as Document;
    expect(projectedWorld("equal-earth", unusable).features.length).toBeGreaterThan(170);
    expect(projectedInset(region, unusable).byId.has("051")).toBe(true); // Armenia
    // Other projections and other regions still project, with the document they are given.
    expect(() => projectedWorld("mercator", unusable)).toThrow();
  });
});

describe("the default map drawn from the build-time paths", () => {
  for (const width of [320, 640, 1024]) {
    it(`reactionsMap(undefined, {width: ${width}}) is the figure a run-time projection draws`, () => {
      const draw = () =>
        reactionsMap(undefined, { document: newDocument(), width, idPrefix: "same" }).querySelector(
          ".k23-plot svg",
        )?.outerHTML ?? "";
      clearGeometryCache();
      const stored = draw();
      clearGeometryCache({ precomputed: false });
      const projected = draw();
      const paths = (svg: string) => Array.from(svg.matchAll(/ d="([^"]*)"/g), ([, d]) => d ?? "");
      // Every country's rings are drawn (the countries without a reaction share one path).
      expect(paths(stored).join("").split("M").length).toBeGreaterThan(250);
      expect(paths(stored).length).toBe(paths(projected).length);
      paths(stored).forEach((d, i) => {
        expect(drift(d, paths(projected)[i] ?? ""), `path ${i}`).toBeLessThanOrEqual(0.1);
      });
      // Everything else (the frame, the inset's place, dots, labels, the list) is the same markup.
      const rest = (svg: string) => svg.replace(/ d="[^"]*"/g, "");
      expect(rest(stored)).toBe(rest(projected));
    });
  }
});
