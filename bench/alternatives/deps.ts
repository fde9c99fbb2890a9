/**
 * The bench is not a workspace package of its own: it borrows the exact Observable Plot the
 * charts package depends on (same version, same copy), so "direct Plot" is measured with the
 * very library our charts draw with. Named re-exports (not `export * as`), so bundlers
 * tree-shake Plot here exactly as they do in a desk's own code.
 */
export {
  barX,
  dot,
  geo,
  line,
  plot,
  ruleX,
  ruleY,
  text,
} from "../../packages/charts/node_modules/@observablehq/plot/src/index.js";
