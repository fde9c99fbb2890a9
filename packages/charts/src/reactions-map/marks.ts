/**
 * The Plot marks of the reactions map. Each builder reads only the model, the projected
 * geometry, the layout and its context, and returns marks; the one thing written is the
 * context's path cache (below), so a builder is not pure, but it is repeatable. Everything
 * is drawn in one SVG whose user units are CSS pixels, so the shared figure's focus points and
 * tooltips work unchanged:
 *
 * - the world and the inset are `<g>` elements scaling the cached, already projected paths
 *   (see geometry.ts): resizing rescales them, never reprojects;
 * - dots, inset labels and the list of entities not on the map are ordinary Plot marks on
 *   identity scales, so text stays at its CSS size at any width.
 *
 * The one state is the caller's: the geometry marks, when Plot runs them, create a map's
 * country paths once into the `PathCache` they are given (one per figure) and move them into
 * every later drawing, since those hundreds of long paths are most of a map's drawing work.
 */
import type { ReactionColour } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import type { FocusPoint } from "../figure/contract.js";
import { createPattern } from "../figure/patterns.js";
import { textWidth } from "../figure/text.js";
import { colorVars } from "../figure/theme.js";
import { type ProjectedMap, round } from "./geometry.js";
import { type Box, FONT, LINE, type ListRow, type MapGeometry, type MapLayout } from "./layout.js";
import type { MapEntity, MapModel } from "./model.js";
import { isBelligerent, mapColor, mapColorCss } from "./palette.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const DOT_R = 3.5;
/** A state smaller than this on screen (px²) gets a dot, so it can be seen and pointed at. */
const DOT_AREA = 24;
/** Opacity of the entities not highlighted, when some are. */
export const MUTED_OPACITY = 0.3;
/** Under this width (px) the inset is too small for its country and point labels to fit. */
const INSET_LABELS_MIN = 150;

/**
 * A group of country paths and its stroke width in CSS pixels (set at each render in the map's
 * units: `vector-effect: non-scaling-stroke` would do the same at a cost, Blink re-transforming
 * every path at every layout).
 */
interface PathLayer {
  readonly element: SVGElement;
  readonly strokeWidth: number;
}

/** The country paths of each map ("world", "inset") of one figure, drawn once and reused. */
export type PathCache = Map<string, readonly PathLayer[]>;

/** What the marks need besides the model: the figure's ids, CSP nonce and path cache. */
export interface MarkContext {
  readonly idPrefix: string;
  readonly nonce: string | undefined;
  readonly cache: PathCache;
}

export interface MapRender {
  readonly layout: MapLayout;
  readonly marks: Plot.Markish[];
  readonly points: readonly FocusPoint[];
  /** Ids of the entities drawn as dots at this width (for tests). */
  readonly dotted: readonly string[];
}

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const hatchId = (context: MarkContext, space: string, colour: ReactionColour) =>
  `${context.idPrefix}-${space}-low-${colour}`;

/**
 * The colour roles that need a hatch pattern: those of the low-certainty readings drawn, each
 * once. A pattern nothing fills would still be styled and laid out at every render.
 */
const hatchedColours = (model: MapModel): ReactionColour[] => [
  ...new Set(model.entities.filter((e) => e.low).map((e) => e.colour)),
];

const opacity = (entity: MapEntity | undefined) => (entity?.emphasis === "muted" ? MUTED_OPACITY : 1);

/** The fill of an entity's boundary: colour, or hatched colour for a low-certainty reading. */
function featureFill(context: MarkContext, space: string, entity: MapEntity | undefined): string {
  if (!entity) return mapColor("none");
  return entity.low ? `url(#${hatchId(context, space, entity.colour)})` : mapColor(entity.colour);
}

/** The first reaction of each feature colours it (a duplicate is warned about upstream). */
function entitiesByFeature(model: MapModel): Map<string, MapEntity> {
  const out = new Map<string, MapEntity>();
  for (const e of model.entities) if (e.featureId && !out.has(e.featureId)) out.set(e.featureId, e);
  return out;
}

/**
 * The country paths of a map: land (filled: one path per fill and opacity, the countries without
 * a reaction among them), and outlines of belligerents and highlights (one path each).
 *
 * Countries that look alike are one path: no reader, keyboard or tooltip finds a country by its
 * element (the figure's focus points carry each country's position and label, `mapMarks`), and
 * the browser styles, lays out and paints a dozen elements instead of sixty at every render.
 */
