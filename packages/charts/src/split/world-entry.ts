/**
 * Entry of `karabakh2023.world.min.js`: the world topology and the parts of d3-geo Plot projects
 * with, for maps projected on the page (the default map's paths are in the map file, projected at
 * build time).
 */
import topology from "../reactions-map/generated/world.json";
import * as d3geo from "./geo.js";
import { WORLD_GLOBAL, type WorldFile } from "./globals.js";

const file: WorldFile = { topology, d3geo };
(globalThis as Record<string, unknown>)[WORLD_GLOBAL] = file;
