/**
 * `@karabakh2023/charts/element`: importing this entry registers `<karabakh-chart>`.
 * It and the framework entries (`/react`, `/svelte`, `/vue`, which re-export it) are the
 * package's only entries with a side effect (see "sideEffects" in package.json).
 *
 * @example
 * import "@karabakh2023/charts/element";
 * // <karabakh-chart chart="refugees" lang="fr" theme="auto"></karabakh-chart>
 */
import { addBuiltInLocales } from "../locales/built-in.js";
import { KarabakhChart } from "./karabakh-chart.js";

// A page's lang may be any built-in locale: the element brings every table.
addBuiltInLocales();

export { CHART_IDS } from "../registry.js";
export {
  ATTRIBUTES,
  AttributeError,
  type ElementChart,
  type KarabakhChartAttributes,
  OBSERVED_ATTRIBUTES,
  type OptionAttribute,
} from "./attributes.js";
export { ELEMENT_CSS, KarabakhChart } from "./karabakh-chart.js";

declare global {
  interface HTMLElementTagNameMap {
    "karabakh-chart": KarabakhChart;
  }
}

export const TAG_NAME = "karabakh-chart";

/** Registers the element once; a second copy of the script on the page is harmless. */
export function defineKarabakhChart(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (registry && !registry.get(TAG_NAME)) registry.define(TAG_NAME, KarabakhChart);
}

defineKarabakhChart();
