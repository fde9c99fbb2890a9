/**
 * The layout and Plot marks of the reactions map, as pure functions of a localized model and a
 * width (testable without rendering). Everything is drawn in one SVG whose user units are CSS
 * pixels, so the shared figure's focus points and tooltips work unchanged:
 *
 * - the world and the Caucasus inset are nested `<svg viewBox>` elements holding the cached,
 *   already projected paths (see geometry.ts): resizing rescales them, never reprojects;
 * - dots, inset labels and the list of entities not on the map are ordinary Plot marks on
 *   identity scales, so text stays at its CSS size at any width.
 */
import type { ReactionCategory } from "@karabakh2023/data";
import * as Plot from "@observablehq/plot";
import type { FocusPoint } from "../figure/contract.js";
import { createPattern } from "../figure/patterns.js";
import { wrapText } from "../figure/text.js";
import { colorVars } from "../figure/theme.js";
import type { ProjectedMap } from "./geometry.js";
import type { Placement } from "./join.js";
import type { NormalizedReactionsMapOptions } from "./options.js";
import { BELLIGERENTS, mapColor, mapColorCss } from "./palette.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One reaction, localized and placed: what the marks, the list and the focus points need. */
export interface MapEntity {
  readonly id: string;
  readonly name: string;
  readonly category: ReactionCategory;
  /** A low-certainty reading: hatched on the map, hollow as a dot, flagged in the list. */
  readonly low: boolean;
  readonly placement: Placement;
  readonly featureId?: string;
  readonly iso3?: string;
  /** Tooltip and screen-reader text. */
  readonly label: string;
  /** The line in the list beside the map (name and certainty). */
  readonly listText: string;
}

export interface MapText {
  readonly listTitle: string;
  readonly insetTitle: string;
  readonly karabakh: string;
  readonly categoryLabels: Readonly<Record<ReactionCategory, string>>;
  /** Localized names of the countries labelled in the inset, by feature id. */
  readonly insetNames: Readonly<Record<string, string>>;
}

export interface MapModel {
  /** In keyboard order: by category (legend order), then by name. */
  readonly entities: readonly MapEntity[];
  readonly options: NormalizedReactionsMapOptions;
  readonly text: MapText;
  readonly world: ProjectedMap;
  readonly inset: ProjectedMap | undefined;
  readonly idPrefix: string;
  readonly nonce: string | undefined;
  /**
   * The country paths of each map ("world", "inset"), drawn on the figure's first render and
   * moved into every redraw: a width change only rescales them (the paths, hundreds of
   * elements with long `d` strings, are most of a map's drawing and layout work).
   */
  readonly drawn: Map<string, readonly SVGElement[]>;
}

/** Under this width the inset and the list stack below the map. */
export const WIDE_MIN = 800;
const FONT = 12;
const LINE = 16;
const GAP = 16;
const DOT_R = 3.5;
/** A state smaller than this on screen (px²) gets a dot, so it can be seen and pointed at. */
const DOT_AREA = 24;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface ListRow {
  readonly kind: "title" | "heading" | "entry";
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Swatch: category colour, hatched for low certainty. */
  readonly category?: ReactionCategory;
  readonly low?: boolean;
  readonly entity?: MapEntity;
  readonly lines: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly wide: boolean;
  readonly map: Box;
  readonly inset: Box | undefined;
  readonly list: readonly ListRow[];
}

const listed = (model: MapModel) =>
  model.entities.filter(
    (e) => e.placement === "list" || (e.placement === "dot" && !model.options.smallStateDots),
  );

/** Positions the list rows in a column of `width` px starting at (x, y); returns its height. */
function layoutList(
  model: MapModel,
  x: number,
  y: number,
  width: number,
): { rows: ListRow[]; height: number } {
  const entities = listed(model);
  if (entities.length === 0) return { rows: [], height: 0 };
  const rows: ListRow[] = [];
  let cy = y;
  const push = (row: Omit<ListRow, "y" | "lines">, indent: number) => {
    const lines = wrapText(row.text, width - indent, FONT);
    rows.push({ ...row, text: lines.join("\n"), x: x + indent, y: cy, lines: lines.length });
    cy += lines.length * LINE;
  };
  push({ kind: "title", text: model.text.listTitle, x }, 0);
  cy += 2;
  for (const category of model.options.categories) {
    const inCategory = entities.filter((e) => e.category === category);
    if (inCategory.length === 0) continue;
    cy += 6;
    push({ kind: "heading", text: model.text.categoryLabels[category], x, category }, 0);
    for (const entity of inCategory) {
      push({ kind: "entry", text: entity.listText, x, category, low: entity.low, entity }, 18);
    }
  }
  return { rows, height: cy - y };
}

