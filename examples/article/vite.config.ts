import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The article imports the workspace packages by name; like the tests, it builds them from
// their sources so the example always shows the code in this repository.
export default defineConfig({
  root: at("."),
  base: "./",
  resolve: {
    alias: [
      {
        find: /^@karabakh2023\/charts\/element$/,
        replacement: at("../../packages/charts/src/element/index.ts"),
      },
      { find: /^@karabakh2023\/charts$/, replacement: at("../../packages/charts/src/index.ts") },
      { find: /^@karabakh2023\/data$/, replacement: at("../../packages/data/src/index.ts") },
      {
        find: /^@karabakh2023\/data\/i18n\/(.+)$/,
        replacement: at("../../packages/data/src/generated/i18n-$1.ts"),
      },
      { find: /^@karabakh2023\/embed\/resizer$/, replacement: at("../../packages/embed/src/resizer.ts") },
    ],
  },
  build: { outDir: at("dist"), emptyOutDir: true, target: "es2020" },
  plugins: [
    {
      // Vite rewrites the entry <script>; keep it render-blocking so the chart drawn by
      // <karabakh-chart> is in the first paint and the article never jumps (Chromium).
      name: "render-blocking-entry",
      transformIndexHtml: {
        order: "post",
        handler: (html) =>
          html.replace(
            /<script type="module" crossorigin/,
            '<script type="module" blocking="render" crossorigin',
          ),
      },
    },
  ],
});
