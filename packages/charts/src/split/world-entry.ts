/** Entry of `karabakh2023.world.min.js`: the map's simplified topology, handed to the core bundle. */
import world from "../reactions-map/generated/world.json";
import { WORLD_GLOBAL } from "./globals.js";

(globalThis as Record<string, unknown>)[WORLD_GLOBAL] = world;
