import { fileURLToPath } from "node:url";

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const ROOT = at("");
export const CHARTS_DIR = at("packages/charts");
/** The shipped script-tag bundle (built by `pnpm build`). */
export const SCRIPT_TAG_BUNDLE = at("packages/charts/dist/karabakh2023.min.js");
const dist = (file: string) => at(`packages/charts/dist/${file}`);
/**
 * The split script-tag files: the code of the bars and the element; the map (its code and the
 * default map's built paths); the curve (its code); the world topology and d3-geo (for maps projected on the
 * page); the whole dataset, and each chart's part of it.
 */
export const SPLIT_BUNDLE = {
  core: dist("karabakh2023.core.min.js"),
  map: dist("karabakh2023.map.min.js"),
  curve: dist("karabakh2023.curve.min.js"),
  world: dist("karabakh2023.world.min.js"),
  lazy: dist("karabakh2023.lazy.min.js"),
  data: dist("karabakh2023.data.min.js"),
  casualtiesData: dist("karabakh2023.data.casualties.min.js"),
  refugeesData: dist("karabakh2023.data.refugees.min.js"),
  reactionsData: dist("karabakh2023.data.reactions.min.js"),
} as const;

/**
 * What a page with one chart of the built-in story loads, in its default options (file names in
 * dist/): the default map needs no world file.
 */
export const ONE_CHART_PAGE = {
  casualtyComparison: ["karabakh2023.core.min.js", "karabakh2023.data.casualties.min.js"],
  refugeeCurve: [
    "karabakh2023.core.min.js",
    "karabakh2023.curve.min.js",
    "karabakh2023.data.refugees.min.js",
  ],
  reactionsMap: ["karabakh2023.core.min.js", "karabakh2023.map.min.js", "karabakh2023.data.reactions.min.js"],
} as const satisfies Record<(typeof CHARTS)[number], readonly string[]>;

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
/** The embed package's built Node entry (`renderHtml` for the prerendered article). */
export const EMBED_ENTRY = at("packages/embed/dist/esm/index.js");
export const CHARTS = ["casualtyComparison", "refugeeCurve", "reactionsMap"] as const;
