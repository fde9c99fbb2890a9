/**
 * Entry of the script-tag bundle (`dist/karabakh2023.min.js`, global `Karabakh2023`):
 * the chart functions, their ids and the illustrative sample story (a template for a desk's own),
 * plus `<karabakh-chart>`, registered on load.
 */
export { CHART_IDS, casualtyComparison, reactionsMap, refugeeCurve, sampleStory } from "../index.js";
export { defineKarabakhChart, KarabakhChart, TAG_NAME } from "./index.js";
