/**
 * The React 19, Svelte 5 and Vue 3 consumer projects of consumers.test.ts (Vite apps built from
 * the packed tarballs), as file maps. Each app draws the three charts twice, as
 * `<karabakh-chart>` and through the chart functions (a small component that appends the figure
 * and disposes of it on cleanup), with three buttons: switch the language (both forms), switch
 * the data (the function form gets every other record), unmount everything. Each has a `wrong`
 * file of template uses that must fail its type-checker, and nothing else may.
 *
 * The frameworks are the projects' own dependencies (installed by npm with them), never the
 * published packages': the packages' framework entries import only their types.
 */
import type { Project, Tarballs } from "./projects.js";

export const FRAMEWORKS = ["react", "svelte", "vue"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Versions that install and run here (Node 20, the workspace's Vite 8.3.x and TypeScript 5.9). */
const VERSIONS = {
  vite: "8.3.8",
  typescript: "5.9.3",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "@types/react": "19.3.0",
  "@types/react-dom": "19.3.0",
  "@vitejs/plugin-react": "6.3.0",
  svelte: "5.57.3",
  "@sveltejs/vite-plugin-svelte": "7.3.1",
  "svelte-check": "4.7.8",
  vue: "3.5.45",
  "@vitejs/plugin-vue": "6.0.11",
  "vue-tsc": "3.3.14",
} as const;

const PACKAGES: Record<Framework, (keyof typeof VERSIONS)[]> = {
  react: ["react", "react-dom", "@types/react", "@types/react-dom", "@vitejs/plugin-react"],
  svelte: ["svelte", "@sveltejs/vite-plugin-svelte", "svelte-check"],
  vue: ["vue", "@vitejs/plugin-vue", "vue-tsc"],
};

/** The command that type-checks a project (run from its node_modules/.bin). */
export const TYPE_CHECK: Record<Framework, string[]> = {
  react: ["tsc", "-p", "tsconfig.json"],
  svelte: ["svelte-check", "--output", "machine", "--tsconfig", "./tsconfig.json"],
  vue: ["vue-tsc", "-p", "tsconfig.json"],
};

/** The file of wrong uses: every line of it naming the element must be reported, and no other line. */
export const WRONG_FILE: Record<Framework, string> = {
  react: "src/wrong.tsx",
  svelte: "src/Wrong.svelte",
  vue: "src/Wrong.vue",
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function manifest(framework: Framework, tarballs: Tarballs) {
  const deps = {
    "@karabakh2023/charts": `file:${tarballs.charts}`,
    "@karabakh2023/data": `file:${tarballs.data}`,
  };
  const pinned = (names: (keyof typeof VERSIONS)[]) => Object.fromEntries(names.map((n) => [n, VERSIONS[n]]));
  return json({
    name: `karabakh-consumer-${framework}`,
    private: true,
    version: "0.0.0",
    type: "module",
    dependencies: { ...deps, ...pinned(PACKAGES[framework]) },
    devDependencies: pinned(["vite", "typescript"]),
    overrides: deps,
  });
}

const compilerOptions = {
  target: "ES2022",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  module: "ESNext",
  moduleResolution: "bundler",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Counts the ResizeObserver observations in force, so the test can see that unmounting released
 * every one (a classic script, run before the app's module).
 */
const COUNT_OBSERVERS = `<script>
(() => {
  let active = 0;
  const Observer = window.ResizeObserver;
  window.ResizeObserver = class extends Observer {
    #targets = new Set();
    observe(target, options) {
      if (!this.#targets.has(target)) active++;
      this.#targets.add(target);
      super.observe(target, options);
    }
    unobserve(target) {
      if (this.#targets.delete(target)) active--;
      super.unobserve(target);
    }
    disconnect() {
      active -= this.#targets.size;
      this.#targets.clear();
      super.disconnect();
    }
  };
  window.__observations = () => active;
})();
</script>`;

const html = (framework: Framework, entry: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${framework} consumer</title>
${COUNT_OBSERVERS}
</head>
<body>
<div id="app"></div>
<script type="module" src="/src/${entry}"></script>
</body>
</html>
`;

/** The function form, shared by the three apps: a chart of all or every other record. */
const CHARTS_TS = `import { type ChartFigure, casualtyComparison, reactionsMap, refugeeCurve } from "@karabakh2023/charts";
import type { ElementChart } from "@karabakh2023/charts/element";
import { casualties, type Locale, reactions, refugees } from "@karabakh2023/data";

export type DataSet = "all" | "half";

const pick = <T>(rows: readonly T[], data: DataSet) => (data === "all" ? rows : rows.filter((_, i) => i % 2 === 0));

export function draw(chart: ElementChart, data: DataSet, locale: Locale): ChartFigure {
  switch (chart) {
    case "casualties":
      return casualtyComparison(pick(casualties, data), { locale });
    case "refugees":
      return refugeeCurve(pick(refugees, data), { locale });
    case "reactions":
      return reactionsMap(pick(reactions, data), { locale });
  }
}
`;

function react(tarballs: Tarballs): Project {
  return {
    "package.json": manifest("react", tarballs),
    "tsconfig.json": json({
      compilerOptions: { ...compilerOptions, jsx: "react-jsx", types: ["react", "react-dom"] },
      include: ["src"],
    }),
    "vite.config.ts": `import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [react()] });
`,
    "index.html": html("react", "main.tsx"),
    "src/charts.ts": CHARTS_TS,
    "src/main.tsx": `import { CHART_IDS, type ElementChart } from "@karabakh2023/charts/react";
import type { Locale } from "@karabakh2023/data";
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { type DataSet, draw } from "./charts";

function Figure({ chart, data, locale }: { chart: ElementChart; data: DataSet; locale: Locale }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = draw(chart, data, locale);
    container.current?.replaceChildren(figure);
    return () => {
      figure.remove();
      figure.dispose();
    };
  }, [chart, data, locale]);
  return <div className="function-form" data-chart={chart} ref={container} />;
}

function App() {
  const [locale, setLocale] = useState<Locale>("en");
  const [data, setData] = useState<DataSet>("all");
  const [mounted, setMounted] = useState(true);
  const element = useRef<HTMLElementTagNameMap["karabakh-chart"]>(null);
  return (
    <>
      <button type="button" id="locale" onClick={() => setLocale(locale === "en" ? "fr" : "en")}>Language</button>
      <button type="button" id="data" onClick={() => setData(data === "all" ? "half" : "all")}>Data</button>
      <button type="button" id="mount" onClick={() => setMounted(!mounted)}>Unmount</button>
      {mounted && (
        <section id="charts">
          {CHART_IDS.map((chart) => (
            <div key={chart}>
              <karabakh-chart chart={chart} lang={locale} ref={chart === "refugees" ? element : undefined} />
              <Figure chart={chart} data={data} locale={locale} />
            </div>
          ))}
        </section>
      )}
    </>
  );
}

const root = document.getElementById("app");
if (!root) throw new Error("#app is missing");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
    [WRONG_FILE.react]: `import "@karabakh2023/charts/react";

export const wrong = [
  <karabakh-chart key="a" chart="pie" />,
  <karabakh-chart key="b" chart="refugees" theme="blue" />,
  <karabakh-chart key="c" lang="fr" />,
];
`,
  };
}

