/**
 * Fill patterns, so categories differ by texture as well as colour (WCAG 1.4.1). The same
 * drawing serves the plot's marks (through `patternDefs`, a Plot render mark) and the legend
 * swatches (through `createPattern`).
 */
import type { SwatchPattern } from "./contract.js";
import { colorVars } from "./theme.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface PatternSwatch {
  /** Unique among the chart's swatches; becomes part of an element id. */
  readonly key: string;
  readonly pattern: SwatchPattern;
  readonly color: string;
}

function svgEl(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const el = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function patternId(idPrefix: string, key: string): string {
  return `${idPrefix}-pattern-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The `fill` to use for a mark drawn with this swatch. Solid and outline need no pattern. */
export function patternFill(idPrefix: string, swatch: PatternSwatch): string {
  if (swatch.pattern === "solid") return swatch.color;
  if (swatch.pattern === "outline") return colorVars.background;
  return `url(#${patternId(idPrefix, swatch.key)})`;
}

/** A `<pattern>` element, or null for solid and outline swatches. */
export function createPattern(
  doc: Document,
  id: string,
  pattern: SwatchPattern,
  color: string,
): SVGElement | null {
  if (pattern === "solid" || pattern === "outline") return null;
  const size = pattern === "dots" ? 5 : 6;
  const p = svgEl(doc, "pattern", { id, patternUnits: "userSpaceOnUse", width: size, height: size });
  if (pattern !== "dots") p.setAttribute("patternTransform", "rotate(45)");
  p.appendChild(svgEl(doc, "rect", { width: size, height: size, fill: color }));
  const gap = { stroke: colorVars.background, "stroke-width": 2 };
  if (pattern === "hatch") p.appendChild(svgEl(doc, "line", { x1: 0, y1: 0, x2: 0, y2: size, ...gap }));
  if (pattern === "cross") {
    p.appendChild(svgEl(doc, "line", { x1: 0, y1: 0, x2: 0, y2: size, ...gap }));
    p.appendChild(svgEl(doc, "line", { x1: 0, y1: 0, x2: size, y2: 0, ...gap }));
  }
  if (pattern === "dots")
    p.appendChild(svgEl(doc, "circle", { cx: 2.5, cy: 2.5, r: 1.2, fill: colorVars.background }));
  return p;
}

/**
 * A Plot mark (a render function) that adds the `<defs>` of the given swatches to the plot.
 * Put it first in the marks array.
 */
export function patternDefs(idPrefix: string, swatches: readonly PatternSwatch[]) {
  return (
    _index: unknown,
    _scales: unknown,
    _values: unknown,
    _dimensions: unknown,
    context: { document: Document },
  ): SVGElement => {
    const doc = context.document;
    const defs = svgEl(doc, "defs", {});
    for (const s of swatches) {
      const p = createPattern(doc, patternId(idPrefix, s.key), s.pattern, s.color);
      if (p) defs.appendChild(p);
    }
    return defs;
  };
}
