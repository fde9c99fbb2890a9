import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  target: "es2022",
  // scripts/build.ts empties dist/ and writes the JSON, CSV and schema files before tsup runs.
  clean: false,
  // zod stays an external dependency; the generated data is bundled.
});
