/**
 * `@karabakh2023/charts/vue`: registers `<karabakh-chart>` (as `@karabakh2023/charts/element`
 * does) and declares it for Vue 3 templates, with its attributes typed from the element's own
 * table. Only the types come from Vue. vue-tsc checks a tag that is not an HTML one against the
 * global components, so that is where it is declared; at run time it stays a custom element:
 * tell Vue's compiler so, or Vue looks for a component of that name and warns.
 *
 * @example
 * // vite.config.ts
 * vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "karabakh-chart" } } })
 * // main.ts
 * import "@karabakh2023/charts/vue";
 * // App.vue: <karabakh-chart chart="refugees" lang="fr" />
 */
import type { FunctionalComponent, HTMLAttributes } from "vue";
import type { KarabakhChartAttributes } from "./element/index.js";

export * from "./element/index.js";

declare module "vue" {
  interface GlobalComponents {
    "karabakh-chart": FunctionalComponent<
      Omit<HTMLAttributes, keyof KarabakhChartAttributes> & KarabakhChartAttributes
    >;
  }
}
