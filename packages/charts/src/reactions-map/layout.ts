/**
 * Where the world map, the inset and the list go at a width, from the model and the projected
 * geometry. The inset is placed on the world map only where it hides no land: over the
 * stretch of ocean farthest from every country's outline (see `placeInset`).
 */
import type { ReactionColour } from "@karabakh2023/data";
import { BOLD, wrapText } from "../figure/text.js";
import { type Bounds, type ProjectedMap, round } from "./geometry.js";
import type { MapEntity, MapModel } from "./model.js";

/** Under this width the inset and the list stack below the map. */
export const WIDE_MIN = 800;
export const FONT = 12;
export const LINE = 16;
const GAP = 16;
/** Inset widths tried on the map, as shares of the map's width, largest first. */
const INSET_SHARES = [0.3, 0.28, 0.26, 0.24, 0.22, 0.2] as const;
/** Clear space kept between the inset and any land, in px. */
const INSET_MARGIN = 4;
/** Tallest inset below a narrow map, in px: a tall region would otherwise fill the screen. */
const BELOW_MAX_HEIGHT = 300;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ListRow {
  readonly kind: "title" | "heading" | "entry";
  readonly text: string;
  /** Where the text starts, or ends in a right-to-left list (`MapModel.rtl`). */
  readonly x: number;
  readonly y: number;
  /** Swatch: category colour, hatched for low certainty. */
  readonly colour?: ReactionColour;
  readonly low?: boolean;
  readonly entity?: MapEntity;
  readonly lines: number;
}

/** The projected maps a layout places. */
export interface MapGeometry {
  readonly world: ProjectedMap;
  readonly inset: ProjectedMap | undefined;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly wide: boolean;
  /** Where the world is drawn (its viewBox scaled into this box, aspect kept). */
  readonly map: Box;
  readonly inset: Box | undefined;
  /** Whether the inset lies on the world map (over the ocean) rather than below it. */
  readonly insetOnMap: boolean;
  readonly list: readonly ListRow[];
}

/** The entities listed beside the map rather than drawn on it. */
export const listed = (model: MapModel): MapEntity[] =>
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
    // The title and the category headings are bold (listMarks), the entries regular.
    const lines = wrapText(row.text, (width - indent) / (row.kind === "entry" ? 1 : BOLD), FONT);
    // Right to left, `x` is where the text ends: the column's right edge less the indent.
    const at = model.rtl ? x + width - indent : x + indent;
    rows.push({ ...row, text: lines.join("\n"), x: at, y: cy, lines: lines.length });
    cy += lines.length * LINE;
  };
  push({ kind: "title", text: model.listTitle, x }, 0);
  cy += 2;
  for (const category of model.categories) {
    const inCategory = entities.filter((e) => e.category === category.id);
    if (inCategory.length === 0) continue;
    cy += 6;
    push({ kind: "heading", text: category.label, x, colour: category.colour }, 0);
    for (const entity of inCategory) {
      push({ kind: "entry", text: entity.listText, x, colour: entity.colour, low: entity.low, entity }, 18);
    }
  }
  return { rows, height: cy - y };
}

/** The world's viewBox fitted into a column (aspect kept, centred): the box it is drawn in. */
function fitWorld(world: ProjectedMap, width: number, height: number | undefined): { map: Box; column: Box } {
  const [, , vw, vh] = world.viewBox;
  const natural = Math.round((width * vh) / vw);
  if (height === undefined) {
    const box = { x: 0, y: 0, width, height: natural };
    return { column: box, map: box };
  }
  const columnHeight = height;
  const k = Math.min(width / vw, columnHeight / vh);
  const w = vw * k;
  const h = vh * k;
  return {
    column: { x: 0, y: 0, width, height: columnHeight },
    map: { x: round((width - w) / 2), y: round((columnHeight - h) / 2), width: round(w), height: round(h) },
  };
}

/** What the inset must not cover, in the outer SVG's pixels: every country ring and small-state dot. */
export function landBoxes(world: ProjectedMap, map: Box): Bounds[] {
  const [vx, vy, vw] = world.viewBox;
  const k = map.width / vw;
  const to = ([x, y]: readonly [number, number]): [number, number] => [
    map.x + (x - vx) * k,
    map.y + (y - vy) * k,
  ];
  const boxes = world.features.flatMap((f) => f.ringBounds.map(([a, b]): Bounds => [to(a), to(b)]));
  for (const point of world.points.values()) {
    const [x, y] = to(point);
    boxes.push([
      [x - 4, y - 4],
      [x + 4, y + 4],
    ]);
  }
  return boxes;
}

