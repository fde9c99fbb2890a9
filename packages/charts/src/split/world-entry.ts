/**
 * Entry of `karabakh2023.world.min.js`: the world topology and the parts of d3-geo Plot projects
 * with, for maps projected on the page (the default map's paths are in the map file, projected at
 * build time).
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
import topology from "../reactions-map/generated/world.json";
import { WORLD_GLOBAL, type WorldFile } from "./globals.js";

const file: WorldFile = {
  topology,
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
(globalThis as Record<string, unknown>)[WORLD_GLOBAL] = file;
