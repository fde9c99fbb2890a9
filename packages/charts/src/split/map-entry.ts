/**
 * Entry of `karabakh2023.map.min.js`: the reactions map's code, the parts of d3-geo Plot projects
 * it with, and the geometry, handed to the core file, whose Plot, chrome and data helpers it uses
 * (`shared.ts`; rollup.config.mjs wraps this file so it may load before or after the core).
 */
import {
  geoClipRectangle,
  geoEqualEarth,
  geoEquirectangular,
  geoIdentity,
  geoMercator,
  geoPath,
  geoStream,
} from "d3-geo";
import { reactionsMap } from "../reactions-map/index.js";
import { MAP_GLOBAL, type MapFile } from "./globals.js";

const file: MapFile = {
  reactionsMap,
  // What the core's Plot calls through (the core keeps only geoTransform, which Plot calls on load).
  d3geo: {
    geoClipRectangle,
    geoEqualEarth,
    geoEquirectangular,
    geoIdentity,
    geoMercator,
    geoPath,
    geoStream,
  },
};
(globalThis as Record<string, unknown>)[MAP_GLOBAL] = file;
