/**
 * Where each header, bar and label goes for a width (and, when asked, a fixed height), so that
 * no text leaves the SVG. Pure: testable in Node.
 */
import { max, nice } from "d3-array";
import { BOLD, textWidth, wrapText } from "../figure/text.js";
import type { ClaimRow, Model } from "./model.js";

export const FONT = { label: 12, value: 13, header: 13, axis: 11 } as const;
export const LINE = 1.25;
const BAR = 16;
const ROW_GAP = 12;
const GROUP_GAP = 10;
/** Extra space above a group of totals across sides or incidents, where its rule is drawn. */
const TOTALS_GAP = 8;
/** The gaps may shrink to this share of their size to meet a fixed height, no further. */
const MIN_GAP_SCALE = 0.25;
/** Below this width, labels go above the bars instead of beside them. */
export const NARROW_WIDTH = 560;
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
  /** The height the labels need at the smallest gaps: a fixed height below it is not met. */
  readonly minHeight: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly xMax: number;
  readonly headers: readonly { readonly text: string; readonly y: number }[];
  /** y of the rule set above each group of totals across sides or incidents. */
  readonly rules: readonly number[];
  readonly bars: readonly BarLayout[];
}

/**
 * The attribution on one line when it fits, else the claimant (wrapped) over the date. The
 * claimant's line is the table's own words up to the date ("Ministry," / "وزارة،"), so a
 * locale's comma stays its own.
 */
export function attributionLines(row: ClaimRow, maxWidth: number): string[] {
  if (textWidth(row.attribution, FONT.label) <= maxWidth) return [row.attribution];
  const at = row.attribution.lastIndexOf(row.date);
  const who =
    at > 0 && at + row.date.length === row.attribution.length
      ? row.attribution.slice(0, at).trimEnd()
      : `${row.who},`;
  // Up to three lines: who makes the claim is what a desk defends, so it is cut only when even
  // that is not enough (an Armenian claimant at 320 px takes three).
  return [...wrapText(who, maxWidth, FONT.label, 3), ...wrapText(row.date, maxWidth, FONT.label, 1)];
}

interface Margins {
  readonly narrow: boolean;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly xMax: number;
}

function margins(model: Model, width: number): Margins {
  const narrow = width < NARROW_WIDTH;
  const xMax = nice(0, max(model.rows, (r) => r.claim.value) ?? 1, 5)[1] || 1;
  if (narrow) {
    // The last tick label ("600") is centred on the right edge.
    return {
      narrow,
      marginLeft: 2,
      marginRight: textWidth(model.number(xMax), FONT.axis) / 2 + 4,
      xMax,
    };
  }
  const longest = max(model.rows, (r) => textWidth(r.attribution, FONT.label)) ?? 0;
  return {
    narrow,
    // Rounded up: the longest attribution must still fit on one line.
    marginLeft: Math.ceil(Math.min(Math.max(longest + 16, 120), width * 0.4)),
    marginRight: Math.ceil(
      (max(model.rows, (r) => textWidth(r.valueText, FONT.value) * BOLD) ?? 0) + VALUE_GAP + 4,
    ),
    xMax,
  };
}

const MARGIN_TOP = 4;
const MARGIN_BOTTOM = 28;

/** Stacks the groups top to bottom with the gaps scaled by `gapScale`; `pad` goes under the bars. */
function stack(model: Model, width: number, m: Margins, gapScale: number, pad: number) {
  const rowGap = ROW_GAP * gapScale;
  const lineOf = (size: number) => size * LINE;
  const full = width - 4;
  const headers: { text: string; y: number }[] = [];
  const rules: number[] = [];
  const bars: BarLayout[] = [];
  let y = MARGIN_TOP;
  for (const [i, g] of model.groups.entries()) {
    if (i > 0) y += GROUP_GAP * gapScale;
    if (i > 0 && (g.kind === "across-sides" || g.kind === "across-incidents")) {
      rules.push(y + TOTALS_GAP / 2);
      y += TOTALS_GAP;
    }
    const headerLines = wrapText(g.label, full / BOLD, FONT.header, 2);
    headers.push({ text: headerLines.join("\n"), y });
    y += headerLines.length * lineOf(FONT.header) + 6;
    for (const row of g.rows) {
      if (m.narrow) {
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
        y += BAR + rowGap;
      } else {
        const lines = attributionLines(row, m.marginLeft - 16);
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
        y += h + rowGap;
      }
    }
  }
  return { headers, rules, bars, height: y - rowGap + 8 + pad + MARGIN_BOTTOM };
}

/**
 * Positions every label and bar for `width` so that no text leaves the SVG. With `height`, the
 * gaps between rows and groups grow or shrink (down to a quarter) so the bars spread over that
 * height; a height the labels cannot fit in gives `minHeight` instead (the chart warns).
 */
export function layoutModel(model: Model, width: number, height?: number): Layout {
  const m = margins(model, width);
  let gapScale = 1;
  let pad = 0;
  const natural = stack(model, width, m, 1, 0);
  const tightest = stack(model, width, m, MIN_GAP_SCALE, 0);
  if (height !== undefined) {
    // The height is linear in the gap scale: solve for it from two layouts.
    const zero = stack(model, width, m, 0, 0).height;
    const perScale = natural.height - zero;
    if (height <= tightest.height) gapScale = MIN_GAP_SCALE;
    else if (perScale > 0) gapScale = (height - zero) / perScale;
    // A single bar has no gap to grow: the room goes under it, above the axis.
    pad = Math.max(0, height - (zero + gapScale * perScale));
  }
  const placed = gapScale === 1 && pad === 0 ? natural : stack(model, width, m, gapScale, pad);
  return {
    mode: m.narrow ? "above" : "beside",
    width,
    height: height !== undefined && height >= tightest.height ? height : Math.ceil(placed.height),
    minHeight: Math.ceil(tightest.height),
    marginLeft: m.marginLeft,
    marginRight: m.marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    xMax: m.xMax,
    headers: placed.headers,
    rules: placed.rules,
    bars: placed.bars,
  };
}

/** The x position in px of a value, as Plot's linear scale will place it. */
export function xPosition(layout: Layout, value: number): number {
  const [a, b] = [layout.marginLeft, layout.width - layout.marginRight];
  return a + ((b - a) * value) / layout.xMax;
}
