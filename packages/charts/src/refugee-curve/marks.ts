/**
 * Pure functions from normalized options and placed counts to a model, a layout and Plot marks.
 * Nothing here touches a DOM: the marks are plain Plot mark objects, testable in Node.
 */
import type { Claimant, ClaimantId, RefugeePoint, TimelineEvent } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import { ascending, descending, greatest, group, max, nice, ticks } from "d3-array";
import { textWidth, wrapText } from "../figure/text.js";
import { colorVars, paletteVar } from "../figure/theme.js";
import type { NormalizedRefugeeCurveOptions } from "./options.js";
import { yerevanDay, yerevanMidnight } from "./options.js";

/** Marker shapes for claimants other than the main ones: shape, not only colour, tells them apart. */
export const OTHER_SYMBOLS = ["diamond2", "triangle2", "square2"] as const;

/** The legend shape of each Plot symbol used here. */
export const LEGEND_SHAPES = {
  circle: "circle",
  diamond2: "diamond",
  triangle2: "triangle",
  square2: "square",
} as const;

/** One count as drawn. */
export interface CurvePoint {
  readonly point: RefugeePoint;
  /** True for counts of a claimant drawn as a line. */
  readonly main: boolean;
  /** The time is only a part of the day (or the day): drawn as a hollow marker. */
  readonly hollow: boolean;
  readonly color: string;
  readonly symbol: keyof typeof LEGEND_SHAPES;
}

/** An annotation from the event timeline: an instant, or a whole day when no time is known. */
export interface CurveAnnotation {
  readonly id: string;
  readonly start: Date;
  /** Equal to `start` for a timed event; the next midnight for a day-only event. */
  readonly end: Date;
  /** Drawn on the chart: a short label when there is one, else the event's own. */
  readonly label: string;
  /** The event's full label (tooltip and events table). */
  readonly title: string;
}

export interface CurveModel {
  readonly domain: readonly [Date, Date];
  /** Counts inside the domain, sorted by time then claimant: the keyboard order. */
  readonly points: readonly CurvePoint[];
  /** The counts of each claimant drawn as a line, in time order. */
  /**
   * The main series: the counts of every main claimant whose time is known (to the minute or the
   * part of the day), joined by one line in time order.
   */
  readonly line: readonly CurvePoint[];
  /** Claimants in drawing order: main ones first, then others by first appearance. */
  readonly claimants: readonly {
    readonly id: ClaimantId;
    readonly main: boolean;
    readonly color: string;
    readonly symbol: keyof typeof LEGEND_SHAPES;
  }[];
  readonly annotations: readonly CurveAnnotation[];
  /** Pre-war population and the share the highest main count reached (0–1). */
  readonly population?: { readonly value: number; readonly share: number | undefined };
  /** The highest count of the main series inside the domain (what the share is computed from). */
  readonly peak: CurvePoint | undefined;
  /** Counts of the metric outside the domain: left out of the view and said so. */
  readonly outside: readonly RefugeePoint[];
  /** Whether a main-series count is outside the domain (the line is cut: suspicious). */
  readonly mainOutside: boolean;
  /** Claimants whose cumulative counts go down at some point (when the order in time is certain). */
  readonly decreasing: readonly ClaimantId[];
}

/**
 * The default main series: every claimant speaking for Armenia (the government's running count
 * is announced by its spokesperson, the deputy prime minister and its press service), or,
 * in a dataset without parties, the claimant with the most counts.
 */
export function defaultMainClaimants(
  points: readonly RefugeePoint[],
  claimants: readonly Claimant[],
): ClaimantId[] {
  const armenian = new Set(claimants.filter((c) => c.party === "armenia").map((c) => c.id));
  const ids = Array.from(new Set(points.map((p) => p.claimant)));
  const official = ids.filter((id) => armenian.has(id));
  if (official.length > 0) return official;
  // Ties go to the first claimant in time order, so the choice is stable.
  const top = greatest(
    group(points, (p) => p.claimant),
    ([, list]) => list.length,
  );
  return top ? [top[0]] : [];
}

/** An event's instant: its Yerevan clock time, or the whole day when it has none. */
export function eventSpan(event: TimelineEvent): { start: Date; end: Date } | undefined {
  const day = yerevanMidnight(event.date);
  if (!day) return undefined;
  const m = event.timeLocal ? /^(\d{2}):(\d{2})$/.exec(event.timeLocal) : null;
  if (m) {
    const at = new Date(day.getTime() + (Number(m[1]) * 60 + Number(m[2])) * 60_000);
    return { start: at, end: at };
  }
  return { start: day, end: new Date(day.getTime() + 86_400_000) };
}

