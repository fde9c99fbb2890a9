/**
 * Entry of `karabakh2023.map.min.js`: the reactions map's code and the default map's paths,
 * projected at build time, handed to the core file, whose Plot, chrome and data helpers it uses
 * (`shared.ts`; rollup.config.mjs wraps this file so it may load before or after the core). A map
 * projected on the page also needs `karabakh2023.world.min.js` (world-entry.ts).
 */
import { reactionsMap } from "../reactions-map/index.js";
import { MAP_GLOBAL, type MapFile } from "./globals.js";

const file: MapFile = { reactionsMap };
(globalThis as Record<string, unknown>)[MAP_GLOBAL] = file;
