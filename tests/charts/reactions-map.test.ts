import {
  countries,
  countryByIso3,
  karabakh,
  REACTION_COLOURS,
  type Reaction,
  type ReactionCategory,
  reactions,
} from "@karabakh2023/data";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
// Plot from the charts package (the root does not depend on it), for a reference measurement.
import * as Plot from "../../packages/charts/node_modules/@observablehq/plot/src/index.js";
import { THEME_COLORS } from "../../packages/charts/src/figure/theme.js";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { en as enMessages } from "../../packages/charts/src/locales/en.js";
import { fr as frMessages } from "../../packages/charts/src/locales/fr.js";
import { examples, unknownCodeReactions } from "../../packages/charts/src/reactions-map/examples.js";
import {
  countryFeatures,
  featureIds,
  pathBounds,
  projectedInset,
  projectedWorld,
  SMALL_STATE_CENTROIDS,
} from "../../packages/charts/src/reactions-map/geometry.js";
import { reactionsMap } from "../../packages/charts/src/reactions-map/index.js";
import { joinReactions } from "../../packages/charts/src/reactions-map/join.js";
import { normalizeOptions } from "../../packages/charts/src/reactions-map/options.js";
import { MAP_COLORS } from "../../packages/charts/src/reactions-map/palette.js";
import { allElements, newDocument } from "./snapshot-utils.js";

const CATEGORY_IDS = karabakh.vocabulary.reactionCategories.map((c) => c.id);
const join = (data: readonly unknown[], categories: readonly ReactionCategory[] = CATEGORY_IDS) =>
  joinReactions(data, {
    country: countryByIso3,
    featureIds: featureIds(),
    vocabulary: CATEGORY_IDS,
    categories,
    locale: "en",
  });
const normalize = (options: Parameters<typeof normalizeOptions>[0] = {}) =>
  normalizeOptions(options, karabakh);

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("normalizeOptions", () => {
  it("fills every default", () => {
    expect(normalize()).toEqual({
      inset: karabakh.region,
      smallStateDots: true,
      categories: karabakh.vocabulary.reactionCategories,
      projection: "equal-earth",
    });
  });

  it("keeps the legend order whatever order categories are given in", () => {
    expect(
      normalize({ categories: ["neutral-calls-for-peace", "supports-azerbaijan"] }).categories.map(
        (c) => c.id,
      ),
    ).toEqual(["supports-azerbaijan", "neutral-calls-for-peace"]);
  });

  it("throws errors naming the option and the value", () => {
    expect(() => normalize({ inset: "yes" as never })).toThrow(
      new TypeError('invalid inset: expected a boolean or a region object, got "yes"'),
    );
    expect(() => normalize({ smallStateDots: 1 as never })).toThrow(TypeError);
    expect(() => normalize({ smallStateDots: 1 as never })).toThrow(/invalid smallStateDots/);
    expect(() => normalize({ categories: ["condemns"] as never })).toThrow(RangeError);
    expect(() => normalize({ categories: ["condemns"] as never })).toThrow(/invalid categories: condemns/);
    expect(() => normalize({ categories: "condemns-azerbaijan" as never })).toThrow(TypeError);
    expect(() => normalize({ projection: "albers-usa" as never })).toThrow(RangeError);
    expect(() => normalize({ projection: "albers-usa" as never })).toThrow(/invalid projection: albers-usa/);
  });

  it("reactionsMap(data, {locale: 'de'}) throws a RangeError from the shared options", () => {
    expect(() => reactionsMap([], { document: newDocument(), locale: "de" as never })).toThrow(
      /invalid locale: de/,
    );
    expect(() => reactionsMap("x" as never, { document: newDocument() })).toThrow(TypeError);
  });
});

