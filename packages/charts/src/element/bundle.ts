/**
 * Entry of the script-tag bundle (`dist/karabakh2023.min.js`, global `Karabakh2023`):
 * the three chart functions plus `<karabakh-chart>`, registered on load.
 */
export { casualtyComparison, reactionsMap, refugeeCurve } from "../index.js";
export { defineKarabakhChart, KarabakhChart, TAG_NAME } from "./index.js";
