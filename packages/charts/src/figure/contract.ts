/**
 * The contract between each chart folder and the shared figure chrome in `src/figure/`.
 * A chart normalizes its options, builds Plot marks, and hands the chrome a `FigureSpec`;
 * the chrome owns everything around the plot (title, sources, notes, data link, summary,
 * data table, theme, locale, width, keyboard focus, empty-data message).
 */
import type { Source } from "@karabakh2023/data";

export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

/** Options every chart accepts, with the same meaning in each. */
export interface CommonOptions {
  /**
   * Language of everything a reader sees or hears: any BCP 47 tag. Default "en". Built in:
   * "en" (British conventions), "en-US", "fr", "hy", "ru"; another locale needs its table
   * registered first (`registerLocale()`). Resolved to the exact tag's table, else its
   * language's ("fr-CA" → fr); numbers and dates are formatted for the tag asked for. A tag
   * with no table, or a story with no texts in it → RangeError naming the locale.
   */
  locale?: string;
  /**
   * Colour theme, through CSS custom properties on the figure: "auto" follows
   * `prefers-color-scheme` without re-rendering. Default "auto".
   */
  theme?: Theme;
  /**
   * Fixed width in CSS px, a finite number from 1 to 4096 (anything else → RangeError naming
   * `width`). Default: follow the container (ResizeObserver), 640 on the server.
   */
  width?: number;
  /** Replaces the default title (text only; never parsed as HTML). Default: the chart's own, per locale. */
  title?: string;
  /** Replaces the default subtitle (text only). Default: the chart's own, per locale. */
  subtitle?: string;
  /** Extra notes printed under the chart, after its own notes. Default []. */
  notes?: readonly string[];
  /** Source registry used to resolve `sources` ids. Default: the dataset's sources. */
  sources?: readonly Source[];
  /** Show "Get the data (CSV)": a `data:` link to the CSV of exactly the plotted rows. Default true. */
  dataLink?: boolean;
  /** Draw the legend above the plot. Default true. `false`: the summary and table still name every class. */
  legend?: boolean;
  /**
   * Fixed plot height in px, from 60 to 4096 (else RangeError naming `height`). Default: the
   * chart's own height for its width.
   */
  height?: number;
  /**
   * Ids to emphasise; everything else is muted, and the summary names the highlighted ones. Which
   * ids a chart reads: claim or claimant ids (casualties, refugees), ISO alpha-3 codes or
   * reaction ids (map). An id that matches nothing warns once. Default: none.
   */
  highlight?: readonly string[];
  /** The document to render into (pass a linkedom/jsdom document on the server). Default: the global `document`. */
  document?: Document;
  /** Prefix for generated element ids, so several charts on a page never clash. Default `k23-<chart>-<n>`. */
  idPrefix?: string;
  /**
   * CSP nonce set on the `<style>` elements the chart adds (its stylesheet, once per document,
   * and Plot's style inside each SVG). Default: none.
   */
  nonce?: string;
}

/** How a legend entry's swatch is drawn: colour plus a fill pattern, so colour is never alone. */
export const SWATCH_PATTERNS = ["solid", "hatch", "dots", "cross", "outline"] as const;
export type SwatchPattern = (typeof SWATCH_PATTERNS)[number];

/** One entry of the legend the chrome draws above the plot. */
export interface LegendEntry {
  /** Localized label. */
  readonly label: string;
  /** A CSS colour, usually a palette variable from `paletteVar(i)`. */
  readonly color: string;
  /** Default "solid". */
  readonly pattern?: SwatchPattern;
  /**
   * "rect" (default) for areas and bars, "line" for lines, "circle" for dots; "diamond",
   * "triangle" and "square" for Plot's diamond2, triangle2 and square2 symbols.
   */
  readonly shape?: "rect" | "line" | "circle" | "diamond" | "triangle" | "square";
}

/** One focusable data point for keyboard and pointer navigation. */
export interface FocusPoint {
  /** Position in the plot's SVG coordinates. */
  readonly x: number;
  readonly y: number;
  /** What the tooltip shows and the screen reader announces, already localized. */
  readonly label: string;
}

/** What a chart hands the chrome. Everything here is already localized text or data. */
export interface FigureSpec {
  /** Folder name, used for CSS classes and warning prefixes: "refugee-curve". */
  readonly chart: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly notes: readonly string[];
  /** Legend drawn above the plot (omit when the plot labels its marks directly). */
  readonly legend?: readonly LegendEntry[];
  /** The sources of exactly the plotted records, resolved. */
  readonly sources: readonly Source[];
  /** The generated plain-language summary (accessible description). */
  readonly summary: string;
  /** A data-table alternative, and the CSV of exactly what is plotted. */
  readonly table: {
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
    /**
     * A table of many text columns (the map's nine) is wider than a phone's: `true` stacks its
     * rows, one label and value per line, under `WIDE_TABLE_STACK` px instead of
     * `TABLE_STACK`, so that it never scrolls the page sideways. Default false.
     */
    readonly wide?: boolean;
  };
  /**
   * Further tables shown under the data table in the same `<details>` (e.g. the events a chart
   * annotates), each with its caption. Not part of the CSV, which holds the plotted rows only.
   */
  readonly moreTables?: readonly {
    readonly caption: string;
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  }[];
  /** When set, the figure shows this message instead of a plot (empty or unusable data). */
  readonly message?: string;
  /**
   * Draws the plot at a width; returns the Plot element and the focus points in it.
   * Called again on resize. Not called when `message` is set.
   */
  readonly render?: (width: number) => {
    readonly element: SVGSVGElement | HTMLElement;
    readonly points: readonly FocusPoint[];
  };
}
