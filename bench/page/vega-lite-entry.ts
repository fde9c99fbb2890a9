// Page bundle of the Vega-Lite specs: exposes `BenchVegaLite` (vega and vega-lite come from their own builds).
import { vegaLiteSpecs } from "../alternatives/vega-lite.js";

Object.assign(globalThis, { BenchVegaLite: vegaLiteSpecs });
