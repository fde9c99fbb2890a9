/**
 * The benchmark pages. `/all.html` loads every library (for interleaved warm and resize runs);
 * `/cold/<library>/<chart>.html` loads one library and draws one chart on load, for the cold
 * first render of a page.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Library } from "../page/harness.js";
import { CHARTS, ONE_CHART_PAGE, SCRIPT_TAG_BUNDLE, SPLIT_BUNDLE, VEGA, VEGA_LITE } from "./paths.js";
import type { Asset } from "./server.js";
import { harnessBundle, plotBundle, vegaLiteBundle } from "./sizes.js";

const JS = "text/javascript; charset=utf-8";
const HTML = "text/html; charset=utf-8";

const SCRIPTS: Record<Library, readonly string[]> = {
  ours: ["/karabakh2023.min.js"],
  plot: ["/plot.js"],
  "vega-lite": ["/vega.min.js", "/vega-lite.min.js", "/vega-lite-specs.js"],
};

function page(scripts: readonly string[], body = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>karabakh2023 bench</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 640px; }</style>
${scripts.map((s) => `<script src="${s}"></script>`).join("\n")}
</head><body><div id="stage"></div>${body}</body></html>`;
}

/**
 * The cold pages load what a newsroom page would for that one chart: its split files (the core,
 * the map file for the map, the chart's part of the dataset). The warm runs use the all-in-one
 * file: same code.
 */
const oursCold = (chart: (typeof CHARTS)[number]) => ONE_CHART_PAGE[chart].map((file) => `/${file}`);

export async function benchAssets(): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>([
    ["/karabakh2023.min.js", { type: JS, body: readFileSync(SCRIPT_TAG_BUNDLE) }],
    ...Object.values(SPLIT_BUNDLE).map(
      (path) => [`/${basename(path)}`, { type: JS, body: readFileSync(path) }] as [string, Asset],
    ),
    ["/vega.min.js", { type: JS, body: readFileSync(VEGA) }],
    ["/vega-lite.min.js", { type: JS, body: readFileSync(VEGA_LITE) }],
    ["/plot.js", { type: JS, body: await plotBundle() }],
    ["/vega-lite-specs.js", { type: JS, body: await vegaLiteBundle() }],
    ["/harness.js", { type: JS, body: await harnessBundle() }],
  ]);
  const all = Object.values(SCRIPTS).flat();
  assets.set("/all.html", { type: HTML, body: page([...all, "/harness.js"]) });
  for (const library of Object.keys(SCRIPTS) as Library[]) {
    for (const chart of CHARTS) {
      const run = `<script>window.coldResult = bench.cold(${JSON.stringify(library)}, ${JSON.stringify(chart)});</script>`;
      assets.set(`/cold/${library}/${chart}.html`, {
        type: HTML,
        body: page([...(library === "ours" ? oursCold(chart) : SCRIPTS[library]), "/harness.js"], run),
      });
    }
  }
  return assets;
}
