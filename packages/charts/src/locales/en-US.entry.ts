/**
 * `@karabakh2023/charts/locales/en-US`: importing this entry registers the built-in `en-US` table, so
 * that `locale: "en-US"` (or a tag of its language) works. Kept out of the main entry so a page that
 * never draws in en-US does not download it; `@karabakh2023/charts/element` imports every table.
 */
import { enUS } from "./en-US.js";
import { addBuiltInLocale } from "./registry.js";

addBuiltInLocale("en-US", enUS);

export { enUS };
