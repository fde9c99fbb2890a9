/**
 * Entry of `karabakh2023.core.min.js`: the script-tag bundle's code without the dataset and the
 * map (their own files), plus what it lends the map file. A map file loaded before the core
 * waits in `globalThis.Karabakh2023Pending` and is started here.
 */
import { PENDING_GLOBAL, SHARED_GLOBAL } from "./globals.js";
import * as shared from "./shared.js";

export * from "../element/bundle.js";

const root = globalThis as Record<string, unknown>;
root[SHARED_GLOBAL] = shared;
const pending = root[PENDING_GLOBAL];
delete root[PENDING_GLOBAL];
if (Array.isArray(pending)) for (const start of pending) start(shared);