/** Whether two counts' order in time is known, not an artefact of conventional hours. */
function certainOrder(a: RefugeePoint, b: RefugeePoint): boolean {
  return (a.timePrecision === "minute" && b.timePrecision === "minute") || a.date !== b.date;
}

/**
 * Builds the model: which counts are in view, which are joined by a line, the annotations and
 * the share of the pre-war population. `labelOf` localizes an event's full label; `shortLabelOf`
 * gives the short label drawn on the chart, when the event has one.
 */
export function buildModel(
  points: readonly RefugeePoint[],
  options: NormalizedRefugeeCurveOptions,
  labelOf: (event: TimelineEvent) => string,
  shortLabelOf: (event: TimelineEvent) => string | undefined = () => undefined,
): CurveModel {
  const [d0, d1] = options.domain;
  const inDomain = (p: RefugeePoint) => p.at >= d0 && p.at <= d1;
  const main = options.claimants ?? defaultMainClaimants(points, options.claimantNames);
  const mainSet = new Set(main);
  const shown = points.filter((p) => mainSet.has(p.claimant) || options.otherClaimants);
  const visible = shown.filter(inDomain);

  const others = Array.from(new Set(visible.map((p) => p.claimant).filter((id) => !mainSet.has(id))));
  const claimants = [
    ...main.map((id) => ({ id, main: true, color: paletteVar(0), symbol: "circle" as const })),
    ...others.map((id, i) => ({
      id,
      main: false,
      color: paletteVar(1 + i),
      symbol: OTHER_SYMBOLS[i % OTHER_SYMBOLS.length] ?? "diamond2",
    })),
  ];
  const style = new Map(claimants.map((c) => [c.id, c]));

  const curvePoints: CurvePoint[] = visible
    .map((point) => {
      const c = style.get(point.claimant);
      return {
        point,
        main: mainSet.has(point.claimant),
        hollow: point.timePrecision !== "minute",
        color: c?.color ?? colorVars.foreground,
        symbol: c?.symbol ?? ("circle" as const),
      };
    })
    .sort(
      (a, b) =>
        ascending(a.point.at, b.point.at) ||
        descending(a.main, b.main) ||
        ascending(a.point.claimant, b.point.claimant) ||
        ascending(a.point.value, b.point.value),
    );

  // A count with no time at all is a marker only: joining it would invent an hour for it.
  const line = curvePoints.filter((p) => p.main && p.point.timePrecision !== "day");

  const decreasing = Array.from(group(points, (p) => p.claimant))
    .filter(([, list]) =>
      list.some((b, i) =>
        list.slice(0, i).some((a) => a.value > b.value && a.at < b.at && certainOrder(a, b)),
      ),
    )
    .map(([id]) => id);

  const annotations = options.annotations.flatMap((id) => {
    const event = options.events.find((e) => e.id === id);
    const span = event && eventSpan(event);
    if (!event || !span || span.end < d0 || span.start > d1) return [];
    const title = labelOf(event);
    return [{ id, ...span, label: shortLabelOf(event) ?? title, title }];
  });

  const peak = greatest(
    curvePoints.filter((p) => p.main),
    (p) => p.point.value,
  );
  const population = options.population
    ? {
        value: options.population.value,
        share: peak ? peak.point.value / options.population.value : undefined,
      }
    : undefined;

  return {
    domain: options.domain,
    points: curvePoints,
    line,
    claimants,
    annotations,
    population,
    peak,
    outside: shown.filter((p) => !inDomain(p)),
    mainOutside: shown.some((p) => !inDomain(p) && mainSet.has(p.claimant)),
    decreasing,
  };
}

/** Localized strings and formatters the marks need (resolved by the caller). */
export interface MarkText {
  /** Tick label of a Yerevan midnight: "24 Sept". */
  readonly tick: (at: Date) => string;
  readonly number: (value: number) => string;
  readonly xLabel: string;
  readonly population?: string;
  readonly reached?: string;
}

