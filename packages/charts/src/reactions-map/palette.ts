/**
 * The map's colours, keyed by the colour role a story gives each reaction category
 * (`ReactionCategoryTerm.colour`, one of `REACTION_COLOURS`), plus "none" for land without a
 * reaction, in each theme. Chart code never names a category: the story maps its own categories
 * onto these roles.
 *
 * Hues pair the sides: vermillion for side A and its supporters, blue for side B and its
 * supporters, bluish green for neutral positions (Okabe & Ito's colour-blind-safe hues), a
 * grey-violet for any other class. Within a side the belligerent is much darker (light theme) or
 * lighter (dark theme) than its supporters, so the pairs differ in lightness as well as hue, and
 * belligerents are also outlined. Every role's colour has at least 3:1 contrast against its
 * theme's background (tests/charts/reactions-map.test.ts checks it); "no recorded reaction" is
 * deliberately faint: it is the land, not a mark.
 *
 * Like the shared theme, colours reach the SVG as CSS custom properties, so "auto" follows
 * `prefers-color-scheme` without re-rendering. Each `var()` carries the light colour as its
 * fallback, so a standalone SVG outside a figure still draws.
 */
import { REACTION_COLOURS, type ReactionColour } from "@karabakh2023/data";
import type { Theme } from "../figure/contract.js";

export type MapColorKey = ReactionColour | "none";

export const MAP_COLORS: Record<Exclude<Theme, "auto">, Record<MapColorKey, string>> = {
  light: {
    "side-a-belligerent": "#8f2d00",
    "side-a": "#d55e00",
    "side-b-belligerent": "#0b3c7a",
    "side-b": "#0072b2",
    neutral: "#008f68",
    other: "#7d5c91",
    none: "#e3e3e3",
  },
  dark: {
    "side-a-belligerent": "#ff9a66",
    "side-a": "#cf6a1d",
    "side-b-belligerent": "#9fd0ff",
    "side-b": "#3d96dd",
    neutral: "#2fbf93",
    other: "#b89ccc",
    none: "#3a3f47",
  },
};

/** A "-belligerent" role is a side's own party: drawn darker and outlined. */
export const isBelligerent = (colour: ReactionColour): boolean => colour.endsWith("-belligerent");

const KEYS: readonly MapColorKey[] = [...REACTION_COLOURS, "none"];

const varName = (key: MapColorKey) => `--k23-reactions-${key}`;

/** The `fill`/`stroke` value of a colour role (or of the land without a reaction). */
export function mapColor(key: MapColorKey): string {
  return `var(${varName(key)}, ${MAP_COLORS.light[key]})`;
}

function declarations(theme: Exclude<Theme, "auto">): string {
  return KEYS.map((key) => `${varName(key)}: ${MAP_COLORS[theme][key]}`).join("; ");
}

/**
 * The stylesheet setting the map's colour properties for each theme. The property names are
 * the map's own, so it is set on every shared figure (`.k23-figure`, whose `data-theme` the
 * chrome sets): the legend the chrome draws above the plot reads the same properties.
 */
export function mapColorCss(): string {
  const dark = declarations("dark");
  return [
    `.k23-figure { ${declarations("light")}; }`,
    `.k23-figure[data-theme="dark"] { ${dark}; }`,
    `@media (prefers-color-scheme: dark) { .k23-figure[data-theme="auto"] { ${dark}; } }`,
  ].join("\n");
}
