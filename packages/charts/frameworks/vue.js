// @karabakh2023/charts/vue: registers <karabakh-chart> (as ./element does); its types are in vue.d.ts.
export * from "./element/index.js";