function drawPaths(
  doc: Document,
  model: MapModel,
  projected: ProjectedMap,
  context: MarkContext,
  space: string,
) {
  const byFeature = entitiesByFeature(model);
  const land = el(doc, "g", { stroke: colorVars.background, "stroke-linejoin": "round" });
  // In the order the features come, so the paths' order (and the snapshots) do not depend on
  // the order of the reactions.
  const fills = new Map<string, { fill: string; opacity: number; d: string[] }>();
  const outlines = { outlined: [] as string[], highlighted: [] as string[] };
  for (const f of projected.features) {
    const entity = f.id === undefined ? undefined : byFeature.get(f.id);
    const fill = featureFill(context, space, entity);
    const key = `${fill} ${opacity(entity)}`;
    const group = fills.get(key) ?? { fill, opacity: opacity(entity), d: [] };
    group.d.push(f.d);
    fills.set(key, group);
    if (entity?.emphasis === "highlighted") outlines.highlighted.push(f.d);
    else if (entity && entity.emphasis !== "muted" && isBelligerent(entity.colour))
      outlines.outlined.push(f.d);
  }
  for (const { fill, opacity, d } of fills.values()) {
    const path = el(doc, "path", { d: d.join(""), fill });
    if (opacity < 1) path.setAttribute("opacity", String(opacity));
    land.appendChild(path);
  }
  const outline = (d: readonly string[], strokeWidth: number): PathLayer => {
    const element = el(doc, "g", { fill: "none", stroke: colorVars.foreground });
    if (d.length > 0) element.appendChild(el(doc, "path", { d: d.join("") }));
    return { element, strokeWidth };
  };
  const layers = [{ element: land, strokeWidth: 0.5 }, outline(outlines.outlined, 1.25)];
  return model.highlighting ? [...layers, outline(outlines.highlighted, 2)] : layers;
}

/**
 * A render mark drawing a projected map (world or inset) into `box`: a `<g>` that translates and
 * scales the cached paths (a nested `<svg>` would be resized by page CSS such as
 * `svg { height: auto }`). Strokes keep their CSS width (divided by the scale); hatch patterns are scaled back so their stripes
 * keep a 6 px period at any width.
 */
function geometryMark(
  model: MapModel,
  context: MarkContext,
  projected: ProjectedMap,
  box: Box,
  space: string,
  className: string,
) {
  return (_i: unknown, _s: unknown, _v: unknown, _d: unknown, plot: { document: Document }): SVGElement => {
    const doc = plot.document;
    const [vx, vy, vw, vh] = projected.viewBox;
    const scale = box.width / vw;
    const clipId = `${context.idPrefix}-${space}-clip`;
    const root = el(doc, "g", { class: className, "aria-hidden": "true" });
    const defs = el(doc, "defs", {});
    const clip = el(doc, "clipPath", { id: clipId });
    clip.appendChild(el(doc, "rect", { x: vx, y: vy, width: vw, height: vh }));
    defs.appendChild(clip);
    for (const colour of hatchedColours(model)) {
      const pattern = createPattern(doc, hatchId(context, space, colour), "hatch", mapColor(colour));
      if (!pattern) continue;
      pattern.setAttribute("patternTransform", `scale(${round(1 / scale)}) rotate(45)`);
      defs.appendChild(pattern);
    }
    root.appendChild(defs);
    const view = el(doc, "g", {
      transform: `translate(${round(box.x - vx * scale)},${round(box.y - vy * scale)}) scale(${round(scale)})`,
      "clip-path": `url(#${clipId})`,
    });
    let layers = context.cache.get(space);
    if (!layers || layers[0]?.element.ownerDocument !== doc) {
      layers = drawPaths(doc, model, projected, context, space);
      context.cache.set(space, layers);
    }
    for (const { element, strokeWidth } of layers) {
      element.setAttribute("stroke-width", String(round(strokeWidth / scale, 3)));
    }
    // Moved out of the previous drawing, which this one replaces.
    view.append(...layers.map((l) => l.element));
    root.appendChild(view);
    return root;
  };
}

/** Hatch patterns at 1:1 for the list's swatches. */
function listDefs(model: MapModel, context: MarkContext) {
  return (_i: unknown, _s: unknown, _v: unknown, _d: unknown, plot: { document: Document }): SVGElement => {
    const defs = el(plot.document, "defs", {});
    for (const colour of hatchedColours(model)) {
      const pattern = createPattern(
        plot.document,
        hatchId(context, "list", colour),
        "hatch",
        mapColor(colour),
      );
      if (pattern) defs.appendChild(pattern);
    }
    return defs;
  };
}

