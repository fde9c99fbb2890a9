/**
 * Pure functions from claims and normalized options to a model (what is drawn, in words), a
 * layout (where, in px, for a width) and Plot marks. No DOM here: testable in Node.
 */
import {
  CASUALTY_CATEGORIES,
  type CasualtyCategory,
  type CasualtyClaim,
  LABELS,
  PARTIES,
  type Party,
} from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { ascending, group, max, nice } from "d3-array";
import type { FocusPoint, LegendEntry } from "../figure/contract.js";
import { formatters } from "../figure/format.js";
import { type PatternSwatch, patternDefs, patternFill } from "../figure/patterns.js";
import { textWidth, wrapText } from "../figure/text.js";
import { colorVars, paletteVar } from "../figure/theme.js";
import { casualtyText } from "../messages.js";
import type { NormalizedCasualtyComparisonOptions } from "./options.js";

/** Colour and texture of each category: military, police and civilian differ without colour too. */
export const CATEGORY_SWATCHES: Readonly<Record<CasualtyCategory, PatternSwatch>> = {
  military: { key: "military", pattern: "solid", color: paletteVar(0) },
  police: { key: "police", pattern: "dots", color: paletteVar(4) },
  civilian: { key: "civilian", pattern: "hatch", color: paletteVar(1) },
  all: { key: "all", pattern: "cross", color: paletteVar(3) },
};

/** One claim as the reader sees it. */
export interface ClaimRow {
  readonly claim: CasualtyClaim;
  readonly party: string;
  /** The number with its qualifier and category: "at least 200 in total", "192 military". */
  readonly valueText: string;
  readonly claimant: string;
  readonly date: string;
  /** "Artsakh ombudsman, 20 Sept 2023" */
  readonly attribution: string;
  readonly tooltip: string;
}

export interface ClaimGroup {
  readonly party: Party;
  readonly label: string;
  readonly rows: readonly ClaimRow[];
}

export interface Model {
  readonly groups: readonly ClaimGroup[];
  readonly categories: readonly CasualtyCategory[];
  readonly rows: readonly ClaimRow[];
}

/**
 * Sort key of a date of any precision: the end of its period, so a figure known only as "2023"
 * (an update of unknown date) comes after the dated figures of 2023 rather than before them.
 */
