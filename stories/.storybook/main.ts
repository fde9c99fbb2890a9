import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/html-vite";

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

const config: StorybookConfig = {
  framework: "@storybook/html-vite",
  stories: ["../**/*.mdx", "../**/*.stories.ts"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y"],
  // No outbound connection: no telemetry, no version check, no crash reports.
  core: { disableTelemetry: true, enableCrashReports: false },
  docs: { defaultName: "Docs" },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import("vite");
    // Stories import the packages by name, like any consumer. The aliases point at each
    // package's public entry (src/index.ts, what dist/index.js is built from), as the root
    // vitest config does, so `pnpm storybook` reloads on an edit without a rebuild.
    return mergeConfig(viteConfig, {
      resolve: {
        // Exact matches only: a deep import would bypass the public entry and should fail.
        alias: [
          { find: /^@karabakh2023\/data$/, replacement: root("packages/data/src/index.ts") },
          {
            find: /^@karabakh2023\/data\/i18n\/(.+)$/,
            replacement: root("packages/data/src/generated/i18n-$1.ts"),
          },
          { find: /^@karabakh2023\/charts$/, replacement: root("packages/charts/src/index.ts") },
          // The element on the same source as the charts, so a table registered by a story reaches it.
          {
            find: /^@karabakh2023\/charts\/element$/,
            replacement: root("packages/charts/src/element/index.ts"),
          },
          {
            find: /^@karabakh2023\/charts\/locales\/(.+)$/,
            replacement: root("packages/charts/src/locales/$1.entry.ts"),
          },
        ],
      },
      server: { host: "127.0.0.1", fs: { allow: [root("")] } },
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
