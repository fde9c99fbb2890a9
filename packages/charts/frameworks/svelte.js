// @karabakh2023/charts/svelte: registers <karabakh-chart> (as ./element does); its types are in svelte.d.ts.
export * from "./element/index.js";