describe("joining reactions to the map", () => {
  it("places every ISO code of the shipped dataset on a boundary or a dot", () => {
    const result = join(reactions);
    expect(result.unmatched).toEqual([]);
    expect(result.invalid).toEqual([]);
    for (const p of result.placed) {
      if (p.reaction.iso3) expect(["map", "dot"], p.reaction.id).toContain(p.placement);
      else expect(p.placement).toBe("list");
    }
    expect(result.placed).toHaveLength(reactions.length);
  });

  it("draws the Holy See, absent from the 1:110m map, as a dot at its centroid", () => {
    expect(featureIds().has("336")).toBe(false);
    const vatican = join(reactions).placed.find((p) => p.reaction.iso3 === "VAT");
    expect(vatican?.placement).toBe("dot");
    expect(SMALL_STATE_CENTROIDS.VAT).toEqual([12.45, 41.9]);
  });

  it("reports codes that match nothing, with the reason, instead of dropping them", () => {
    const result = join(unknownCodeReactions);
    expect(result.unmatched).toEqual([
      { id: "u-kosovo", iso3: "XKX", reason: "not-iso" },
      { id: "u-zzz", iso3: "ZZZ", reason: "not-iso" },
      { id: "u-fra", iso3: "fra", reason: "lower-case" },
    ]);
    expect(result.placed.filter((p) => p.placement === "list").map((p) => p.reaction.id)).toEqual([
      "u-kosovo",
      "u-zzz",
      "u-fra",
    ]);
  });

  it("reports records that are not reactions by index and keeps the rest", () => {
    const result = join([null, { id: "x" }, reactions[0]]);
    expect(result.invalid.map((i) => i.index)).toEqual([0, 1]);
    expect(result.placed).toHaveLength(1);
  });

  it("leaves categories that are not chosen out, and counts them", () => {
    const result = join(reactions, ["condemns-azerbaijan"]);
    expect(result.placed.every((p) => p.reaction.category === "condemns-azerbaijan")).toBe(true);
    expect(result.placed.length + result.filteredOut).toBe(reactions.length);
  });
});

describe("geometry", () => {
  it("converts world-atlas once and keys features by ISO numeric id", () => {
    expect(countryFeatures()).toBe(countryFeatures());
    expect(featureIds().has("051")).toBe(true); // Armenia
    expect(featureIds().has("031")).toBe(true); // Azerbaijan
    expect(featureIds().has("010")).toBe(false); // Antarctica is left out
  });

  it("projects once per projection and reuses the cached paths", () => {
    const doc = newDocument();
    const a = projectedWorld("equal-earth", doc);
    expect(projectedWorld("equal-earth", newDocument())).toBe(a);
    const france = a.byId.get("250");
    // The centroid of France's largest polygon lies in Europe, not between Paris and Cayenne.
    const spain = a.byId.get("724");
    expect(france && spain && Math.abs(france.centroid[0] - spain.centroid[0])).toBeLessThan(30);
  });

  it("reads a path's bounds from its string, as the viewBox needs", () => {
    expect(pathBounds("M10.5,-2L-3,7.25L4,4ZM20,1L21,0Z")).toEqual([
      [-3, -2],
      [21, 7.25],
    ]);
    const world = projectedWorld("equal-earth", newDocument());
    const [x, y, width, height] = world.viewBox;
    for (const f of world.features) {
      const [[x0, y0], [x1, y1]] = pathBounds(f.d);
      expect(x0 >= x && y0 >= y && x1 <= x + width && y1 <= y + height, f.name).toBe(true);
    }
  });

  it("reads each state's area from its path as d3-geo measures it, holes subtracted", () => {
    // Reference: d3-geo's projected areas through Plot, at another scale (ratios compared).
    let reference = new Map<string, number>();
    Plot.plot({
      document: newDocument(),
      projection: "equal-earth",
      marks: [
        (_i, _s, _v, _d, context) => {
          const path = context.path();
          reference = new Map(countryFeatures().map((f) => [String(f.id), path.area(f)]));
          return null;
        },
      ],
    });
    const world = projectedWorld("equal-earth", newDocument());
    const area = (id: string) => (world.byId.get(id)?.area ?? 0) / (reference.get(id) ?? 1);
    const scale = area("643"); // Russia
    // South Africa has Lesotho (2.5% of its area) as a hole: counted positively it would be 5% off.
    // Small states lose up to 1% to the paths' rounding to 0.1 unit.
    for (const id of ["710", "426", "250", "840", "051", "031"]) {
      expect(Math.abs(area(id) / scale - 1), id).toBeLessThan(0.015);
    }
  });

  it("projects into the inset only the states that show through its frame", () => {
    const inset = projectedInset(karabakh.region as NonNullable<typeof karabakh.region>, newDocument());
    for (const id of ["051", "031", "268", "792", "364", "643"]) expect(inset.byId.has(id), id).toBe(true);
    for (const id of ["250", "840", "156", "036"]) expect(inset.byId.has(id), id).toBe(false);
    expect(inset.features.length).toBeLessThan(20);
  });
});

