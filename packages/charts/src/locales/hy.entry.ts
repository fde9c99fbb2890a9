/**
 * `@karabakh2023/charts/locales/hy`: importing this entry registers the built-in `hy` table, so
 * that `locale: "hy"` (or a tag of its language) works, and the built-in dataset's hy texts
 * (`@karabakh2023/data/i18n/hy`, data/i18n/hy.csv) for the default story. Kept out of the main entry
 * so a page that never draws in hy does not download them; `@karabakh2023/charts/element`
 * imports every table.
 */
import { hy as storyTexts } from "@karabakh2023/data/i18n/hy";
import { addDefaultStoryTranslations } from "../default-story.js";
import { hy } from "./hy.js";
import { addBuiltInLocale } from "./registry.js";

addBuiltInLocale("hy", hy);
addDefaultStoryTranslations(storyTexts);

export { hy };
