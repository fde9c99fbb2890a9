/**
 * Registers the built-in tables beyond `en` and `fr`. The ESM build and the all-in-one script
 * tag import this; the core script tag leaves it out (rollup.config.mjs) and ships each table as
 * `karabakh2023.locale-<tag>.min.js` (src/split/locale-entry.ts), to stay within its size budget.
 */
import { enUS } from "./en-US.js";
import { hy } from "./hy.js";
import { addBuiltInLocale } from "./registry.js";
import { ru } from "./ru.js";

addBuiltInLocale("en-US", enUS);
addBuiltInLocale("hy", hy);
addBuiltInLocale("ru", ru);