/**
 * Land on a grid of `cell`-px cells over `column`, as a summed-area table: how many cells of
 * any rectangle of cells hold land is four lookups. A ring's box marks every cell it touches.
 */
function landGrid(land: readonly Bounds[], column: Box, cell: number) {
  const cols = Math.ceil(column.width / cell);
  const rows = Math.ceil(column.height / cell);
  const w = cols + 1;
  // Coverage by a 2-D difference array, then occupancy summed: both linear in the cells.
  const diff = new Int32Array(w * (rows + 1));
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  for (const [[x0, y0], [x1, y1]] of land) {
    const c0 = clamp(Math.floor((x0 - column.x) / cell), cols);
    const c1 = clamp(Math.ceil((x1 - column.x) / cell), cols);
    const r0 = clamp(Math.floor((y0 - column.y) / cell), rows);
    const r1 = clamp(Math.ceil((y1 - column.y) / cell), rows);
    if (c1 <= c0 || r1 <= r0) continue;
    diff[r0 * w + c0] = (diff[r0 * w + c0] ?? 0) + 1;
    diff[r0 * w + c1] = (diff[r0 * w + c1] ?? 0) - 1;
    diff[r1 * w + c0] = (diff[r1 * w + c0] ?? 0) - 1;
    diff[r1 * w + c1] = (diff[r1 * w + c1] ?? 0) + 1;
  }
  // sum[(r + 1) * w + (c + 1)]: land cells in rows < r + 1 and columns < c + 1.
  const sum = new Int32Array(w * (rows + 1));
  const cover = new Int32Array(w * (rows + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = r * w + c;
      cover[k] =
        (diff[k] ?? 0) +
        (c > 0 ? (cover[k - 1] ?? 0) : 0) +
        (r > 0 ? (cover[k - w] ?? 0) : 0) -
        (c > 0 && r > 0 ? (cover[k - w - 1] ?? 0) : 0);
      const s = (r + 1) * w + (c + 1);
      sum[s] = ((cover[k] ?? 0) > 0 ? 1 : 0) + (sum[s - 1] ?? 0) + (sum[s - w] ?? 0) - (sum[s - w - 1] ?? 0);
    }
  }
  /** Land cells in columns [c0, c1) and rows [r0, r1), clamped to the grid. */
  const landIn = (c0: number, r0: number, c1: number, r1: number) => {
    const a = clamp(c0, cols);
    const b = clamp(c1, cols);
    const t = clamp(r0, rows);
    const u = clamp(r1, rows);
    return (sum[u * w + b] ?? 0) - (sum[t * w + b] ?? 0) - (sum[u * w + a] ?? 0) + (sum[t * w + a] ?? 0);
  };
  return { cols, rows, landIn };
}

const placements = new Map<string, Box | null>();

/**
 * The inset's box on the world map: of the largest inset size (`INSET_SHARES` of the map's
 * width, `ratio` its height/width) that fits somewhere in `column` without covering land, the
 * position farthest from all land (the largest clear margin around it); null when even the
 * smallest size finds no place. Land is every country ring's box and small-state dot, on a
 * grid of a few px; results are cached by column, map box and ratio.
 */
export function placeInset(world: ProjectedMap, column: Box, map: Box, ratio: number): Box | null {
  // Everything scales with the column's width: placed once in a column PLACE_WIDTH wide, and
  // scaled, the inset lands on the same stretch of ocean at every width.
  const k = column.width / PLACE_WIDTH;
  const scaled = (b: Box): Box => ({ x: b.x / k, y: b.y / k, width: b.width / k, height: b.height / k });
  // Widths whose column heights differ by rounding share a placement (its margin absorbs that).
  const key = JSON.stringify([world.viewBox, scaled(column), scaled(map), ratio].map(roundAll));
  let placed = placements.get(key);
  if (placed === undefined) {
    placed = placeInColumn(world, scaled(column), scaled(map), ratio);
    if (placements.size > 64) placements.clear();
    placements.set(key, placed);
  }
  if (!placed) return null;
  return {
    x: round(placed.x * k),
    y: round(placed.y * k),
    width: Math.round(placed.width * k),
    height: Math.round(placed.width * k * ratio),
  };
}

