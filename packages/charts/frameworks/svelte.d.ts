/**
 * `@karabakh2023/charts/svelte`: registers `<karabakh-chart>` (as `@karabakh2023/charts/element`
 * does) and declares it in Svelte 5 templates (`svelte/elements`), with its attributes typed from
 * the element's own table. Only the types come from Svelte.
 *
 * @example
 * <script lang="ts">import "@karabakh2023/charts/svelte";</script>
 * <karabakh-chart chart="refugees" lang="fr"></karabakh-chart>
 */
import type { HTMLAttributes } from "svelte/elements";
import type { KarabakhChart, KarabakhChartAttributes } from "./element/index.js";

export * from "./element/index.js";

declare module "svelte/elements" {
  interface SvelteHTMLElements {
    "karabakh-chart": Omit<HTMLAttributes<KarabakhChart>, keyof KarabakhChartAttributes> &
      KarabakhChartAttributes;
  }
}
