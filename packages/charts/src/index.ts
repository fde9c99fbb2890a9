/**
 * @karabakh2023/charts: accessible, sourced Observable Plot charts of disputed figures (casualty
 * claims, a displacement curve, reactions by country) for any story; the flagship dataset is the
 * default. This file only re-exports.
 */

export { type CasualtyComparisonOptions, casualtyComparison } from "./casualty-comparison/index.js";
export { AttributeError, type ElementConfig, OBSERVED_ATTRIBUTES, readConfig } from "./element/attributes.js";
// Prerendering (what `renderHtml` in @karabakh2023/embed writes and `<karabakh-chart>` adopts).
export {
  markupDigest,
  PRERENDER_ATTRIBUTES,
  PRERENDER_FORMAT,
  prerenderKey,
  unsafeMarkup,
  WIDTH_TOLERANCE,
  widthMatches,
} from "./element/prerender.js";
export {
  type CommonOptions,
  type FigureSpec,
  type FocusPoint,
  type LegendEntry,
  THEMES,
  type Theme,
} from "./figure/contract.js";
export { freezeFigure } from "./figure/prerendered.js";
export type { ChartFigure } from "./figure/render.js";
export { safeUrl } from "./figure/safe-url.js";
export { FIGURE_TYPE, figureCss, THEME_COLORS, type ThemeColors } from "./figure/theme.js";
export type { ChromeText, GenericLabels, Messages } from "./locales/messages.js";
export { plural } from "./locales/messages.js";
export { BUILT_IN_LOCALES, type ResolvedLocale, registerLocale, resolveLocale } from "./locales/registry.js";
export {
  type ReactionsMapElement,
  type ReactionsMapOptions,
  type ReactionsMapResult,
  reactionsMap,
  type UnmatchedCode,
} from "./reactions-map/index.js";
export { type RefugeeCurveOptions, refugeeCurve } from "./refugee-curve/index.js";
export {
  CHART_IDS,
  CHARTS,
  type ChartEntry,
  type ChartFactory,
  type ChartId,
  isChartId,
} from "./registry.js";
export { sampleStory } from "./sample-story.js";
