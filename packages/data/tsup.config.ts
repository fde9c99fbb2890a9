import { defineConfig } from "tsup";

export default defineConfig({
  // The validator (zod schemas) is an entry of its own so that, in the ESM build, index.js only
  // re-exports it from a separate chunk: with `sideEffects: false` a consumer's bundler then drops
  // zod entirely when only the data and helpers are imported (charts do not validate).
  // dates.ts is an entry too: otherwise esbuild puts it in the schema's chunk (schema.ts imports
  // it), and a chart that only checks a date would pull all of zod into the consumer's bundle.
  entry: [
    "src/index.ts",
    "src/validate.ts",
    "src/schema.ts",
    "src/countries.ts",
    "src/types.ts",
    "src/dates.ts",
    "src/time.ts",
    "src/vocabulary.ts",
    "src/csv.ts",
    // @karabakh2023/data/i18n/<locale>: the story's texts in a locale beyond its own (fr, en).
    "src/generated/i18n-*.ts",
  ],
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  target: "es2022",
  // scripts/build.ts empties dist/ and writes the JSON, CSV and schema files before tsup runs.
  clean: false,
  // zod stays an external dependency; the generated data is bundled.
});
