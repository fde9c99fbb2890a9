/**
 * Entry of `karabakh2023.curve.min.js`: the refugee curve's code, handed to the core file, whose
 * Plot, chrome and data helpers it uses (`shared.ts`; rollup.config.mjs wraps this file so it may
 * load before or after the core).
 */
import { refugeeCurve } from "../refugee-curve/index.js";
import { CURVE_GLOBAL, type CurveFile } from "./globals.js";

const file: CurveFile = { refugeeCurve };
(globalThis as Record<string, unknown>)[CURVE_GLOBAL] = file;