/** Maps a point of a projected map into the outer SVG's pixels. */
function toBox(projected: ProjectedMap, box: Box, [x, y]: readonly [number, number]): [number, number] {
  const [vx, vy, vw] = projected.viewBox;
  const k = box.width / vw;
  return [round(box.x + (x - vx) * k), round(box.y + (y - vy) * k)];
}

const inBox = (box: Box, [x, y]: readonly [number, number], margin = 0) =>
  x >= box.x + margin &&
  x <= box.x + box.width - margin &&
  y >= box.y + margin &&
  y <= box.y + box.height - margin;

/** Whether a state shows whole in the inset's frame (then it is pointed at there). */
function wholeInFrame(inset: ProjectedMap, featureId: string): boolean {
  const feature = inset.byId.get(featureId);
  if (!feature) return false;
  const [[x0, y0], [x1, y1]] = feature.bounds;
  const [[fx0, fy0], [fx1, fy1]] = inset.frame;
  return x0 >= fx0 && y0 >= fy0 && x1 <= fx1 && y1 <= fy1;
}

interface DotRow {
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly stroke: string;
  readonly opacity: number;
}

/** Everything drawn at the layout's width: Plot marks and one focus point per entity. */
export function mapMarks(
  model: MapModel,
  geometry: MapGeometry,
  layout: MapLayout,
  context: MarkContext,
): MapRender {
  const { map, inset } = layout;
  const { world } = geometry;
  const insetMap = inset && model.inset ? geometry.inset : undefined;
  const k = map.width / world.viewBox[2];
  const points = new Map<string, FocusPoint>();
  const dots: DotRow[] = [];
  const dotted: string[] = [];

  const dot = (entity: MapEntity, [x, y]: [number, number]) => {
    dotted.push(entity.id);
    dots.push({
      x,
      y,
      fill: entity.low ? colorVars.background : mapColor(entity.colour),
      stroke: entity.low ? mapColor(entity.colour) : colorVars.background,
      opacity: opacity(entity),
    });
  };

  for (const entity of model.entities) {
    if (entity.placement === "map" && entity.featureId) {
      const feature = world.byId.get(entity.featureId);
      if (!feature) continue;
      const position = toBox(world, map, feature.centroid);
      // States the inset shows whole are pointed at there, where they are large enough to see.
      const insetFeature = insetMap?.byId.get(entity.featureId);
      if (insetMap && inset && insetFeature && wholeInFrame(insetMap, entity.featureId)) {
        const at = toBox(insetMap, inset, insetFeature.centroid);
        if (inBox(inset, at, 6)) {
          points.set(entity.id, { x: at[0], y: at[1], label: entity.label });
          continue;
        }
      }
      points.set(entity.id, { x: position[0], y: position[1], label: entity.label });
      if (model.options.smallStateDots && feature.area * k * k < DOT_AREA) dot(entity, position);
    } else if (entity.placement === "dot" && model.options.smallStateDots && entity.iso3) {
      const at = world.points.get(entity.iso3);
      if (!at) continue;
      const position = toBox(world, map, at);
      points.set(entity.id, { x: position[0], y: position[1], label: entity.label });
      dot(entity, position);
    }
  }

  for (const row of layout.list) {
    // The focus point is the row's swatch.
    const x = model.rtl ? row.x + 10 : row.x - 10;
    if (row.entity) points.set(row.entity.id, { x, y: row.y + 8, label: row.entity.label });
  }

  const marks: Plot.Markish[] = [
    (_i, _s, _v, _d, plot) => {
      const style = el(plot.document, "style", {});
      if (context.nonce) style.setAttribute("nonce", context.nonce);
      style.textContent = mapColorCss();
      return style as SVGElement;
    },
    geometryMark(model, context, world, map, "world", "k23-reactions-world"),
  ];

  if (inset && insetMap && model.inset) marks.push(...insetMarks(model, context, insetMap, inset));

  marks.push(
    Plot.dot(dots, {
      x: "x",
      y: "y",
      r: DOT_R,
      fill: "fill",
      stroke: "stroke",
      ...(model.highlighting ? { opacity: "opacity" } : {}),
      strokeWidth: 1.5,
      className: "k23-reactions-dots",
      ariaHidden: "true",
    }),
  );

  marks.push(...listMarks(model, context, layout.list));

  return {
    layout,
    marks,
    // Keyboard order is the model's order (legend order, then name), whatever the placement.
    points: model.entities.flatMap((e) => points.get(e.id) ?? []),
    dotted,
  };
}

