/**
 * Script of the static embed pages (`dist/iframe/<chart>-<locale>.html`): draws the page's
 * `<karabakh-chart>` and posts the page height to the parent whenever it changes.
 *
 * The message carries only the chart name and a height, nothing secret, so it is posted to
 * any parent ("*"): the embed pages are meant to be framed by any newsroom. All the checking
 * happens on the receiving side (see resizer.ts).
 */
import "./url-options.js";
import "@karabakh2023/charts/element";
import { isChartId } from "@karabakh2023/charts";
import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from "../protocol.js";

const element: Element | null = document.querySelector("karabakh-chart");
const chart = element?.getAttribute("chart") ?? "";

if (window.parent !== window && isChartId(chart)) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, chart, height };
    window.parent.postMessage(message, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