/** Where the map, the inset and the list go at `width`. */
export function layoutMap(model: MapModel, width: number): MapLayout {
  const [, , vw, vh] = model.world.viewBox;
  const insetRatio = model.inset ? model.inset.viewBox[3] / model.inset.viewBox[2] : 0;
  const wide = width >= WIDE_MIN;
  const hasList = listed(model).length > 0;
  if (wide) {
    const side = hasList ? Math.round(Math.min(300, Math.max(200, width * 0.27))) : 0;
    const mapWidth = width - (side ? side + GAP : 0);
    const map = { x: 0, y: 0, width: mapWidth, height: Math.round((mapWidth * vh) / vw) };
    const list = layoutList(model, mapWidth + GAP, 0, side);
    if (!model.inset) {
      return {
        width,
        height: Math.max(map.height, list.height + 4),
        wide,
        map,
        inset: undefined,
        list: list.rows,
      };
    }
    // A list much taller than the map leaves room below it: the inset goes there, larger.
    // Otherwise the empty South Pacific in the lower left of the world map holds it.
    const belowWidth = Math.round(Math.min(mapWidth * 0.6, 420));
    const belowHeight = Math.round(belowWidth * insetRatio);
    if (list.height >= map.height + GAP + belowHeight / 2) {
      const inset = { x: 0.5, y: map.height + GAP, width: belowWidth, height: belowHeight };
      const height = Math.max(inset.y + inset.height + 1, list.height + 4);
      return { width, height, wide, map, inset, list: list.rows };
    }
    const insetWidth = Math.round(mapWidth * 0.3);
    const insetHeight = Math.round(insetWidth * insetRatio);
    const inset = { x: 0.5, y: map.height - insetHeight - 0.5, width: insetWidth, height: insetHeight };
    return { width, height: Math.max(map.height, list.height + 4), wide, map, inset, list: list.rows };
  }
  const map = { x: 0, y: 0, width, height: Math.round((width * vh) / vw) };
  let y = map.height;
  let inset: Box | undefined;
  if (model.inset) {
    const insetWidth = Math.min(width - 1, 420);
    inset = { x: 0.5, y: y + GAP / 2, width: insetWidth, height: Math.round(insetWidth * insetRatio) };
    y = inset.y + inset.height;
  }
  const list = layoutList(model, 0, y + GAP, width);
  return {
    width,
    height: Math.ceil(y + (list.height ? GAP + list.height + 4 : 0)),
    wide,
    map,
    inset,
    list: list.rows,
  };
}

// ---------------------------------------------------------------- geometry marks

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const hatchId = (model: MapModel, space: string, category: ReactionCategory) =>
  `${model.idPrefix}-${space}-low-${category}`;

/** The fill of an entity's boundary: colour, or hatched colour for a low-certainty reading. */
function featureFill(model: MapModel, space: string, entity: MapEntity | undefined): string {
  if (!entity) return mapColor("none");
  return entity.low ? `url(#${hatchId(model, space, entity.category)})` : mapColor(entity.category);
}

/** The first reaction of each feature colours it (a duplicate is warned about upstream). */
function entitiesByFeature(model: MapModel): Map<string, MapEntity> {
  const out = new Map<string, MapEntity>();
  for (const e of model.entities) if (e.featureId && !out.has(e.featureId)) out.set(e.featureId, e);
  return out;
}

/**
 * A render mark drawing a projected map (world or inset) into `box`: a `<g>` that translates and
 * scales the cached paths (a nested `<svg>` would be resized by page CSS such as
 * `svg { height: auto }`). Strokes do not scale; hatch patterns are scaled back so their stripes
 * keep a 6 px period at any width.
 */
