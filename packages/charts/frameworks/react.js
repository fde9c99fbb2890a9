// @karabakh2023/charts/react: registers <karabakh-chart> (as ./element does); its types are in react.d.ts.
export * from "./element/index.js";
