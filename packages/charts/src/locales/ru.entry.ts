/**
 * `@karabakh2023/charts/locales/ru`: importing this entry registers the built-in `ru` table, so
 * that `locale: "ru"` (or a tag of its language) works. Kept out of the main entry so a page that
 * never draws in ru does not download it; `@karabakh2023/charts/element` imports every table.
 */

import { addBuiltInLocale } from "./registry.js";
import { ru } from "./ru.js";

addBuiltInLocale("ru", ru);

export { ru };