function geometryMark(model: MapModel, projected: ProjectedMap, box: Box, space: string, className: string) {
  const byFeature = entitiesByFeature(model);
  return (
    _i: unknown,
    _s: unknown,
    _v: unknown,
    _d: unknown,
    context: { document: Document },
  ): SVGElement => {
    const doc = context.document;
    const [vx, vy, vw, vh] = projected.viewBox;
    const scale = box.width / vw;
    const clipId = `${model.idPrefix}-${space}-clip`;
    const root = el(doc, "g", { class: className, "aria-hidden": "true" });
    const defs = el(doc, "defs", {});
    const clip = el(doc, "clipPath", { id: clipId });
    clip.appendChild(el(doc, "rect", { x: vx, y: vy, width: vw, height: vh }));
    defs.appendChild(clip);
    for (const category of model.options.categories) {
      const pattern = createPattern(doc, hatchId(model, space, category), "hatch", mapColor(category));
      if (!pattern) continue;
      pattern.setAttribute("patternTransform", `scale(${round(1 / scale)}) rotate(45)`);
      defs.appendChild(pattern);
    }
    root.appendChild(defs);
    const view = el(doc, "g", {
      transform: `translate(${round(box.x - vx * scale)},${round(box.y - vy * scale)}) scale(${round(scale)})`,
      "clip-path": `url(#${clipId})`,
    });
    let layers = model.drawn.get(space);
    if (!layers || layers[0]?.ownerDocument !== doc) {
      const land = el(doc, "g", {
        stroke: colorVars.background,
        "stroke-width": 0.5,
        "stroke-linejoin": "round",
      });
      const outlined = el(doc, "g", { fill: "none", stroke: colorVars.foreground, "stroke-width": 1.25 });
      for (const f of projected.features) {
        const entity = f.id === undefined ? undefined : byFeature.get(f.id);
        land.appendChild(
          el(doc, "path", {
            d: f.d,
            fill: featureFill(model, space, entity),
            "vector-effect": "non-scaling-stroke",
          }),
        );
        if (entity && BELLIGERENTS.has(entity.category)) {
          outlined.appendChild(el(doc, "path", { d: f.d, "vector-effect": "non-scaling-stroke" }));
        }
      }
      layers = [land, outlined];
      model.drawn.set(space, layers);
    }
    // Moved out of the previous drawing, which this one replaces.
    view.append(...layers);
    root.appendChild(view);
    return root;
  };
}

