/**
 * Pure functions building the curve's Plot options (marks, scales, sizes) from its model and
 * layout. Nothing here touches a DOM: the marks are plain Plot mark objects, testable in Node.
 */
import * as Plot from "@observablehq/plot";
import { BOLD, textWidth, wrapText } from "../figure/text.js";
import { colorVars } from "../figure/theme.js";
import type { AnnotationLabel, CurveLayout, MarkText } from "./layout.js";
import type { CurveModel, CurvePoint } from "./model.js";

/** Opacity of what a highlight leaves out: still there, clearly behind. */
const MUTED = 0.25;

/** Text drawn over lines keeps a halo of the background so it stays legible. */
const halo = { stroke: colorVars.background, strokeWidth: 4, paintOrder: "stroke" } as const;

/** The Plot options (marks, scales, sizes) of the curve. Pure: no DOM is touched. */
export function curvePlotOptions(model: CurveModel, layout: CurveLayout, text: MarkText): Plot.PlotOptions {
  const { fontSize, lineHeight } = layout;
  const tickLabels = new Map(layout.xTicks.map((t, i) => [t.getTime(), layout.xTickLabels[i] ?? ""]));
  const marks: Plot.Markish[] = [
    Plot.gridX(layout.grid, { stroke: colorVars.grid, strokeOpacity: 0.6 }),
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
    // Wrapped, growing upwards from the line: at 320 px the Armenian label is wider than the plot.
    const populationLines = text.population ? wrapText(text.population, plotWidth - 8, fontSize, 2) : [];
    if (populationLines.length > 0) {
      const w = Math.max(...populationLines.map((l) => textWidth(l, fontSize)));
      const h = labelHeight + (populationLines.length - 1) * lineHeight;
      knockout(1, Math.min(plotWidth, 4 + w + 3), 1, h);
    }
    if (text.reached) {
      const w = textWidth(text.reached, fontSize) * BOLD;
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
          text: () => populationLines.join("\n"),
          lineHeight: lineHeight / fontSize,
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
        ...(model.lineMuted ? { strokeOpacity: MUTED } : {}),
      }),
    );
  }

  // Markers, one mark per claimant and fill so constant colours stay CSS variables.
  // A highlight draws the rest faint and the highlighted counts larger (emphasis is not colour alone).
  for (const c of model.claimants) {
    for (const hollow of [false, true]) {
      for (const state of ["plain", "muted", "highlighted"] as const) {
        const data = model.points.filter(
          (p) =>
            p.point.claimant === c.id &&
            p.hollow === hollow &&
            (p.muted ? "muted" : p.highlighted ? "highlighted" : "plain") === state,
        );
        if (data.length === 0) continue;
        const r = (c.main ? 3.5 : 5) + (state === "highlighted" ? 1.5 : 0);
        marks.push(
          Plot.dot(data, {
            x: (d: CurvePoint) => d.point.at,
            y: (d: CurvePoint) => d.point.value,
            symbol: c.symbol,
            r,
            stroke: c.color,
            strokeWidth: state === "highlighted" ? 2.2 : 1.6,
            fill: hollow ? colorVars.background : c.color,
            ...(state === "muted" ? { strokeOpacity: MUTED, fillOpacity: hollow ? 1 : MUTED } : {}),
          }),
        );
      }
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
      tickFormat: (at: Date) => tickLabels.get(at.getTime()) ?? "",
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
