import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Node-side tests: data, charts (SVG snapshots via linkedom), hostile input, security, embed,
// budgets and consumers. Tests import the packages by name; the aliases point them at the
// sources so a test run does not depend on a stale dist/ (tests/consumers and tests/budgets
// check the built packages themselves).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@karabakh2023\/data$/, replacement: src("./packages/data/src/index.ts") },
      {
        find: /^@karabakh2023\/data\/i18n\/(.+)$/,
        replacement: src("./packages/data/src/generated/i18n-$1.ts"),
      },
      { find: /^@karabakh2023\/charts$/, replacement: src("./packages/charts/src/index.ts") },
      {
        find: /^@karabakh2023\/charts\/locales\/(.+)$/,
        replacement: src("./packages/charts/src/locales/$1.entry.ts"),
      },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "**/node_modules/**"],
    environment: "node",
    env: { TZ: "UTC" },
    testTimeout: 30_000,
  },
});