export interface CurveLayout {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly yMax: number;
  readonly yTicks: readonly number[];
  readonly xTicks: readonly Date[];
  /** Every Yerevan midnight in the domain (faint day grid). */
  readonly days: readonly Date[];
  readonly labels: readonly AnnotationLabel[];
  readonly fontSize: number;
  readonly lineHeight: number;
}

export interface AnnotationLabel {
  readonly id: string;
  /** Where the label's connector stands: the instant, or the middle of the day. */
  readonly x: Date;
  readonly lines: readonly string[];
  readonly anchor: "start" | "end";
  /** Distance in px from the top of the frame up to the top of the label. */
  readonly offset: number;
  /** The event's full label (the SVG <title>: the drawn label may be short or shortened). */
  readonly title: string;
}

const DAY = 86_400_000;

/** Every midnight (Yerevan) from `d0` to `d1` inclusive. */
export function yerevanMidnights(d0: Date, d1: Date): Date[] {
  const [y, m, d] = yerevanDay(d0).split("-").map(Number) as [number, number, number];
  const out: Date[] = [];
  for (let i = 0; ; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
    const at = yerevanMidnight(day);
    if (!at || at > d1) return out;
    if (at >= d0) out.push(at);
  }
}

/**
 * Sizes the chart for a width: margins from the estimated widths of tick labels (Plot does not
 * measure text), tick density so day labels never collide, and annotation labels stacked in
 * rows above the plot (wrapped, then shortened with "…") so none overlaps or is clipped.
 */
export function layoutCurve(model: CurveModel, width: number, text: MarkText): CurveLayout {
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const top = Math.max(model.population?.value ?? 0, max(model.points, (p) => p.point.value) ?? 0, 1);
  const yCount = narrow ? 4 : 6;
  const [, yMax] = nice(0, top * 1.06, yCount);
  const yTicks = ticks(0, yMax, yCount);
  const marginLeft = Math.ceil(max(yTicks, (t) => textWidth(text.number(t), fontSize)) ?? 0) + 12;
  const [d0, d1] = model.domain;
  const days = yerevanMidnights(d0, d1);
  const tickWidth = (max(days, (d) => textWidth(text.tick(d), fontSize)) ?? 40) + 14;
  // A tick label is centred on its day: the last one needs half its width inside the figure.
  const marginRight = Math.max(14, Math.ceil(tickWidth / 2));
  const plotWidth = Math.max(width - marginLeft - marginRight, 40);
  const span = d1.getTime() - d0.getTime();
  const xOf = (t: Date) => marginLeft + ((t.getTime() - d0.getTime()) / span) * plotWidth;

  const perDay = plotWidth / (span / DAY);
  const step = [1, 2, 3, 4, 7, 14].find((s) => s * perDay >= tickWidth) ?? Math.ceil(tickWidth / perDay);
  const xTicks = days.filter((_, i) => i % step === 0);

  const placed = placeLabels(
    [...model.annotations].sort((p, q) => ascending(p.start, q.start)),
    xOf,
    width,
    Math.max(plotWidth * (narrow ? 0.62 : 0.3), 60),
    fontSize,
  );
  const labelRows = placed.rows;
  const labels = placed.labels.map((p) => ({ ...p, offset: (labelRows - p.row) * lineHeight + 4 }));
  const marginTop = labelRows * lineHeight + 10;
  const marginBottom = 2 * lineHeight + 14;
  const plotHeight = narrow
    ? Math.max(240, Math.round(width * 0.75))
    : Math.round(Math.min(420, width * 0.45));
  return {
    width,
    height: plotHeight + marginTop + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    yMax,
    yTicks,
    xTicks,
    days,
    labels,
    fontSize,
    lineHeight,
  };
}

/** A label's footprint in the rows above the plot (row 0 is the top one). */
interface LabelBox {
  readonly from: number;
  readonly to: number;
  /** x of its connector. */
  readonly px: number;
  readonly first: number;
  readonly last: number;
}

const LABEL_GAP = 6;

/**
 * Whether `c` and `b` can share the rows above the plot: their text does not overlap, and
 * neither connector (from the frame up to its label) passes through or under the other's text.
 */
