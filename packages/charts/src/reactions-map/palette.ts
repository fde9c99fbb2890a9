/**
 * The map's colours: five reaction categories plus "no recorded reaction", in each theme.
 *
 * Hues pair the sides: vermillion for Azerbaijan and its supporters, blue for Armenia and those
 * who condemned the offensive, bluish green for calls for peace (Okabe & Ito's colour-blind-safe
 * hues). Within a side the belligerent is much darker (light theme) or lighter (dark theme) than
 * its supporters, so the pairs differ in lightness as well as hue, and belligerents are also
 * outlined. Every category colour has at least 3:1 contrast against its theme's background
 * (tests/charts/reactions-map.test.ts checks it); "no recorded reaction" is deliberately faint:
 * it is the land, not a mark.
 *
 * Like the shared theme, colours reach the SVG as CSS custom properties, so "auto" follows
 * `prefers-color-scheme` without re-rendering. Each `var()` carries the light colour as its
 * fallback, so a standalone SVG outside a figure still draws.
 */
import { REACTION_CATEGORIES, type ReactionCategory } from "@karabakh2023/data";
import type { Theme } from "../figure/contract.js";

export type MapColorKey = ReactionCategory | "none";

export const MAP_COLORS: Record<Exclude<Theme, "auto">, Record<MapColorKey, string>> = {
  light: {
    "belligerent-azerbaijan": "#8f2d00",
    "supports-azerbaijan": "#d55e00",
    "belligerent-armenia": "#0b3c7a",
    "condemns-azerbaijan": "#0072b2",
    "neutral-calls-for-peace": "#008f68",
    none: "#e3e3e3",
  },
  dark: {
    "belligerent-azerbaijan": "#ff9a66",
    "supports-azerbaijan": "#cf6a1d",
    "belligerent-armenia": "#9fd0ff",
    "condemns-azerbaijan": "#3d96dd",
    "neutral-calls-for-peace": "#2fbf93",
    none: "#3a3f47",
  },
};

/** The categories drawn with an outline as well as their colour: the two belligerents. */
export const BELLIGERENTS: ReadonlySet<ReactionCategory> = new Set([
  "belligerent-azerbaijan",
  "belligerent-armenia",
]);

const KEYS: readonly MapColorKey[] = [...REACTION_CATEGORIES, "none"];

const varName = (key: MapColorKey) => `--k23-reactions-${key}`;

/** The `fill`/`stroke` value of a category (or of the land without a reaction). */
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
