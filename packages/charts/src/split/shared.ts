/**
 * What the core file lends the map file (`karabakh2023.map.min.js`) and the curve file
 * (`karabakh2023.curve.min.js`): their imports from outside their folder, which the core already
 * holds. Their builds (rollup.config.mjs) turn every such import into a read of this object, so
 * Plot, the figure chrome and the data helpers travel once. rollup.config.mjs fails the build
 * when either imports a name missing here (a Plot mark included).
 *
 * Not public API: `globalThis.Karabakh2023Shared` exists only for those files.
 */
export {
  CERTAINTIES,
  claimantFor,
  countryByIso3,
  countryByNumeric,
  countryName,
  ENTITY_KINDS,
  isRealIsoDate,
  isRealIsoDay,
  label,
  localize,
  nextDay,
  REACTION_COLOURS,
  refugeeSeries,
  sourceFor,
  term,
  termIds,
  timeZoneName,
  zonedDay,
  zonedInstant,
} from "@karabakh2023/data";
// The marks the map and the curve draw, under Plot's names (they read them as `Plot.dot` and so on).
export { dot, gridX, gridY, line, plot, rect, ruleX, ruleY, text } from "@observablehq/plot";
export { ascending, descending, greatest, group, max, min, nice, ticks } from "d3-array";
export { defaultReactionsStory, defaultRefugeesStory } from "../default-story.js";
export { formatters, joinPublishers } from "../figure/format.js";
export {
  arrayOption,
  booleanOption,
  checkClaimant,
  isCount,
  isRecord,
  normalizeCommonOptions,
  optionsObject,
  resolveSources,
  warnUnknownOptions,
} from "../figure/options.js";
export { createPattern } from "../figure/patterns.js";
export { renderFigure } from "../figure/render.js";
export { checkText, resolveStory, storyLocale } from "../figure/story.js";
export { BOLD, textWidth, wrapText } from "../figure/text.js";
export { colorVars, paletteVar } from "../figure/theme.js";
export { warnOnce } from "../figure/warn.js";
export {
  describe,
  errors,
  reactionsMapWarnings,
  refugeeCurveWarnings,
  warnings,
} from "../messages.js";
