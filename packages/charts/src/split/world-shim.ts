/** Replaces reactions-map/generated/world.json in the core script-tag bundle (see rollup.config.mjs). */
import { lateBound, WORLD_GLOBAL } from "./globals.js";

export default lateBound(WORLD_GLOBAL, undefined, {});
