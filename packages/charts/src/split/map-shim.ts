/**
 * Replaces reactions-map/index.ts in the core script-tag bundle (see rollup.config.mjs): the map's
 * code, d3-geo and the geometry are `karabakh2023.map.min.js`, read when a map is drawn. Without
 * that file, drawing a map throws an error naming it, which `<karabakh-chart>` shows in place of
 * the chart.
 */
import type { reactionsMap as drawMap } from "../reactions-map/index.js";
import { fromFile, MAP_GLOBAL } from "./globals.js";

export const reactionsMap: typeof drawMap = (data, options) =>
  fromFile(MAP_GLOBAL).reactionsMap(data, options);
