/**
 * What the core file lends the map file (`karabakh2023.map.min.js`): the map's imports from
 * outside its folder, which the core already holds. The map file's build (rollup.config.mjs)
 * turns every such import into a read of this object, so Plot, the figure chrome and the data
 * helpers travel once. rollup.config.mjs fails the build when the map imports a name missing here.
 *
 * Not public API: `globalThis.Karabakh2023Shared` exists only for the map file.
 */
export {
  CERTAINTIES,
  countryByIso3,
  countryByNumeric,
  countryName,
  ENTITY_KINDS,
  isRealIsoDate,
  label,
  localize,
  REACTION_COLOURS,
} from "@karabakh2023/data";
// The marks the map draws, under Plot's names (the map reads them as `Plot.dot` and so on).
export { dot, plot, rect, text } from "@observablehq/plot";
export { ascending } from "d3-array";
export { defaultReactionsStory } from "../default-story.js";
export { formatters, joinPublishers } from "../figure/format.js";
export {
  booleanOption,
  isRecord,
  normalizeCommonOptions,
  optionsObject,
  resolveSources,
  warnUnknownOptions,
} from "../figure/options.js";
export { createPattern } from "../figure/patterns.js";
export { renderFigure } from "../figure/render.js";
export { checkText, resolveStory, storyLocale } from "../figure/story.js";
export { textWidth, wrapText } from "../figure/text.js";
export { colorVars } from "../figure/theme.js";
export { warnOnce } from "../figure/warn.js";
export { describe, errors, reactionsMapWarnings, warnings } from "../messages.js";
