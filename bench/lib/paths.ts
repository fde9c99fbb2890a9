import { fileURLToPath } from "node:url";

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const ROOT = at("");
export const CHARTS_DIR = at("packages/charts");
/** The shipped script-tag bundle (built by `pnpm build`). */
export const SCRIPT_TAG_BUNDLE = at("packages/charts/dist/karabakh2023.min.js");
/** The split script-tag files: code only, then the dataset and the geometry it reads. */
export const SPLIT_BUNDLE = {
  core: at("packages/charts/dist/karabakh2023.core.min.js"),
  data: at("packages/charts/dist/karabakh2023.data.min.js"),
  world: at("packages/charts/dist/karabakh2023.world.min.js"),
} as const;
/** The built-in message tables the core leaves out, one script-tag file each. */
export const LOCALE_FILES = {
  "en-US": at("packages/charts/dist/karabakh2023.locale-en-US.min.js"),
  hy: at("packages/charts/dist/karabakh2023.locale-hy.min.js"),
  ru: at("packages/charts/dist/karabakh2023.locale-ru.min.js"),
} as const;
/** The map's simplified topology, inlined in the bundles (budgeted on its own). */
export const GEOMETRY = at("packages/charts/src/reactions-map/generated/world.json");
export const VEGA = at("node_modules/vega/build/vega.min.js");
export const VEGA_LITE = at("node_modules/vega-lite/build/vega-lite.min.js");
export const BENCH_DIR = at("bench");
export const CHARTS = ["casualtyComparison", "refugeeCurve", "reactionsMap"] as const;
