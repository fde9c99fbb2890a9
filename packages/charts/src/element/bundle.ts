/**
 * Entry of the script-tag bundle (`dist/karabakh2023.min.js`, global `Karabakh2023`):
 * the chart functions and their registry, plus `<karabakh-chart>`, registered on load. (The sample
 * story stays out: 3 KB no article needs.)
 */
export { CHART_IDS, CHARTS, casualtyComparison, reactionsMap, refugeeCurve } from "../index.js";
export { defineKarabakhChart, KarabakhChart, TAG_NAME } from "./index.js";
