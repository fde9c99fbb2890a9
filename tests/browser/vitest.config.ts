import { defineConfig } from "vitest/config";

// The browser suite: Node drives Debian's Chromium (playwright-core) through every story of
// the built Storybook. One file, one browser, run in sequence: the machine has 2 cores.
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
