/**
 * Pure functions from a model and its layout to Plot marks, the legend and the keyboard focus
 * points. No DOM here: testable in Node.
 */
import { type CasualtyCategoryTerm, localize, type Vocabulary } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import type { FocusPoint, LegendEntry, SwatchPattern } from "../figure/contract.js";
import { formatters } from "../figure/format.js";
import { type PatternSwatch, patternDefs, patternFill } from "../figure/patterns.js";
import { colorVars, paletteVar } from "../figure/theme.js";
import { type BarLayout, FONT, type Layout, LINE, VALUE_GAP, xPosition } from "./layout.js";
import type { Model } from "./model.js";
import type { NormalizedCasualtyComparisonOptions } from "./options.js";

/**
 * Colour and texture of the subset categories in the vocabulary's order, so they differ without
 * colour too: the first solid, the second dotted, the third hatched…
 */
const SUBSET_STYLES: readonly { pattern: SwatchPattern; palette: number }[] = [
  { pattern: "solid", palette: 0 },
  { pattern: "dots", palette: 4 },
  { pattern: "hatch", palette: 1 },
  { pattern: "outline", palette: 2 },
  { pattern: "dots", palette: 5 },
  { pattern: "hatch", palette: 5 },
];
/** Every category of role "total" has the cross-hatch, apart from any subset. */
const TOTAL_STYLE = { pattern: "cross", palette: 3 } as const;

/** The swatch of each category id of the vocabulary. */
export function categorySwatches(vocabulary: Vocabulary): ReadonlyMap<string, PatternSwatch> {
  const out = new Map<string, PatternSwatch>();
  let subset = 0;
  for (const c of vocabulary.casualtyCategories as readonly CasualtyCategoryTerm[]) {
    const style =
      c.role === "total"
        ? TOTAL_STYLE
        : (SUBSET_STYLES[subset++ % SUBSET_STYLES.length] as (typeof SUBSET_STYLES)[number]);
    out.set(c.id, { key: c.id, pattern: style.pattern, color: paletteVar(style.palette) });
  }
  return out;
}

/** One focus point per bar, at the end of the bar. */
export function focusPoints(layout: Layout): FocusPoint[] {
  return layout.bars.map((b) => ({
    x: xPosition(layout, b.row.claim.value),
    y: (b.y1 + b.y2) / 2,
    label: b.row.tooltip,
  }));
}

export function legendEntries(
  model: Model,
  vocabulary: Vocabulary,
  o: NormalizedCasualtyComparisonOptions,
): LegendEntry[] {
  const swatches = categorySwatches(vocabulary);
  return model.categories.map((id) => {
    const swatch = swatches.get(id) as PatternSwatch;
    const entry = vocabulary.casualtyCategories.find((c) => c.id === id) as CasualtyCategoryTerm;
    return {
      label: localize(entry.label, o.storyLocale, `data.vocabulary.casualtyCategories "${id}" label`),
      color: swatch.color,
      pattern: swatch.pattern,
    };
  });
}

/** Opacity of a bar that `highlight` does not name, while others are highlighted. */
export const MUTED_OPACITY = 0.3;

/** The Plot marks and the options of `Plot.plot()` for a layout. */
export function plotOptions(
  layout: Layout,
  model: Model,
  vocabulary: Vocabulary,
  o: NormalizedCasualtyComparisonOptions,
): Plot.PlotOptions {
  const f = formatters(o.locale);
  const narrow = layout.mode === "above";
  const all = categorySwatches(vocabulary);
  const swatchOf = (b: BarLayout) => all.get(b.row.claim.category) as PatternSwatch;
  const swatches = model.categories.map((c) => all.get(c) as PatternSwatch);
  const plotWidth = layout.width - layout.marginLeft - layout.marginRight;
  const muted = (b: BarLayout) => model.highlighting && !b.row.highlighted;
  // Bars carry their values, so there is no grid to cross the labels; the axis gives the scale.
  // The halo keeps labels legible where a long one meets a bar.
  const halo = { stroke: colorVars.background, strokeWidth: 4, paintOrder: "stroke" } as const;
  // Muted labels change colour, never opacity: they keep their contrast.
  const valueFill = model.highlighting
    ? (b: BarLayout) => (muted(b) ? colorVars.muted : colorVars.foreground)
    : colorVars.foreground;
  return {
    width: layout.width,
    height: layout.height,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginTop: layout.marginTop,
    marginBottom: layout.marginBottom,
    x: { domain: [0, layout.xMax], ticks: Math.max(2, Math.floor(plotWidth / 90)), tickFormat: f.number },
    y: { type: "identity", axis: null },
    marks: [
      patternDefs(o.idPrefix, swatches),
      Plot.axisX({
        fontSize: FONT.axis,
        tickFormat: f.number,
        ticks: Math.max(2, Math.floor(plotWidth / 90)),
        label: null,
        ariaHidden: "true",
      }),
      // Totals across sides or incidents stand apart, under a dashed rule across the figure.
      ...(layout.rules.length > 0
        ? [
            Plot.ruleY(layout.rules, {
              y: (y: number) => y,
              stroke: colorVars.muted,
              strokeDasharray: "4,3",
              insetLeft: 2 - layout.marginLeft,
              insetRight: 2 - layout.marginRight,
              ariaHidden: "true",
            }),
          ]
        : []),
      Plot.rect(layout.bars, {
        x1: 0,
        x2: (b: BarLayout) => b.row.claim.value,
        y1: "y1",
        y2: "y2",
        fill: (b: BarLayout) => patternFill(o.idPrefix, swatchOf(b)),
        stroke: (b: BarLayout) => swatchOf(b).color,
        strokeWidth: (b: BarLayout) => (model.highlighting && b.row.highlighted ? 3 : 1.5),
        ...(model.highlighting ? { opacity: (b: BarLayout) => (muted(b) ? MUTED_OPACITY : 1) } : {}),
        ariaLabel: (b: BarLayout) => b.row.tooltip,
      }),
      Plot.text(layout.headers, {
        text: "text",
        y: "y",
        frameAnchor: "left",
        dx: narrow ? 0 : -layout.marginLeft,
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE,
        fontSize: FONT.header,
        fontWeight: "bold",
        fill: colorVars.foreground,
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(layout.bars, {
        text: "valueText",
        y: "valueY",
        ...(narrow
          ? { frameAnchor: "left" as const, textAnchor: "start" as const, lineAnchor: "top" as const }
          : {
              x: (b: BarLayout) => b.row.claim.value,
              dx: VALUE_GAP,
              textAnchor: "start" as const,
              lineAnchor: "middle" as const,
            }),
        lineHeight: LINE,
        fontSize: FONT.value,
        fontWeight: "bold",
        fill: valueFill,
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(layout.bars, {
        text: "attributionText",
        y: "attributionY",
        frameAnchor: "left",
        ...(narrow
          ? { textAnchor: "start" as const, lineAnchor: "top" as const }
          : { dx: -10, textAnchor: "end" as const, lineAnchor: "middle" as const }),
        lineHeight: LINE,
        fontSize: FONT.label,
        fill: colorVars.muted,
        ...halo,
        ariaHidden: "true",
      }),
    ],
  };
}
