import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Node-side tests: data, charts (SVG snapshots via linkedom), security, packaging.
// Tests import the packages by name; the aliases point them at the sources so a test
// run does not depend on a stale dist/ (the build is still checked by tests/packaging).
export default defineConfig({
  resolve: {
    alias: {
      "@karabakh2023/data": src("./packages/data/src/index.ts"),
      "@karabakh2023/charts": src("./packages/charts/src/index.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    exclude: ["tests/browser/**", "**/node_modules/**"],
    environment: "node",
    env: { TZ: "UTC" },
    testTimeout: 30_000,
  },
});