function clearOf(c: LabelBox, b: LabelBox): boolean {
  if (c.first <= b.last && c.last >= b.first) return c.to + LABEL_GAP <= b.from || c.from >= b.to + LABEL_GAP;
  const crosses = (px: number, box: LabelBox) =>
    px >= box.from - LABEL_GAP / 2 && px <= box.to + LABEL_GAP / 2;
  // In different rows, no connector may be under the other label: the upper label's connector
  // would strike through the lower one, and the lower one's would end under the upper text and
  // seem to point at it.
  return !crosses(c.px, b) && !crosses(b.px, c);
}

/** Lexicographic order of layout scores: lower is better. */
function compareScores(p: readonly number[], q: readonly number[]): number {
  for (const [i, v] of p.entries()) if (v !== q[i]) return v - (q[i] ?? 0);
  return 0;
}

/**
 * Lays out annotation labels as flags beside their connectors, in rows above the plot. Each
 * label may hang right or left of its connector and be wrapped to one or two lines; of every
 * combination (up to five labels; beyond, each hangs right when it fits) the one kept has the
 * fewest labels crossed by a connector, then the fewest rows, then the fewest wrapped or
 * left-hanging labels. Rows are filled greedily in time order.
 */
function placeLabels(
  annotations: readonly CurveAnnotation[],
  xOf: (t: Date) => number,
  width: number,
  maxLabel: number,
  fontSize: number,
): { rows: number; labels: (Omit<AnnotationLabel, "offset"> & { row: number })[] } {
  type Option = { anchor: "start" | "end"; lines: string[]; w: number; cost: number };
  const widthOf = (lines: readonly string[]) => (max(lines, (l) => textWidth(l, fontSize)) ?? 0) + 4;
  const items = annotations.map((a) => {
    const x =
      a.start.getTime() === a.end.getTime() ? a.start : new Date((a.start.getTime() + a.end.getTime()) / 2);
    const px = xOf(x);
    const wide = wrapText(a.label, maxLabel, fontSize, 2);
    // A narrower variant of a one-line label: two lines as even as possible, broken at a space
    // or after a hyphen ("Cessez-/le-feu"), never inside a word or at a no-break space.
    const half = greatest(
      wide.length === 1
        ? Array.from((wide[0] ?? "").matchAll(/ |-(?=\S)/g), (m) => {
            const cut = (m.index ?? 0) + (m[0] === "-" ? 1 : 0);
            return [(wide[0] ?? "").slice(0, cut).trimEnd(), (wide[0] ?? "").slice(cut).trimStart()];
          })
        : [],
      (lines) => -widthOf(lines),
    );
    const wraps = half ? [wide, half] : [wide];
    const options: Option[] = [];
    for (const [i, lines] of wraps.entries()) {
      const w = widthOf(lines);
      // Widths are estimated on the wide side and include the gap to the connector, so a label
      // may reach the figure's edge: the rows above the plot are clear of the axes.
      if (px + w <= width) options.push({ anchor: "start", lines, w, cost: i });
      if (px - w >= 0) options.push({ anchor: "end", lines, w, cost: i + 1 });
    }
    if (options.length === 0) {
      const w = widthOf(wide);
      options.push({ anchor: px + w <= width ? "start" : "end", lines: wide, w, cost: 0 });
    }
    options.sort((p, q) => ascending(p.cost, q.cost));
    return { a, x, px, options };
  });

  const layout = (choice: readonly Option[]) => {
    const boxes: LabelBox[] = [];
    let crossed = 0;
    for (const [i, { px }] of items.entries()) {
      const o = choice[i] as Option;
      const box = (first: number): LabelBox => ({
        from: o.anchor === "start" ? px : px - o.w,
        to: o.anchor === "start" ? px + o.w : px,
        px,
        first,
        last: first + o.lines.length - 1,
      });
      const top = Math.min(0, ...boxes.map((b) => b.first));
      const bottom = Math.max(-1, ...boxes.map((b) => b.last));
      // Existing rows top to bottom, a new row under them, one over them.
      const rows = [...Array.from({ length: bottom - top + 2 }, (_, r) => top + r), top - 1];
      let placed = rows.map(box).find((b) => boxes.every((other) => clearOf(b, other)));
      if (!placed) {
        // Crowded: at least never overlap another label's text.
        crossed++;
        placed = box(bottom + 1);
      }
      boxes.push(placed);
    }
    const top = Math.min(0, ...boxes.map((b) => b.first));
    const rows = boxes.length > 0 ? Math.max(...boxes.map((b) => b.last)) + 1 - top : 0;
    const cost = choice.reduce((sum, o) => sum + o.cost, 0);
    return { boxes, top, rows, score: [crossed, rows, cost] as const };
  };

  // Every combination of options for a few labels (at most 4^5), else each label's first option.
  const combos: Option[][] =
    items.length <= 5
      ? items.reduce<Option[][]>((acc, it) => acc.flatMap((c) => it.options.map((o) => [...c, o])), [[]])
      : [items.map((it) => it.options[0] as Option)];
  let best: ReturnType<typeof layout> | undefined;
  let bestChoice: Option[] = [];
  for (const choice of combos) {
    const result = layout(choice);
    if (!best || compareScores(result.score, best.score) < 0) {
      best = result;
      bestChoice = choice;
    }
  }
  const labels = items.map(({ a, x }, i) => {
    const o = bestChoice[i] as Option;
    return {
      id: a.id,
      x,
      lines: o.lines,
      anchor: o.anchor,
      title: a.title,
      row: (best?.boxes[i]?.first ?? 0) - (best?.top ?? 0),
    };
  });
  return { rows: best?.rows ?? 0, labels };
}

