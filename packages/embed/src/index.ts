/**
 * @karabakh2023/embed (Node): static SVG/PNG rendering and the iframe message protocol.
 * The browser parts are separate entries: `@karabakh2023/embed/resizer` (module) and the
 * files in `dist/` (resizer.js, iframe/*.html).
 */

export { type HtmlOptions, renderHtml } from "./html.js";
export {
  clampHeight,
  type EmbedChart,
  HEIGHT_MESSAGE_TYPE,
  type HeightMessage,
  MAX_HEIGHT,
  MIN_HEIGHT,
  originError,
  parseHeightMessage,
} from "./protocol.js";
export {
  FONT_FAMILY,
  type PngOptions,
  type RenderOptions,
  renderPng,
  renderSvg,
  STATIC_THEMES,
  type StaticTheme,
  svgToPng,
} from "./render.js";
