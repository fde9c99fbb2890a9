/**
 * Replaces refugee-curve/index.ts in the core script-tag bundle (see rollup.config.mjs): the
 * curve's code is `karabakh2023.curve.min.js`, read when a curve is drawn, so a page with the
 * bars alone does not download it. Without that file, drawing a curve throws an error naming it,
 * which `<karabakh-chart>` shows in place of the chart.
 */
import type { refugeeCurve as drawCurve } from "../refugee-curve/index.js";
import { CURVE_GLOBAL, fromFile } from "./globals.js";

export const refugeeCurve: typeof drawCurve = (data, options) =>
  fromFile(CURVE_GLOBAL).refugeeCurve(data, options);