function svelte(tarballs: Tarballs): Project {
  return {
    "package.json": manifest("svelte", tarballs),
    "tsconfig.json": json({
      compilerOptions: { ...compilerOptions, verbatimModuleSyntax: true, types: ["svelte"] },
      include: ["src"],
    }),
    "vite.config.ts": `import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [svelte()] });
`,
    "index.html": html("svelte", "main.ts"),
    "src/charts.ts": CHARTS_TS,
    "src/main.ts": `import { mount } from "svelte";
import App from "./App.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("#app is missing");
mount(App, { target });
`,
    "src/Figure.svelte": `<script lang="ts">
  import type { ElementChart } from "@karabakh2023/charts/svelte";
  import type { Locale } from "@karabakh2023/data";
  import { type DataSet, draw } from "./charts";

  let { chart, data, locale }: { chart: ElementChart; data: DataSet; locale: Locale } = $props();
  let container: HTMLDivElement;

  $effect(() => {
    const figure = draw(chart, data, locale);
    container.replaceChildren(figure);
    return () => {
      figure.remove();
      figure.dispose();
    };
  });
</script>

<div class="function-form" data-chart={chart} bind:this={container}></div>
`,
    "src/App.svelte": `<script lang="ts">
  import { CHART_IDS, type KarabakhChart } from "@karabakh2023/charts/svelte";
  import type { Locale } from "@karabakh2023/data";
  import type { DataSet } from "./charts";
  import Figure from "./Figure.svelte";

  let locale: Locale = $state("en");
  let data: DataSet = $state("all");
  let mounted = $state(true);
  let element: KarabakhChart | undefined = $state();
</script>

<button type="button" id="locale" onclick={() => (locale = locale === "en" ? "fr" : "en")}>Language</button>
<button type="button" id="data" onclick={() => (data = data === "all" ? "half" : "all")}>Data</button>
<button type="button" id="mount" onclick={() => (mounted = !mounted)}>Unmount</button>
{#if mounted}
  <section id="charts" data-element={element?.tagName}>
    {#each CHART_IDS as chart (chart)}
      <div>
        {#if chart === "refugees"}
          <karabakh-chart {chart} lang={locale} bind:this={element}></karabakh-chart>
        {:else}
          <karabakh-chart {chart} lang={locale}></karabakh-chart>
        {/if}
        <Figure {chart} {data} {locale} />
      </div>
    {/each}
  </section>
{/if}
`,
    [WRONG_FILE.svelte]: `<script lang="ts">
  import "@karabakh2023/charts/svelte";
</script>

<karabakh-chart chart="pie"></karabakh-chart>
<karabakh-chart chart="refugees" theme="blue"></karabakh-chart>
<karabakh-chart lang="fr"></karabakh-chart>
`,
  };
}

