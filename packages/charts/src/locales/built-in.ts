/**
 * The built-in tables beyond `en` and `fr` (which the registry holds), with the built-in
 * dataset's texts in those languages. The element's ESM entry and the all-in-one script tag call
 * `addBuiltInLocales()`; the core script tag replaces this module (rollup.config.mjs) and ships
 * each table as `karabakh2023.locale-<tag>.min.js` (src/split/locale-*.ts) and the dataset's
 * texts as `karabakh2023.data[.<chart>].locale-<tag>.min.js`; the main ESM entry leaves them to
 * `@karabakh2023/charts/locales/<tag>`, so a bundle carries only the tables it imports.
 */
import { hy as hyTexts } from "@karabakh2023/data/i18n/hy";
import { ru as ruTexts } from "@karabakh2023/data/i18n/ru";
import { addDefaultStoryTranslations } from "../default-story.js";
import { enUS } from "./en-US.js";
import { hy } from "./hy.js";
import { addBuiltInLocale } from "./registry.js";
import { ru } from "./ru.js";

export function addBuiltInLocales(): void {
  addBuiltInLocale("en-US", enUS);
  addBuiltInLocale("hy", hy);
  addBuiltInLocale("ru", ru);
  addDefaultStoryTranslations(hyTexts);
  addDefaultStoryTranslations(ruTexts);
}
