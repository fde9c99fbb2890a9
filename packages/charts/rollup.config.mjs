// The script-tag bundles, minified IIFEs:
// - karabakh2023.min.js: everything in one file (global `Karabakh2023`, registers <karabakh-chart>);
// - karabakh2023.core.min.js: the same code without the dataset and the geometry, which are
//   karabakh2023.data.min.js and karabakh2023.world.min.js, for pages that want the fewest bytes:
//   a page drawing its own data loads the core alone, a bar chart page does not load the map.

import { fileURLToPath } from "node:url";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// The dataset from its sources, not its dist: dist/index.js is one module that also holds the zod
// schemas (validation, unused by the charts), and rollup cannot drop zod's top-level calls from
// it. From the sources, schema.ts is a separate module of a side-effect-free package: dropped.
const datasetFromSource = {
  name: "karabakh2023-data-source",
  resolveId(source) {
    return source === "@karabakh2023/data"
      ? this.resolve(here("../data/src/index.ts"), undefined, { skipSelf: true })
      : null;
  },
};

// The core bundle reads the dataset and the geometry from the globals the two data files set.
const SHIMS = [
  // The built-in tables beyond en and fr: karabakh2023.locale-<tag>.min.js.
  [/\/locales\/built-in(\.ts|\.js)?$/, here("src/split/no-locales.ts")],
  [/\/data\/src\/generated\/(dataset|countries)(\.ts)?$/, here("src/split/dataset-shim.ts")],
  [/\/reactions-map\/generated\/world\.json$/, here("src/split/world-shim.ts")],
];
const dataFromGlobals = {
  name: "karabakh2023-data-from-globals",
  async resolveId(source, importer, options) {
    if (!importer || !/generated|built-in/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const shim = resolved && SHIMS.find(([pattern]) => pattern.test(resolved.id));
    return shim ? this.resolve(shim[1], undefined, { skipSelf: true }) : resolved;
  },
};

// Parts of Plot and d3 that the three charts never reach, left out of both script-tag bundles.
// Plot's plot.js imports them for options we never pass (tips, Plot's own legends) or lists every
// named projection and colour scheme up front; our charts draw their own legends and tooltips,
// give every colour, and offer three projections (reactions-map/options.ts). Each left-out export
// becomes a function that throws, naming itself, so a future use fails loudly in the tests
// (every chart example is snapshotted) instead of drawing something wrong.
const LEFT_OUT = [
  { source: /\/marks\/tip\.js$/, keep: [] },
  { source: /\/interactions\/pointer\.js$/, keep: [] },
  { source: /\/legends\/(ramp|swatches)\.js$/, keep: [] },
  {
    source: /^d3-geo$/,
    keep: ["geoPath", "geoTransform", "geoClipRectangle", "geoStream", "geoIdentity"].concat([
      "geoEqualEarth",
      "geoEquirectangular",
      "geoMercator",
    ]),
  },
  // Every colour is given (figure/theme.ts, reactions-map/palette.ts): no named scheme is read.
  { source: /^d3-scale-chromatic$/, keep: [] },
  // Every axis has a tickFormat (Intl, figure/format.ts). Plot and d3-scale still make a few
  // formatters when they load or build a scale, so these factories return one that throws if
  // it is ever called.
  { source: /^d3-time-format$/, keep: [], factories: ["timeFormat", "utcFormat", "timeParse", "utcParse"] },
  // Likewise for numbers: every tick and label is formatted with Intl.NumberFormat.
  { source: /^d3-format$/, keep: [], factories: ["format", "formatPrefix"] },
];
const leaveOut = {
  name: "karabakh2023-leave-out",
  async resolveId(source, importer, options) {
    const rule = importer && LEFT_OUT.find((r) => r.source.test(source));
    if (!rule) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && `\0left-out:${resolved.id}`;
  },
  async load(id) {
    if (!id.startsWith("\0left-out:")) return null;
    const real = id.slice("\0left-out:".length);
    const rule = LEFT_OUT.find(
      (r) => r.source.test(real) || r.source.test(real.split("node_modules/").pop().split("/")[0]),
    );
    const { exports } = await this.load({ id: real });
    const kept = exports.filter((name) => rule.keep.includes(name));
    const stubs = exports
      .filter((name) => !kept.includes(name) && name !== "default")
      .map((name) =>
        rule.factories?.includes(name)
          ? `export const ${name} = (spec) => leftOut(\`${name}("\${spec}")\`);`
          : `export const ${name} = leftOut(${JSON.stringify(name)});`,
      );
    return [
      'const leftOut = (name) => () => { throw new Error("karabakh2023: " + name + " is not in this bundle (rollup.config.mjs)"); };',
      kept.length ? `export { ${kept.join(", ")} } from ${JSON.stringify(real)};` : "",
      ...stubs,
    ].join("\n");
  },
};

const LICENCES = "Observable Plot, d3 (ISC), topojson-client";

const bundle = (input, file, banner, extraPlugins = []) => ({
  input,
  output: {
    file: `dist/${file}`,
    format: "iife",
    // Only the code bundles declare the global; the data files set theirs (src/split/globals.ts).
    name: input.includes("/split/") ? undefined : "Karabakh2023",
    sourcemap: false,
    banner,
  },
  // Plot and d3 read no property for its side effects: assuming so drops a further ~7 KB gzip.
  treeshake: "smallest",
  plugins: [
    leaveOut,
    ...extraPlugins,
    datasetFromSource,
    nodeResolve({ browser: true, extensions: [".ts", ".js", ".mjs", ".json"] }),
    // Plot imports a CommonJS module (interval-tree-1d).
    commonjs(),
    json({ compact: true }),
    esbuild({ target: "es2020", tsconfig: "../../tsconfig.base.json" }),
    terser({ format: { comments: /^!/ } }),
  ],
  onwarn(warning, warn) {
    // d3 has known, harmless circular imports; anything else is reported.
    if (warning.code === "CIRCULAR_DEPENDENCY") return;
    warn(warning);
  },
});

export default [
  bundle(
    "src/element/bundle.ts",
    "karabakh2023.min.js",
    `/*! @karabakh2023/charts | MIT; dataset CC BY-SA 4.0; bundles ${LICENCES}, world-atlas (Natural Earth) */`,
  ),
  bundle(
    "src/element/bundle.ts",
    "karabakh2023.core.min.js",
    `/*! @karabakh2023/charts core | MIT; bundles ${LICENCES}. Built-in data: karabakh2023.data.min.js, map: karabakh2023.world.min.js */`,
    [dataFromGlobals],
  ),
  bundle(
    "src/split/dataset-entry.ts",
    "karabakh2023.data.min.js",
    "/*! @karabakh2023/data | CC BY-SA 4.0, every figure with its source, claimant and as-of date */",
  ),
  ...["en-US", "hy", "ru"].map((tag) =>
    bundle(
      `src/split/locale-${tag}.ts`,
      `karabakh2023.locale-${tag}.min.js`,
      `/*! @karabakh2023/charts ${tag} message table | MIT; load with karabakh2023.core.min.js */`,
    ),
  ),
  bundle(
    "src/split/world-entry.ts",
    "karabakh2023.world.min.js",
    "/*! karabakh2023 map geometry | world-atlas (Natural Earth, public domain), simplified */",
  ),
];
