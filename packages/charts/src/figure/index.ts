/**
 * The shared figure chrome in one import, for tests and tools. Chart code imports each module
 * directly (`../figure/options.js`, `../figure/render.js`...), so that its imports say which
 * part of the chrome it uses; contract.ts is the spec of what a chart hands the chrome.
 */
export { attachNavigator, fixPlotAria } from "./a11y.js";
export {
  type CommonOptions,
  type FigureSpec,
  type FocusPoint,
  type LegendEntry,
  SWATCH_PATTERNS,
  type SwatchPattern,
  THEMES,
  type Theme,
} from "./contract.js";
export { csvCell, csvDataUrl, toCsv } from "./csv.js";
export { type Formatters, formatters } from "./format.js";
export { nextIdPrefix, resetIds } from "./ids.js";
export {
  arrayOption,
  booleanOption,
  DEFAULT_WIDTH,
  enumOption,
  isRecord,
  type NormalizedCommonOptions,
  normalizeCommonOptions,
  numberOption,
  optionsObject,
  resolveSources,
  stringOption,
} from "./options.js";
export { createPattern, type PatternSwatch, patternDefs, patternFill, patternId } from "./patterns.js";
export { type ChartFigure, renderFigure } from "./render.js";
export { safeUrl } from "./safe-url.js";
export { textWidth, wrapText } from "./text.js";
export {
  colorVars,
  ensureStylesheet,
  figureCss,
  paletteVar,
  THEME_COLORS,
  type ThemeColors,
} from "./theme.js";
export { resetWarnings, warnOnce } from "./warn.js";
