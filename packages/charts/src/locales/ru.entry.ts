/**
 * `@karabakh2023/charts/locales/ru`: importing this entry registers the built-in `ru` table, so
 * that `locale: "ru"` (or a tag of its language) works, and the built-in dataset's ru texts
 * (`@karabakh2023/data/i18n/ru`, data/i18n/ru.csv) for the default story. Kept out of the main entry
 * so a page that never draws in ru does not download them; `@karabakh2023/charts/element`
 * imports every table.
 */
import { ru as storyTexts } from "@karabakh2023/data/i18n/ru";
import { addDefaultStoryTranslations } from "../default-story.js";
import { addBuiltInLocale } from "./registry.js";
import { ru } from "./ru.js";

addBuiltInLocale("ru", ru);
addDefaultStoryTranslations(storyTexts);

export { ru };
