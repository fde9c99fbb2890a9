import { defineConfig } from "tsup";

export default defineConfig([
  // Node: the library and the command-line renderer.
  {
    entry: {
      index: "src/index.ts",
      bin: "src/bin.ts",
      resizer: "src/resizer.ts",
      protocol: "src/protocol.ts",
    },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: { entry: { index: "src/index.ts", resizer: "src/resizer.ts", protocol: "src/protocol.ts" } },
    // scripts/build.mjs empties dist/ first; the three configs run concurrently.
    clean: false,
    outDir: "dist/esm",
  },
  // Browser: the parent-side resizer a newsroom pastes (one small classic script).
  {
    entry: { resizer: "src/resizer-script.ts" },
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    minify: true,
    outDir: "dist",
    outExtension: () => ({ js: ".js" }),
  },
  // Browser: the embed pages' script, with the charts bundled in.
  {
    entry: { page: "src/iframe/page.ts" },
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    minify: true,
    noExternal: [/.*/],
    outDir: "dist/iframe",
    outExtension: () => ({ js: ".js" }),
  },
]);
