/**
 * The first module of `karabakh2023.core.min.js` (see core-entry.ts): lends the map and curve
 * files what they take from the core, and starts those loaded before it (waiting in
 * `globalThis.Karabakh2023Pending`). It runs before the element module defines
 * `<karabakh-chart>`: on a page whose scripts are `defer` (or at the end of the body), the
 * elements already in the page are upgraded, and drawn or adopted, during that definition, and
 * a map or curve file that had not yet been started would be missing ("the refugee curve is not
 * loaded").
 */
import { PENDING_GLOBAL, SHARED_GLOBAL } from "./globals.js";
import * as shared from "./shared.js";

const root = globalThis as Record<string, unknown>;
root[SHARED_GLOBAL] = shared;
const pending = root[PENDING_GLOBAL];
delete root[PENDING_GLOBAL];
if (Array.isArray(pending)) for (const start of pending) start(shared);
