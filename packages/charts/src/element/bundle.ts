/**
 * Entry of the script-tag bundle (`dist/karabakh2023.min.js`, global `Karabakh2023`):
 * the chart functions and their registry, plus `<karabakh-chart>`, registered on load. (The sample
 * story stays out: 3 KB no article needs.)
 */
import { addBuiltInLocales } from "../locales/built-in.js";

// The entry's own statement, so tree-shaking keeps it (the core's copy of this module is a no-op).
addBuiltInLocales();

export {
  BUILT_IN_LOCALES,
  CHART_IDS,
  CHARTS,
  casualtyComparison,
  reactionsMap,
  refugeeCurve,
  registerLocale,
} from "../index.js";
export { defineKarabakhChart, KarabakhChart, TAG_NAME } from "./index.js";
