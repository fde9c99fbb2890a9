/**
 * Entry of `karabakh2023.core.min.js`: the script-tag bundle's code without the dataset and the
 * map (their own files), plus what it lends the map file. A map file loaded before the core
 * waits in `globalThis.Karabakh2023Pending` and is started by `lend.ts`, imported first so that
 * it runs before `<karabakh-chart>` is defined.
 */
import "./lend.js";

export * from "../element/bundle.js";