/** Width of the column the inset is placed in (then scaled to the drawn width). */
const PLACE_WIDTH = 960;
const roundAll = (v: unknown): unknown =>
  typeof v === "number"
    ? Math.round(v)
    : Array.isArray(v)
      ? v.map(roundAll)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([a, b]) => [a, roundAll(b)]))
        : v;

function placeInColumn(world: ProjectedMap, column: Box, map: Box, ratio: number): Box | null {
  const cell = 3;
  const grid = landGrid(landBoxes(world, map), column, cell);
  const margin = Math.ceil(INSET_MARGIN / cell);
  let best: Box | null = null;
  for (const share of INSET_SHARES) {
    const width = map.width * share;
    const height = width * ratio;
    // Cells the inset covers (with its margin), and the columns and rows it can start at.
    const wc = Math.ceil((width + 1) / cell);
    const hc = Math.ceil((height + 1) / cell);
    const free = (c: number, r: number, m: number) => grid.landIn(c - m, r - m, c + wc + m, r + hc + m) === 0;
    let bestMargin = -1;
    for (let r = 0; r + hc <= grid.rows; r++) {
      for (let c = 0; c + wc <= grid.cols; c++) {
        if (!free(c, r, Math.max(margin, bestMargin + 1))) continue;
        // The widest clear margin here (binary search: a wider margin covers more cells).
        let lo = Math.max(margin, bestMargin + 1);
        let hi = Math.max(grid.cols, grid.rows);
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (free(c, r, mid)) lo = mid;
          else hi = mid - 1;
        }
        bestMargin = lo;
        best = { x: column.x + c * cell + 0.5, y: column.y + r * cell + 0.5, width, height };
      }
    }
    if (best) break;
  }
  return best;
}

/**
 * Where the map, the inset and the list go at `width`. `height` fixes the map's height (the
 * world is scaled to fit it, centred); otherwise the world's aspect sets it.
 */
export function layoutMap(
  model: MapModel,
  geometry: MapGeometry,
  width: number,
  height: number | undefined,
): MapLayout {
  const insetMap = model.inset ? geometry.inset : undefined;
  const ratio = insetMap ? insetMap.viewBox[3] / insetMap.viewBox[2] : 0;
  const wide = width >= WIDE_MIN;
  const hasList = listed(model).length > 0;
  if (wide) {
    const side = hasList ? Math.round(Math.min(300, Math.max(200, width * 0.27))) : 0;
    const mapWidth = width - (side ? side + GAP : 0);
    const { map, column } = fitWorld(geometry.world, mapWidth, height);
    const list = layoutList(model, mapWidth + GAP, 0, side);
    const result = (inset: Box | undefined, insetOnMap: boolean): MapLayout => ({
      width,
      height: Math.ceil(Math.max(column.height, list.height + 4, inset ? inset.y + inset.height + 1 : 0)),
      wide,
      map,
      inset,
      insetOnMap,
      list: list.rows,
    });
    if (!insetMap) return result(undefined, false);
    // A list much taller than the map leaves room below it: the inset goes there, larger.
    const belowWidth = Math.round(Math.min(mapWidth * 0.6, 420));
    const below = {
      x: 0.5,
      y: column.height + GAP,
      width: belowWidth,
      height: Math.round(belowWidth * ratio),
    };
    if (list.height >= column.height + GAP + below.height / 2) return result(below, false);
    const onMap = placeInset(geometry.world, column, map, ratio);
    return onMap ? result(onMap, true) : result(below, false);
  }
  const { map, column } = fitWorld(geometry.world, width, height);
  let y = column.height;
  let inset: Box | undefined;
  if (insetMap) {
    const insetWidth = Math.round(Math.min(width - 1, 420, BELOW_MAX_HEIGHT / ratio));
    inset = { x: 0.5, y: y + GAP / 2, width: insetWidth, height: Math.round(insetWidth * ratio) };
    y = inset.y + inset.height;
  }
  const list = layoutList(model, 0, y + GAP, width);
  return {
    width,
    height: Math.ceil(y + (list.height ? GAP + list.height + 4 : 0)),
    wide,
    map,
    inset,
    insetOnMap: false,
    list: list.rows,
  };
}