/** Hatch patterns at 1:1 for the list's swatches. */
function listDefs(model: MapModel) {
  return (
    _i: unknown,
    _s: unknown,
    _v: unknown,
    _d: unknown,
    context: { document: Document },
  ): SVGElement => {
    const defs = el(context.document, "defs", {});
    for (const category of model.options.categories) {
      const pattern = createPattern(
        context.document,
        hatchId(model, "list", category),
        "hatch",
        mapColor(category),
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

// ---------------------------------------------------------------- the whole plot

interface DotRow {
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly stroke: string;
}

interface TextRow {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface MapRender {
  readonly layout: MapLayout;
  readonly marks: Plot.Markish[];
  readonly points: readonly FocusPoint[];
  /** Ids of the entities drawn as dots at this width (for tests). */
  readonly dotted: readonly string[];
}

/** Everything drawn at `width`: layout, Plot marks and one focus point per entity. */
export function mapMarks(model: MapModel, width: number): MapRender {
  const layout = layoutMap(model, width);
  const { map, inset } = layout;
  const world = model.world;
  const k = map.width / world.viewBox[2];
  const points = new Map<string, FocusPoint>();
  const dots: DotRow[] = [];
  const dotted: string[] = [];

  const dot = (entity: MapEntity, [x, y]: [number, number]) => {
    dotted.push(entity.id);
    dots.push({
      x,
      y,
      fill: entity.low ? colorVars.background : mapColor(entity.category),
      stroke: entity.low ? mapColor(entity.category) : colorVars.background,
    });
  };

  for (const entity of model.entities) {
    if (entity.placement === "map" && entity.featureId) {
      const feature = world.byId.get(entity.featureId);
      if (!feature) continue;
      const position = toBox(world, map, feature.centroid);
      const insetFeature = inset && model.inset?.byId.get(entity.featureId);
      const insetPosition =
        insetFeature && inset ? toBox(model.inset as ProjectedMap, inset, insetFeature.centroid) : undefined;
      // States of the inset are pointed at there, where they are large enough to see.
      if (
        insetPosition &&
        inset &&
        inBox(inset, insetPosition, 6) &&
        BELLIGERENT_OR_CAUCASUS.has(entity.featureId)
      ) {
        points.set(entity.id, { x: insetPosition[0], y: insetPosition[1], label: entity.label });
        continue;
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
    if (row.entity) points.set(row.entity.id, { x: row.x - 10, y: row.y + 8, label: row.entity.label });
  }

  const marks: Plot.Markish[] = [
    (_i, _s, _v, _d, context) => {
      const style = el(context.document, "style", {});
      if (model.nonce) style.setAttribute("nonce", model.nonce);
      style.textContent = mapColorCss();
      return style as SVGElement;
    },
    geometryMark(model, world, map, "world", "k23-reactions-world"),
  ];

  if (inset && model.inset) marks.push(...insetMarks(model, model.inset, inset));

  marks.push(
    Plot.dot(dots, {
      x: "x",
      y: "y",
      r: DOT_R,
      fill: "fill",
      stroke: "stroke",
      strokeWidth: 1.5,
      className: "k23-reactions-dots",
      ariaHidden: "true",
    }),
  );

  marks.push(...listMarks(model, layout.list));

  return {
    layout,
    marks,
    // Keyboard order is the model's order (legend order, then name), whatever the placement.
    points: model.entities.flatMap((e) => points.get(e.id) ?? []),
    dotted,
  };
}

/** The Caucasus states pointed at in the inset rather than on the world map. */
const BELLIGERENT_OR_CAUCASUS: ReadonlySet<string> = new Set(["051", "031", "268"]);

function insetMarks(model: MapModel, projected: ProjectedMap, box: Box): Plot.Markish[] {
  const labels: TextRow[] = [];
  for (const [id, name] of Object.entries(model.text.insetNames)) {
    const at = projected.points.get(id);
    if (!at) continue;
    const [x, y] = toBox(projected, box, at);
    if (inBox(box, [x, y], 4)) labels.push({ x, y, text: name });
  }
  const karabakh = projected.points.get("karabakh");
  const k = karabakh ? toBox(projected, box, karabakh) : undefined;
  return [
    Plot.rect([box], {
      x1: (b: Box) => b.x,
      x2: (b: Box) => b.x + b.width,
      y1: (b: Box) => b.y,
      y2: (b: Box) => b.y + b.height,
      fill: colorVars.background,
      ariaHidden: "true",
    }),
    geometryMark(model, projected, box, "inset", "k23-reactions-inset"),
    Plot.rect([box], {
      x1: (b: Box) => b.x,
      x2: (b: Box) => b.x + b.width,
      y1: (b: Box) => b.y,
      y2: (b: Box) => b.y + b.height,
      fill: "none",
      stroke: colorVars.muted,
      ariaHidden: "true",
    }),
    Plot.text(labels, {
      x: "x",
      y: "y",
      text: "text",
      fontSize: 11,
      fill: colorVars.foreground,
      stroke: colorVars.background,
      strokeWidth: 3,
      ariaHidden: "true",
    }),
    k
      ? [
          Plot.dot([k], {
            x: "0",
            y: "1",
            r: 3,
            fill: colorVars.background,
            stroke: colorVars.foreground,
            ariaHidden: "true",
          }),
          Plot.text([k], {
            x: "0",
            y: "1",
            text: () => model.text.karabakh,
            dy: 11,
            fontSize: 10,
            fontStyle: "italic",
            fill: colorVars.foreground,
            stroke: colorVars.background,
            strokeWidth: 3,
            ariaHidden: "true",
          }),
        ]
      : null,
    Plot.text([box], {
      x: (b: Box) => b.x + 6,
      y: (b: Box) => b.y + 6,
      text: () => model.text.insetTitle,
      textAnchor: "start",
      lineAnchor: "top",
      fontSize: 11,
      fontWeight: 600,
      fill: colorVars.foreground,
      stroke: colorVars.background,
      strokeWidth: 3,
      ariaHidden: "true",
    }),
  ];
}

function listMarks(model: MapModel, rows: readonly ListRow[]): Plot.Markish[] {
  if (rows.length === 0) return [];
  const swatches = rows.filter((r) => r.kind === "entry");
  const text = (kind: "bold" | "regular") =>
    Plot.text(
      rows.filter((r) => (r.kind === "entry") === (kind === "regular")),
      {
        x: "x",
        y: "y",
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / FONT,
        fontSize: FONT,
        fontWeight: kind === "bold" ? 700 : 400,
        fill: colorVars.foreground,
        ariaHidden: "true",
      },
    );
  return [
    listDefs(model),
    Plot.rect(swatches, {
      x1: (r: ListRow) => r.x - 16,
      x2: (r: ListRow) => r.x - 5,
      y1: (r: ListRow) => r.y + 3,
      y2: (r: ListRow) => r.y + 14,
      fill: (r: ListRow) =>
        r.low && r.category ? `url(#${hatchId(model, "list", r.category)})` : mapColor(r.category ?? "none"),
      stroke: (r: ListRow) => mapColor(r.category ?? "none"),
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
    style: { overflow: "visible" },
    marks: render.marks,
  };
}

const round = (v: number) => Math.round(v * 100) / 100;
