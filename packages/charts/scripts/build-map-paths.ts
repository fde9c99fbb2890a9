/**
 * Generates `src/reactions-map/generated/paths.json`: the default map projected at build time,
 * so a page's first default map projects nothing. It holds the world in the default projection
 * (Equal Earth) and the default story's inset, as reactions-map/geometry.ts would project them at
 * run time: the country paths in the maps' own coordinate space (960 and 480 units wide, scaled
 * to the drawn width by the viewBox transform), their bounds, the viewBox, the frame and the
 * projected points (small states, inset labels); and the topology's country ids, so that the
 * default map needs no topology at all.
 *
 *   pnpm exec tsx packages/charts/scripts/build-map-paths.ts [--check]
 *
 * Run it after changing the geometry (scripts/build-geometry.ts), the projection code or the
 * default story's region; tests/charts/map-paths.test.ts checks that the committed file is what
 * this script makes and draws the same figure as a map projected at run time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { storyMeta } from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { topologyIds } from "../src/reactions-map/features.js";
import {
  insetKey,
  projectInset,
  projectWorld,
  type StoredMap,
  type StoredMaps,
  toStored,
} from "../src/reactions-map/geometry.js";
import { DEFAULT_PROJECTION } from "../src/reactions-map/options.js";

export const OUTPUT = fileURLToPath(new URL("../src/reactions-map/generated/paths.json", import.meta.url));

/** One feature per line, so a change to the geometry reads as a diff of the countries it moved. */
function format(maps: StoredMaps): string {
  const map = (m: StoredMap, extra: string) =>
    [
      "{",
      extra,
      `  "viewBox": ${JSON.stringify(m.viewBox)},`,
      `  "frame": ${JSON.stringify(m.frame)},`,
      `  "points": ${JSON.stringify(m.points)},`,
      `  "features": [\n${m.features.map((f) => `   ${JSON.stringify(f)}`).join(",\n")}\n  ]`,
      " }",
    ]
      .filter(Boolean)
      .join("\n");
  return `{\n "projection": ${JSON.stringify(maps.projection)},\n "ids": ${JSON.stringify(maps.ids)},\n "world": ${map(maps.world, "")},\n "inset": ${map(maps.inset, `  "key": ${JSON.stringify(maps.inset.key)},`)}\n}\n`;
}

/** The file's content, projected now (deterministic). */
export function buildMapPaths(): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  const region = storyMeta.region;
  if (!region) throw new Error("build-map-paths: the default story has no region");
  return format({
    projection: DEFAULT_PROJECTION,
    ids: [...topologyIds()],
    world: toStored(projectWorld(DEFAULT_PROJECTION, doc)),
    inset: { key: insetKey(region), ...toStored(projectInset(region, doc)) },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const content = buildMapPaths();
  if (values.check) {
    if (readFileSync(OUTPUT, "utf8") !== content) {
      console.error(`${OUTPUT} is out of date: run pnpm exec tsx packages/charts/scripts/build-map-paths.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, content);
    console.log(`wrote ${OUTPUT} (${content.length} bytes)`);
  }
}