describe("reactionsMap()", () => {
  it("warns once, with the chart prefix, and returns unmatched codes on the element", () => {
    const doc = newDocument();
    const figure = reactionsMap(unknownCodeReactions, { document: doc, sources: [] });
    const messages = warn.mock.calls
      .map((c) => String(c[0]))
      .filter((m) => m.includes("match no map feature"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^\[@karabakh2023\/charts\/reactions-map\] 3 reaction codes match no map feature/,
    );
    expect(messages[0]).toContain('did you mean "FRA"?');
    expect(figure.reactionsMap.unmatched.map((u) => u.iso3)).toEqual(["XKX", "ZZZ", "fra"]);
    expect(figure.getAttribute("data-unmatched")).toBe("XKX ZZZ fra");
    // Listed beside the map for readers too.
    const svgText = figure.querySelector("svg.k23-reactions-map")?.textContent ?? "";
    expect(svgText).toContain("Kosovo");
    expect(svgText).toContain("Unknown country");
    reactionsMap(unknownCodeReactions, { document: doc, sources: [] });
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("match no map feature"))).toHaveLength(1);
  });

  it("has one focus point per reacting entity: the keyboard reaches every one", () => {
    const figure = reactionsMap(undefined, { document: newDocument(), width: 1024 });
    const plot = figure.querySelector(".k23-plot");
    expect(plot?.getAttribute("tabindex")).toBe("0");
    expect(plot?.getAttribute("aria-label")).toContain(`with ${reactions.length} data points`);
  });

  it("reactionsMap(data, {locale: 'fr'}) writes the summary, legend, names and notes in French", () => {
    const fr = reactionsMap(undefined, { document: newDocument(), locale: "fr" });
    const en = reactionsMap(undefined, { document: newDocument(), locale: "en" });
    const summary = (f: HTMLElement) => f.querySelector(`#${f.id}-summary`)?.textContent ?? "";
    const condemns = reactions.filter((r) => r.category === "condemns-azerbaijan").length;
    // Built from the vocabulary's labels, with French typography (U+00A0 before ":", U+202F before ";").
    expect(summary(fr)).toContain(`Condamne l’Azerbaïdjan\u00a0: ${condemns} (`);
    expect(summary(fr)).toContain("\u202f; ");
    expect(summary(en)).toContain(`Condemns Azerbaijan: ${condemns} (`);
    expect(summary(en)).toMatch(/^\d+ states, \d+ organisations and \d+ unrecognised entities reacted\. /);
    expect(fr.querySelector(".k23-legend")?.textContent).toContain("Aucune réaction relevée");
    expect(en.querySelector(".k23-legend")?.textContent).toContain("No recorded reaction");
    expect(fr.textContent).toContain(frMessages.map.boundaryNote);
    expect(en.textContent).toContain(enMessages.map.boundaryNote);
    // Country names come from the ISO table, in the locale: the inset labels Armenia.
    expect(fr.querySelector("svg.k23-reactions-map")?.textContent).toContain("Arménie");
    expect(en.querySelector("svg.k23-reactions-map")?.textContent).toContain("Armenia");
    expect(fr.querySelector("table")?.textContent).toContain("Certitude");
  });

  it("shows an explicit message for empty or unusable data, never a blank SVG", () => {
    const empty = reactionsMap([], { document: newDocument() });
    expect(empty.querySelector("svg.k23-reactions-map")).toBeNull();
    expect(empty.querySelector(".k23-message")?.textContent).toBe(enMessages.map.empty);
    const unusable = reactionsMap([{ id: 1 }, "x"] as never, { document: newDocument(), locale: "fr" });
    expect(unusable.querySelector(".k23-message")?.textContent).toBe(frMessages.map.unusable);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^\[@karabakh2023\/charts\/reactions-map\] record 0 is left out of the map: id is not a string/,
      ),
    );
  });

  it("draws small states as dots only when smallStateDots is on, and lists them otherwise", () => {
    const withDots = reactionsMap(undefined, { document: newDocument(), width: 1024 });
    const without = reactionsMap(undefined, { document: newDocument(), width: 1024, smallStateDots: false });
    const dots = (f: HTMLElement) => f.querySelectorAll(".k23-reactions-dots circle").length;
    expect(dots(withDots)).toBeGreaterThan(0);
    expect(dots(without)).toBe(0);
    const holySee = countries.find((c) => c.iso3 === "VAT")?.name.en ?? "";
    expect(without.querySelector("svg.k23-reactions-map")?.textContent).toContain(holySee);
  });

  it("stacks the inset and the list below the map under 800 px", () => {
    const narrow = reactionsMap(undefined, { document: newDocument(), width: 320 });
    const svg = narrow.querySelector("svg.k23-reactions-map");
    expect(svg?.getAttribute("width")).toBe("320");
    expect(Number(svg?.getAttribute("height"))).toBeGreaterThan(500);
    const inset = narrow.querySelector(".k23-reactions-inset g[transform]");
    expect(inset?.getAttribute("transform")).toMatch(/^translate\([\d.]+,\d{3}/);
  });

  it("does not draw a category that is not chosen, and leaves it out of the legend and table", () => {
    const figure = reactionsMap(reactions as Reaction[], {
      document: newDocument(),
      categories: ["condemns-azerbaijan"],
    });
    expect(figure.querySelectorAll(".k23-legend li")).toHaveLength(3);
    const rows = figure.querySelectorAll("tbody tr").length;
    expect(rows).toBe(reactions.filter((r) => r.category === "condemns-azerbaijan").length);
  });
});

