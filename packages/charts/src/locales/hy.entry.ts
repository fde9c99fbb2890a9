/**
 * `@karabakh2023/charts/locales/hy`: importing this entry registers the built-in `hy` table, so
 * that `locale: "hy"` (or a tag of its language) works. Kept out of the main entry so a page that
 * never draws in hy does not download it; `@karabakh2023/charts/element` imports every table.
 */
import { hy } from "./hy.js";
import { addBuiltInLocale } from "./registry.js";

addBuiltInLocale("hy", hy);

export { hy };