interface TextRow {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

const halo = {
  fill: colorVars.foreground,
  stroke: colorVars.background,
  strokeWidth: 3,
  ariaHidden: "true",
} as const;

function insetMarks(
  model: MapModel,
  context: MarkContext,
  projected: ProjectedMap,
  box: Box,
): Plot.Markish[] {
  const inset = model.inset;
  if (!inset) return [];
  const labels: TextRow[] = [];
  const labelled = box.width >= INSET_LABELS_MIN;
  for (const { key, text } of labelled ? inset.labels : []) {
    const at = projected.points.get(key);
    if (!at) continue;
    const [x, y] = toBox(projected, box, at);
    if (!inBox(box, [x, y], 4)) continue;
    // Shifted inwards when its estimated width would cross the frame (a long name near an edge).
    const half = Math.min(textWidth(text, 11) / 2 + 3, box.width / 2);
    labels.push({ x: round(Math.min(Math.max(x, box.x + half), box.x + box.width - half)), y, text });
  }
  const pointAt = projected.points.get("point");
  const point = pointAt && inset.pointLabel ? toBox(projected, box, pointAt) : undefined;
  const frame = (fill: string, stroke?: string) =>
    Plot.rect([box], {
      x1: (b: Box) => b.x,
      x2: (b: Box) => b.x + b.width,
      y1: (b: Box) => b.y,
      y2: (b: Box) => b.y + b.height,
      fill,
      ...(stroke ? { stroke } : {}),
      ariaHidden: "true",
    });
  return [
    frame(colorVars.background),
    geometryMark(model, context, projected, box, "inset", "k23-reactions-inset"),
    frame("none", colorVars.muted),
    Plot.text(labels, { x: "x", y: "y", text: "text", fontSize: 11, ...halo }),
    point
      ? [
          Plot.dot([point], {
            x: "0",
            y: "1",
            r: 3,
            fill: colorVars.background,
            stroke: colorVars.foreground,
            ariaHidden: "true",
          }),
          Plot.text(labelled ? [point] : [], {
            x: "0",
            y: "1",
            text: () => inset.pointLabel,
            dy: 11,
            fontSize: 10,
            fontStyle: "italic",
            ...halo,
          }),
        ]
      : null,
    Plot.text([box], {
      x: (b: Box) => b.x + 6,
      y: (b: Box) => b.y + 6,
      text: () => inset.title,
      textAnchor: "start",
      lineAnchor: "top",
      fontSize: 11,
      fontWeight: 600,
      ...halo,
    }),
  ];
}

function listMarks(model: MapModel, context: MarkContext, rows: readonly ListRow[]): Plot.Markish[] {
  if (rows.length === 0) return [];
  const swatches = rows.filter((r) => r.kind === "entry");
  const rowOpacity = (r: ListRow) => opacity(r.entity);
  const text = (kind: "bold" | "regular") =>
    Plot.text(
      rows.filter((r) => (r.kind === "entry") === (kind === "regular")),
      {
        x: "x",
        y: "y",
        text: "text",
        textAnchor: model.rtl ? "end" : "start",
        lineAnchor: "top",
        lineHeight: LINE / FONT,
        fontSize: FONT,
        fontWeight: kind === "bold" ? 700 : 400,
        fill: colorVars.foreground,
        ...(model.highlighting ? { fillOpacity: rowOpacity } : {}),
        ariaHidden: "true",
      },
    );
  return [
    listDefs(model, context),
    Plot.rect(swatches, {
      // Before the text: on its left, or on its right in a right-to-left list.
      x1: (r: ListRow) => (model.rtl ? r.x + 5 : r.x - 16),
      x2: (r: ListRow) => (model.rtl ? r.x + 16 : r.x - 5),
      y1: (r: ListRow) => r.y + 3,
      y2: (r: ListRow) => r.y + 14,
      fill: (r: ListRow) =>
        r.low && r.colour ? `url(#${hatchId(context, "list", r.colour)})` : mapColor(r.colour ?? "none"),
      stroke: (r: ListRow) => mapColor(r.colour ?? "none"),
      ...(model.highlighting ? { opacity: rowOpacity } : {}),
      ariaHidden: "true",
    }),
    text("bold"),
    text("regular"),
  ];
}

/** The Plot options that draw `marks` at `width` with one pixel per user unit. */
export function plotOptions(render: MapRender, document: Document): Plot.PlotOptions {
  return {
    document,
    width: render.layout.width,
    height: render.layout.height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    color: { type: "identity" },
    opacity: { type: "identity" },
    style: { overflow: "visible" },
    marks: render.marks,
  };
}
