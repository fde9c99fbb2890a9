import { defineConfig } from "tsup";

// ESM + declarations for bundlers and Node. Dependencies (Plot, d3-array, topojson-client,
// world-atlas, @karabakh2023/data) stay imports: the consumer's bundler dedupes them.
// Except world-atlas: its JSON is inlined, because a bare JSON import fails in Node's ESM loader
// (it needs an import attribute) and the package must render on the server too.
// The minified script-tag bundle is rollup's job (rollup.config.mjs), run after this.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "element/index": "src/element/index.ts",
    "locales/en-US": "src/locales/en-US.entry.ts",
    "locales/hy": "src/locales/hy.entry.ts",
    "locales/ru": "src/locales/ru.entry.ts",
  },
  format: ["esm"],
  dts: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  noExternal: ["world-atlas"],
});