export function periodEnd(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** The claims of the chosen incident and metric, grouped by side (in `PARTIES` order), oldest first. */
export function buildModel(
  claims: readonly CasualtyClaim[],
  o: NormalizedCasualtyComparisonOptions,
  claimantName: (id: string) => string,
): Model {
  const f = formatters(o.locale);
  const text = casualtyText[o.locale];
  const selected = claims.filter((c) => c.incident === o.incident && c.metric === o.metric);
  const byParty = group(selected, (c) => c.party);
  const groups = PARTIES.filter((p) => byParty.has(p)).map((party): ClaimGroup => {
    const label = LABELS.party[party][o.locale];
    const rows = [...(byParty.get(party) ?? [])]
      .sort(
        (a, b) =>
          ascending(periodEnd(a.asOf), periodEnd(b.asOf)) ||
          ascending(CASUALTY_CATEGORIES.indexOf(a.category), CASUALTY_CATEGORIES.indexOf(b.category)) ||
          ascending(a.value, b.value),
      )
      .map((claim): ClaimRow => {
        const noun = text.categoryNoun[claim.category]?.(claim.value !== 1) ?? "";
        const valueText = `${f.qualified(claim.value, claim.qualifier)} ${noun}`.trim();
        const claimant = claimantName(claim.claimant);
        const date = text.asOf(f.date(claim.asOf), claim.asOf.length >= 10);
        return {
          claim,
          party: label,
          valueText,
          claimant,
          date,
          attribution: text.attribution(claimant, date),
          tooltip: text.tooltip(label, valueText, claimant, date),
        };
      });
    return { party, label, rows };
  });
  const rows = groups.flatMap((g) => g.rows);
  const present = new Set(rows.map((r) => r.claim.category));
  return { groups, rows, categories: CASUALTY_CATEGORIES.filter((c) => present.has(c)) };
}

// ---------------------------------------------------------------- layout

export const FONT = { label: 12, value: 13, header: 13, axis: 11 } as const;
const LINE = 1.25;
const BAR = 16;
const ROW_GAP = 12;
const GROUP_GAP = 10;
/** Below this width, labels go above the bars instead of beside them. */
export const NARROW_WIDTH = 560;
const BOLD = 1.08;
/** Gap between a bar's end and its value label: clear of the keyboard focus ring (radius 9). */
export const VALUE_GAP = 12;

export interface BarLayout {
  readonly row: ClaimRow;
  readonly y1: number;
  readonly y2: number;
  /** Value label: beside the bar end (wide) or above the bar (narrow). */
  readonly valueText: string;
  readonly valueY: number;
  readonly attributionText: string;
  readonly attributionY: number;
}

export interface Layout {
  readonly mode: "beside" | "above";
  readonly width: number;
  readonly height: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly xMax: number;
  readonly headers: readonly { readonly text: string; readonly y: number }[];
  readonly bars: readonly BarLayout[];
}

/** The attribution on one line when it fits, else the claimant (wrapped) over the date. */
export function attributionLines(row: ClaimRow, maxWidth: number): string[] {
  if (textWidth(row.attribution, FONT.label) <= maxWidth) return [row.attribution];
  return [
    ...wrapText(`${row.claimant},`, maxWidth, FONT.label, 2),
    ...wrapText(row.date, maxWidth, FONT.label, 1),
  ];
}

/** Positions every label and bar for `width` so that no text leaves the SVG. */
export function layoutModel(model: Model, width: number): Layout {
  const narrow = width < NARROW_WIDTH;
  const lineOf = (size: number) => size * LINE;
  const xMax = nice(0, max(model.rows, (r) => r.claim.value) ?? 1, 5)[1] || 1;
  const marginTop = 4;
  const marginBottom = 28;
  let marginLeft: number;
  let marginRight: number;
  if (narrow) {
    marginLeft = 2;
    // The last tick label ("600") is centred on the right edge.
    marginRight = textWidth(formatters("en").number(xMax), FONT.axis) / 2 + 4;
  } else {
    const longest = max(model.rows, (r) => textWidth(r.attribution, FONT.label)) ?? 0;
    marginLeft = Math.round(Math.min(Math.max(longest + 16, 120), width * 0.4));
    marginRight = Math.ceil(
      (max(model.rows, (r) => textWidth(r.valueText, FONT.value) * BOLD) ?? 0) + VALUE_GAP + 4,
    );
  }
  const full = width - 4;
  const headers: { text: string; y: number }[] = [];
  const bars: BarLayout[] = [];
  let y = marginTop;
  for (const [i, g] of model.groups.entries()) {
    if (i > 0) y += GROUP_GAP;
    const headerLines = wrapText(g.label, full / BOLD, FONT.header, 2);
    headers.push({ text: headerLines.join("\n"), y });
    y += headerLines.length * lineOf(FONT.header) + 6;
    for (const row of g.rows) {
      if (narrow) {
        const valueLines = wrapText(row.valueText, full / BOLD, FONT.value, 2);
        const lines = attributionLines(row, full);
        const valueY = y;
        y += valueLines.length * lineOf(FONT.value);
        const attributionY = y;
        y += lines.length * lineOf(FONT.label) + 3;
        bars.push({
          row,
          y1: y,
          y2: y + BAR,
          valueText: valueLines.join("\n"),
          valueY,
          attributionText: lines.join("\n"),
          attributionY,
        });
        y += BAR + ROW_GAP;
      } else {
        const lines = attributionLines(row, marginLeft - 16);
        const h = Math.max(BAR, lines.length * lineOf(FONT.label));
        const middle = y + h / 2;
        bars.push({
          row,
          y1: middle - BAR / 2,
          y2: middle + BAR / 2,
          valueText: row.valueText,
          valueY: middle,
          attributionText: lines.join("\n"),
          attributionY: middle,
        });
        y += h + ROW_GAP;
      }
    }
  }
  const height = Math.ceil(y - ROW_GAP + 8 + marginBottom);
  return {
    mode: narrow ? "above" : "beside",
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    xMax,
    headers,
    bars,
  };
}

/** The x position in px of a value, as Plot's linear scale will place it. */
export function xPosition(layout: Layout, value: number): number {
  const [a, b] = [layout.marginLeft, layout.width - layout.marginRight];
  return a + ((b - a) * value) / layout.xMax;
}

/** One focus point per bar, at the end of the bar. */
export function focusPoints(layout: Layout): FocusPoint[] {
  return layout.bars.map((b) => ({
    x: xPosition(layout, b.row.claim.value),
    y: (b.y1 + b.y2) / 2,
    label: b.row.tooltip,
  }));
}

export function legendEntries(model: Model, o: NormalizedCasualtyComparisonOptions): LegendEntry[] {
  return model.categories.map((c) => ({
    label: casualtyText[o.locale].categoryLegend[c] ?? c,
    color: CATEGORY_SWATCHES[c].color,
    pattern: CATEGORY_SWATCHES[c].pattern,
  }));
}

/** The Plot marks and the options of `Plot.plot()` for a layout. */
export function plotOptions(
  layout: Layout,
  model: Model,
  o: NormalizedCasualtyComparisonOptions,
): Plot.PlotOptions {
  const f = formatters(o.locale);
  const narrow = layout.mode === "above";
  const swatches = model.categories.map((c) => CATEGORY_SWATCHES[c]);
  const fill = (b: BarLayout) => patternFill(o.idPrefix, CATEGORY_SWATCHES[b.row.claim.category]);
  const stroke = (b: BarLayout) => CATEGORY_SWATCHES[b.row.claim.category].color;
  const plotWidth = layout.width - layout.marginLeft - layout.marginRight;
  // Bars carry their values, so there is no grid to cross the labels; the axis gives the scale.
  // The halo keeps labels legible where a long one meets a bar.
  const halo = { stroke: colorVars.background, strokeWidth: 4, paintOrder: "stroke" } as const;
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
      Plot.rect(layout.bars, {
        x1: 0,
        x2: (b: BarLayout) => b.row.claim.value,
        y1: "y1",
        y2: "y2",
        fill,
        stroke,
        strokeWidth: 1.5,
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
        fill: colorVars.foreground,
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
