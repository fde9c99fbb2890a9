/**
 * Placement decisions of the curve from its model and a width: margins from the estimated widths
 * of tick labels (Plot does not measure text), the time ticks (hours, days, months or years, the
 * finest whose labels do not collide) and the annotation labels stacked in rows above the plot.
 * Pure: no DOM.
 */
import { nextDay, zonedDay, zonedInstant } from "@karabakh2023/data";
import { ascending, greatest, max, nice, ticks } from "d3-array";
import { textWidth, wrapText } from "../figure/text.js";
import type { CurveAnnotation, CurveModel } from "./model.js";
import type { TickFormats } from "./text.js";

/** Localized strings and formatters the layout and marks need (resolved by the caller). */
export interface MarkText {
  /** Time tick labels in the story's zone. */
  readonly ticks: TickFormats;
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
  /** Time ticks and their labels, index by index. */
  readonly xTicks: readonly Date[];
  readonly xTickLabels: readonly string[];
  /** Which calendar unit the ticks step by. */
  readonly tickUnit: TickUnit;
  /** Vertical grid lines: every local midnight for day ticks, else the ticks themselves. */
  readonly grid: readonly Date[];
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

export const TICK_UNITS = ["hour", "day", "month", "year"] as const;
export type TickUnit = (typeof TICK_UNITS)[number];

const DAY = 86_400_000;
/** Beyond this many days (three months), days are never ticks: months read better. */
const MAX_DAY_TICKS = 92;
/** Beyond this many days, no line per day either (no grid of 600 lines). */
const MAX_DAY_GRID = 62;

/** The local days whose midnight lies in [d0, d1], as ISO days. */
export function localDays(d0: Date, d1: Date, zone: string, limit = MAX_DAY_TICKS + 2): string[] {
  const out: string[] = [];
  let day = zonedDay(d0, zone);
  if (zonedInstant(day, "00:00", zone) < d0) day = nextDay(day);
  while (out.length < limit && zonedInstant(day, "00:00", zone) <= d1) {
    out.push(day);
    day = nextDay(day);
  }
  return out;
}

/** Every local midnight from `d0` to `d1` inclusive. */
export function localMidnights(d0: Date, d1: Date, zone: string): Date[] {
  return localDays(d0, d1, zone).map((day) => zonedInstant(day, "00:00", zone));
}

interface Candidate {
  readonly unit: TickUnit;
  readonly ticks: readonly Date[];
  readonly labels: readonly string[];
  /** Widest label plus padding: the least distance between two ticks. */
  readonly tickWidth: number;
}

const yearOf = (at: Date, zone: string) => zonedDay(at, zone).slice(0, 4);

/**
 * Tick candidates from the finest to the coarsest: hours (windows up to three days), days (up
 * to three months), months and years, each at several steps, aligned on the calendar of the zone (local
 * midnights, the first of the month, 1 January) so a DST change never shifts them. A label
 * carries the year at the first tick and wherever the year changes, when the window spans years.
 */
function* tickCandidates(d0: Date, d1: Date, zone: string, f: TickFormats, fontSize: number) {
  const span = d1.getTime() - d0.getTime();
  const spansYears = yearOf(d0, zone) !== yearOf(new Date(d1.getTime() - 1), zone);
  const width = (labels: readonly string[]) => (max(labels, (l) => textWidth(l, fontSize)) ?? 40) + 14;
  const withYears = (
    list: readonly Date[],
    short: (at: Date) => string,
    long: (at: Date) => string,
    always = false,
  ) =>
    list.map((at, i) =>
      (always || spansYears) && (i === 0 || yearOf(at, zone) !== yearOf(list[i - 1] as Date, zone))
        ? long(at)
        : short(at),
    );
  const days = span <= MAX_DAY_TICKS * DAY ? localDays(d0, d1, zone) : [];

  if (span <= 3 * DAY) {
    const allDays = localDays(new Date(d0.getTime() - DAY), d1, zone);
    for (const step of [1, 2, 3, 6, 12]) {
      const seen = new Set<number>();
      const list: { at: Date; midnight: boolean }[] = [];
      for (const day of allDays) {
        for (let h = 0; h < 24; h += step) {
          const at = zonedInstant(day, `${String(h).padStart(2, "0")}:00`, zone);
          if (at < d0 || at > d1 || seen.has(at.getTime())) continue;
          seen.add(at.getTime());
          list.push({ at, midnight: h === 0 });
        }
      }
      const dates = list.map((t) => t.at);
      const dayLabels = withYears(dates, f.dayMonth, f.day);
      const labels = list.map((t, i) => (t.midnight ? (dayLabels[i] as string) : f.time(t.at)));
      yield { unit: "hour", ticks: dates, labels, tickWidth: width(labels) } satisfies Candidate;
    }
  }
  if (days.length > 0) {
    const midnights = days.map((day) => zonedInstant(day, "00:00", zone));
    // One width for every step: the widest day label of the window (steps only thin them).
    const tickWidth = width(midnights.map(f.dayMonth));
    for (const step of [1, 2, 3, 4, 7, 14]) {
      const list = midnights.filter((_, i) => i % step === 0);
      yield {
        unit: "day",
        ticks: list,
        labels: withYears(list, f.dayMonth, f.day),
        tickWidth,
      } satisfies Candidate;
    }
  }
  const [y0, m0] = zonedDay(d0, zone).split("-").map(Number) as [number, number];
  const [y1] = zonedDay(d1, zone).split("-").map(Number) as [number];
  const firsts: Date[] = [];
  for (let month = y0 * 12 + m0 - 1; Math.floor(month / 12) <= y1 && firsts.length < 12 * 200; month++) {
    const iso = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`;
    const at = zonedInstant(iso, "00:00", zone);
    if (at >= d0 && at <= d1) firsts.push(at);
  }
  for (const step of [1, 2, 3, 6]) {
    const list = firsts.filter((at) => (Number(zonedDay(at, zone).slice(5, 7)) - 1) % step === 0);
    const labels = withYears(list, f.month, f.monthYear, true);
    yield { unit: "month", ticks: list, labels, tickWidth: width(labels) } satisfies Candidate;
  }
  const januaries = firsts.filter((at) => zonedDay(at, zone).slice(5, 7) === "01");
  for (const step of [1, 2, 5, 10, 20, 50, 100]) {
    const list = januaries.filter((at) => Number(yearOf(at, zone)) % step === 0);
    const labels = list.map(f.year);
    yield { unit: "year", ticks: list, labels, tickWidth: width(labels) } satisfies Candidate;
  }
}

/**
 * Sizes the chart for a width: margins from the estimated widths of tick labels (Plot does not
 * measure text), the finest time ticks whose labels never collide, and annotation labels
 * stacked in rows above the plot (wrapped, then shortened with "…") so none overlaps or is
 * clipped. `height` fixes the SVG's height (the plot keeps at least 40 px).
 */
export function layoutCurve(model: CurveModel, width: number, text: MarkText, height?: number): CurveLayout {
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const top = Math.max(model.population?.value ?? 0, max(model.points, (p) => p.point.value) ?? 0, 1);
  const yCount = narrow ? 4 : 6;
  const [, yMax] = nice(0, top * 1.06, yCount);
  const yTicks = ticks(0, yMax, yCount);
  const marginLeft = Math.ceil(max(yTicks, (t) => textWidth(text.number(t), fontSize)) ?? 0) + 12;
  const [d0, d1] = model.domain;
  const span = d1.getTime() - d0.getTime();

  // The first candidate whose ticks stand at least a label's width apart; failing all, the
  // coarsest that still has a tick.
  let chosen: (Candidate & { marginRight: number; plotWidth: number }) | undefined;
  let fallback: typeof chosen;
  for (const c of tickCandidates(d0, d1, model.timeZone, text.ticks, fontSize)) {
    // A tick label is centred on its tick: the last one needs half its width inside the figure.
    const marginRight = Math.max(14, Math.ceil(c.tickWidth / 2));
    const plotWidth = Math.max(width - marginLeft - marginRight, 40);
    const px = (t: Date) => ((t.getTime() - d0.getTime()) / span) * plotWidth;
    const gaps = c.ticks.slice(1).map((t, i) => px(t) - px(c.ticks[i] as Date));
    const candidate = { ...c, marginRight, plotWidth };
    if (c.ticks.length > 0) fallback = candidate;
    if (c.ticks.length >= 2 && Math.min(...gaps) >= c.tickWidth) {
      chosen = candidate;
      break;
    }
  }
  const picked = chosen ??
    fallback ?? {
      unit: "day" as const,
      ticks: [],
      labels: [],
      tickWidth: 28,
      marginRight: 14,
      plotWidth: Math.max(width - marginLeft - 14, 40),
    };
  const { marginRight, plotWidth } = picked;
  const xOf = (t: Date) => marginLeft + ((t.getTime() - d0.getTime()) / span) * plotWidth;

  // A faint line at every local midnight while days are few and at least 8 px apart; else at the ticks.
  const midnights = picked.unit === "day" ? localMidnights(d0, d1, model.timeZone) : [];
  const grid =
    midnights.length > 0 && midnights.length <= MAX_DAY_GRID && plotWidth / midnights.length >= 8
      ? midnights
      : picked.ticks;

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
  const plotHeight =
    height !== undefined
      ? Math.max(40, height - marginTop - marginBottom)
      : narrow
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
    xTicks: picked.ticks,
    xTickLabels: picked.labels,
    tickUnit: picked.unit,
    grid,
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
