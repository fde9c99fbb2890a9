/**
 * Replaces reactions-map/generated/world.json in the map script-tag file (see rollup.config.mjs):
 * the topology is `karabakh2023.world.min.js`, read only when a map projects at run time (a
 * projection other than the default, or an inset of another region than the built-in story's).
 */
import { lateBound, WORLD_GLOBAL } from "./globals.js";

export default lateBound("topology", {}, WORLD_GLOBAL);
