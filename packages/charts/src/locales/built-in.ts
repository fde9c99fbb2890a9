/**
 * The built-in tables beyond `en` and `fr` (which the registry holds). The element's ESM entry
 * and the all-in-one script tag call `addBuiltInLocales()`; the core script tag replaces this
 * module (rollup.config.mjs) and ships each table as `karabakh2023.locale-<tag>.min.js`
 * (src/split/locale-*.ts); the main ESM entry leaves them to `@karabakh2023/charts/locales/<tag>`,
 * so a bundle carries only the tables it imports.
 */
import { enUS } from "./en-US.js";
import { hy } from "./hy.js";
import { addBuiltInLocale } from "./registry.js";
import { ru } from "./ru.js";

export function addBuiltInLocales(): void {
  addBuiltInLocale("en-US", enUS);
  addBuiltInLocale("hy", hy);
  addBuiltInLocale("ru", ru);
}
