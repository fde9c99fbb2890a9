// The script-tag bundle: one minified IIFE exposing the global `Karabakh2023` (the three chart
// functions) and registering <karabakh-chart>. Every dependency (Plot, d3, topojson, the world
// atlas, the dataset) is inside, so a page needs this one file.

import { fileURLToPath } from "node:url";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";

// The dataset from its sources, not its dist: dist/index.js is one module that also holds the zod
// schemas (validation, unused by the charts), and rollup cannot drop zod's top-level calls from
// it. From the sources, schema.ts is a separate module of a side-effect-free package: dropped.
const dataSource = fileURLToPath(new URL("../data/src/index.ts", import.meta.url));
const datasetFromSource = {
  name: "karabakh2023-data-source",
  resolveId(source) {
    return source === "@karabakh2023/data" ? this.resolve(dataSource, undefined, { skipSelf: true }) : null;
  },
};

export default {
  input: "src/element/bundle.ts",
  output: {
    file: "dist/karabakh2023.min.js",
    format: "iife",
    name: "Karabakh2023",
    sourcemap: false,
    // Plot's licence header and the others, kept in the minified file.
    banner:
      "/*! @karabakh2023/charts | MIT; dataset CC BY-SA 4.0; bundles Observable Plot, d3 (ISC), topojson-client, world-atlas (Natural Earth) */",
  },
  // Plot and d3 read no property for its side effects: assuming so drops a further ~7 KB gzip.
  treeshake: "smallest",
  plugins: [
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
};