function vue(tarballs: Tarballs): Project {
  return {
    "package.json": manifest("vue", tarballs),
    "tsconfig.json": json({
      compilerOptions: { ...compilerOptions, jsx: "preserve", types: [] },
      include: ["src/**/*.ts", "src/**/*.vue"],
    }),
    "vite.config.ts": `import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "karabakh-chart" } } })],
});
`,
    "index.html": html("vue", "main.ts"),
    "src/charts.ts": CHARTS_TS,
    "src/main.ts": `import { createApp } from "vue";
import App from "./App.vue";

createApp(App).mount("#app");
`,
    "src/Figure.vue": `<script setup lang="ts">
import type { ElementChart } from "@karabakh2023/charts/vue";
import type { Locale } from "@karabakh2023/data";
import { useTemplateRef, watchPostEffect } from "vue";
import { type DataSet, draw } from "./charts";

const props = defineProps<{ chart: ElementChart; data: DataSet; locale: Locale }>();
const container = useTemplateRef<HTMLDivElement>("container");

watchPostEffect((onCleanup) => {
  const element = container.value;
  if (!element) return;
  const figure = draw(props.chart, props.data, props.locale);
  element.replaceChildren(figure);
  onCleanup(() => {
    figure.remove();
    figure.dispose();
  });
});
</script>

<template>
  <div ref="container" class="function-form" :data-chart="chart"></div>
</template>
`,
    "src/App.vue": `<script setup lang="ts">
import { CHART_IDS } from "@karabakh2023/charts/vue";
import type { Locale } from "@karabakh2023/data";
import { ref } from "vue";
import type { DataSet } from "./charts";
import Figure from "./Figure.vue";

const locale = ref<Locale>("en");
const data = ref<DataSet>("all");
const mounted = ref(true);
</script>

<template>
  <button type="button" id="locale" @click="locale = locale === 'en' ? 'fr' : 'en'">Language</button>
  <button type="button" id="data" @click="data = data === 'all' ? 'half' : 'all'">Data</button>
  <button type="button" id="mount" @click="mounted = !mounted">Unmount</button>
  <section v-if="mounted" id="charts">
    <div v-for="chart in CHART_IDS" :key="chart">
      <karabakh-chart :chart="chart" :lang="locale" />
      <Figure :chart="chart" :data="data" :locale="locale" />
    </div>
  </section>
</template>
`,
    [WRONG_FILE.vue]: `<script setup lang="ts">
import "@karabakh2023/charts/vue";
</script>

<template>
  <karabakh-chart chart="pie" />
  <karabakh-chart chart="refugees" theme="blue" />
  <karabakh-chart lang="fr" />
</template>
`,
  };
}

export const frameworkApps: Record<Framework, (tarballs: Tarballs) => Project> = { react, svelte, vue };