/** Text drawn over lines keeps a halo of the background so it stays legible. */
const halo = { stroke: colorVars.background, strokeWidth: 4, paintOrder: "stroke" } as const;

/** The Plot options (marks, scales, sizes) of the curve. Pure: no DOM is touched. */
export function curvePlotOptions(model: CurveModel, layout: CurveLayout, text: MarkText): Plot.PlotOptions {
  const { fontSize, lineHeight } = layout;
  const marks: Plot.Markish[] = [
    Plot.gridX(layout.days, { stroke: colorVars.grid, strokeOpacity: 0.6 }),
    Plot.gridY(layout.yTicks, { stroke: colorVars.grid, strokeOpacity: 1 }),
  ];

  // Annotations: a day-only event is a band over its day; a timed one a dashed rule. One mark for
  // each kind, not one per annotation: every Plot mark has a fixed cost, and they add up.
  const timed = model.annotations.filter((a) => a.start.getTime() === a.end.getTime());
  const days = model.annotations.filter((a) => a.start.getTime() !== a.end.getTime());
  if (timed.length > 0) {
    marks.push(
      Plot.ruleX(
        timed.map((a) => a.start),
        { stroke: colorVars.muted, strokeDasharray: "4,3" },
      ),
    );
  }
  if (days.length > 0) {
    // A faint band over the day, and a bracket along its top so adjacent days stay apart.
    marks.push(
      Plot.rect(days, {
        x1: "start",
        x2: "end",
        fill: colorVars.muted,
        fillOpacity: 0.1,
        insetLeft: 1,
        insetRight: 1,
      }),
      Plot.ruleY(days, {
        y: () => layout.yMax,
        x1: "start",
        x2: "end",
        stroke: colorVars.muted,
        strokeWidth: 3,
        insetLeft: 2,
        insetRight: 2,
      }),
    );
  }
  // Above the frame, y is extrapolated from the linear y scale (Plot does not clip marks).
  const plotHeight = layout.height - layout.marginTop - layout.marginBottom;
  const above = (px: number) => layout.yMax * (1 + px / plotHeight);
  // Connectors from the frame up to each label's top; the labels hang beside them like flags.
  // Labels are drawn after every connector with a halo, so a connector passing behind another
  // label never strikes through its text.
  if (layout.labels.length > 0) {
    marks.push(
      Plot.ruleX(layout.labels, {
        x: "x",
        y1: layout.yMax,
        y2: (l: AnnotationLabel) => above(l.offset),
        stroke: colorVars.muted,
        strokeDasharray: "4,3",
      }),
    );
  }
  // Text anchor and offset are constant within a Plot mark: one mark per run of labels anchored
  // alike, so that the labels stay in time order in the document (as a screen reader reads them).
  const runs: AnnotationLabel[][] = [];
  for (const l of layout.labels) {
    const run = runs.at(-1);
    if (run?.[0]?.anchor === l.anchor) run.push(l);
    else runs.push([l]);
  }
  for (const labels of runs) {
    const anchor = labels[0]?.anchor ?? "start";
    marks.push(
      Plot.text(labels, {
        x: "x",
        y: (l: AnnotationLabel) => above(l.offset),
        text: (d: AnnotationLabel) => d.lines.join("\n"),
        title: "title",
        dx: anchor === "start" ? 3 : -3,
        textAnchor: anchor,
        lineAnchor: "top",
        fontSize,
        lineHeight: lineHeight / fontSize,
        fill: colorVars.foreground,
        ...halo,
      }),
    );
  }

  if (model.population) {
    const y = model.population.value;
    // The two labels sit on a knockout of the background: at 320 px they cannot avoid the day
    // bands and event rules, which would otherwise show between their words.
    const [d0, d1] = model.domain;
    const plotWidth = layout.width - layout.marginLeft - layout.marginRight;
    const xAt = (px: number) => new Date(d0.getTime() + (px / plotWidth) * (d1.getTime() - d0.getTime()));
    const yAt = (px: number) => y + (px / plotHeight) * layout.yMax;
    const labelHeight = 4 + Math.ceil(fontSize * 1.25);
    const knockouts: { x1: Date; x2: Date; y1: number; y2: number }[] = [];
    const knockout = (x1: number, x2: number, y1: number, y2: number) =>
      knockouts.push({ x1: xAt(x1), x2: xAt(x2), y1: yAt(y1), y2: yAt(y2) });
    if (text.population) {
      knockout(1, Math.min(plotWidth, 4 + textWidth(text.population, fontSize) + 3), 1, labelHeight);
    }
    if (text.reached) {
      // Bold glyphs are about 8% wider.
      const w = textWidth(text.reached, fontSize) * 1.08;
      knockout(Math.max(0, plotWidth - 2 - w - 3), plotWidth, -1, -labelHeight);
    }
    if (knockouts.length > 0) {
      marks.push(
        Plot.rect(knockouts, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: colorVars.background }),
      );
    }
    marks.push(Plot.ruleY([y], { stroke: colorVars.foreground, strokeDasharray: "1,3", strokeWidth: 1.5 }));
    if (text.population) {
      marks.push(
        Plot.text([y], {
          y: (d) => d,
          frameAnchor: "left",
          text: () => text.population,
          dx: 4,
          dy: -4,
          textAnchor: "start",
          lineAnchor: "bottom",
          fontSize,
          fill: colorVars.foreground,
          ...halo,
        }),
      );
    }
    if (text.reached) {
      marks.push(
        Plot.text([y], {
          y: (d) => d,
          frameAnchor: "right",
          text: () => text.reached,
          dx: -2,
          dy: 4,
          textAnchor: "end",
          lineAnchor: "top",
          fontSize,
          fontWeight: "bold",
          fill: colorVars.foreground,
          ...halo,
        }),
      );
    }
  }

  if (model.line.length > 1) {
    // Only through the reported counts: the line stops at the last one, nothing is extrapolated.
    marks.push(
      Plot.line(model.line, {
        x: (d: CurvePoint) => d.point.at,
        y: (d: CurvePoint) => d.point.value,
        stroke: model.line[0]?.color ?? colorVars.foreground,
        strokeWidth: 2,
      }),
    );
  }

  // Markers, one mark per claimant and fill so constant colours stay CSS variables.
  for (const c of model.claimants) {
    for (const hollow of [false, true]) {
      const data = model.points.filter((p) => p.point.claimant === c.id && p.hollow === hollow);
      if (data.length === 0) continue;
      marks.push(
        Plot.dot(data, {
          x: (d: CurvePoint) => d.point.at,
          y: (d: CurvePoint) => d.point.value,
          symbol: c.symbol,
          r: c.main ? 3.5 : 5,
          stroke: c.color,
          strokeWidth: 1.6,
          fill: hollow ? colorVars.background : c.color,
        }),
      );
    }
  }

  return {
    width: layout.width,
    height: layout.height,
    marginTop: layout.marginTop,
    marginRight: layout.marginRight,
    marginBottom: layout.marginBottom,
    marginLeft: layout.marginLeft,
    style: {
      fontSize: `${fontSize}px`,
      color: colorVars.foreground,
      background: "transparent",
      overflow: "visible",
    },
    x: {
      type: "utc",
      domain: [...model.domain],
      ticks: [...layout.xTicks],
      tickFormat: text.tick,
      label: text.xLabel,
      labelAnchor: "right",
      labelOffset: 2 * lineHeight + 8,
    },
    y: {
      domain: [0, layout.yMax],
      ticks: [...layout.yTicks],
      tickFormat: text.number,
      label: null,
    },
    marks,
  };
}
