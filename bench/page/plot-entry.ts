// Page bundle of the direct-Plot alternatives: exposes `BenchPlot`.
import { plotCharts } from "../alternatives/plot.js";

Object.assign(globalThis, { BenchPlot: plotCharts });