describe("palette", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  for (const theme of ["light", "dark"] as const) {
    it(`gives every category at least 3:1 against the ${theme} background`, () => {
      for (const colour of REACTION_COLOURS) {
        expect(
          contrast(MAP_COLORS[theme][colour], THEME_COLORS[theme].background),
          colour,
        ).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe("reactionsMap(examples.hostile)", () => {
  it("renders hostile names, summaries, titles and links as inert text", () => {
    const { data, options } = examples.hostile ?? {};
    const figure = reactionsMap(data, { ...options, document: newDocument() });
    const elements = allElements(figure);
    const names = new Set(elements.map((e) => e.tagName.toLowerCase()));
    for (const tag of ["script", "img", "foreignobject", "b", "i"]) expect(names.has(tag), tag).toBe(false);
    for (const e of elements) {
      for (const a of e.attributes) {
        expect(a.name.startsWith("on"), `${e.tagName}[${a.name}]`).toBe(false);
        expect(a.value.toLowerCase().startsWith("javascript:"), `${e.tagName}[${a.name}]`).toBe(false);
      }
    }
    expect(figure.querySelector(".k23-title")?.textContent).toBe(`<b onclick="x()">Title</b>`);
    expect(figure.querySelector("svg.k23-reactions-map")?.textContent).toContain(
      `<script>alert("x")</script>`,
    );
    // A formula-looking speaker is neutralised in the CSV download.
    const csv = decodeURIComponent(figure.querySelector("a[download]")?.getAttribute("href") ?? "");
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
