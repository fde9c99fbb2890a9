/**
 * reactionsMap() for any story: categories, titles and region from the story, the options desks
 * asked for (highlight, legend, height, an unknown option), vocabulary errors, and an inset that
 * never hides land of the world map.
 */
import { karabakh, type Reaction, type Story } from "@karabakh2023/data";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { pathBounds, projectedWorld } from "../../packages/charts/src/reactions-map/geometry.js";
import { reactionsMap } from "../../packages/charts/src/reactions-map/index.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { newDocument } from "./snapshot-utils.js";

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());
const warned = () => warn.mock.calls.map((c) => String(c[0]));

const KARABAKH_WORDS =
  /armenia|azerbaijan|karabakh|artsakh|yerevan|caucasus|arménie|azerbaïdjan|karabagh|erevan|caucase/i;

/** Every text of a figure a reader can get: visible text, attributes, the CSV download. */
function allText(figure: HTMLElement): string {
  const parts = [figure.textContent ?? ""];
  for (const e of figure.querySelectorAll("*")) {
    for (const a of e.attributes) {
      parts.push(a.name === "href" ? decodeURIComponent(a.value) : a.value);
    }
  }
  return parts.join("\n");
}

const draw = (data: Story | readonly Reaction[] | undefined, options: Record<string, unknown> = {}) =>
  reactionsMap(data, { document: newDocument(), ...options });

/** The inset's box in the plot's pixels, read from the drawn frame rectangle. */
function insetBox(figure: HTMLElement) {
  const g = figure.querySelector(".k23-reactions-inset > g[transform]");
  if (!g) return undefined;
  const frame = g.parentElement?.previousElementSibling?.querySelector("rect");
  const n = (name: string) => Number(frame?.getAttribute(name));
  return { x: n("x"), y: n("y"), width: n("width"), height: n("height") };
}

/** Each ring of each drawn world country, in the plot's pixels. */
function worldRings(figure: HTMLElement) {
  const g = figure.querySelector(".k23-reactions-world > g[transform]");
  const [, tx, ty, k] =
    /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(g?.getAttribute("transform") ?? "") ?? [];
  const boxes: { name: number; b: [[number, number], [number, number]] }[] = [];
  let index = 0;
  for (const path of g?.querySelectorAll(":scope > g:first-child > path") ?? []) {
    index++;
    for (const ring of (path.getAttribute("d") ?? "").split("M").slice(1)) {
      const [[x0, y0], [x1, y1]] = pathBounds(`M${ring}`);
      const to = (x: number, y: number): [number, number] => [
        Number(tx) + x * Number(k),
        Number(ty) + y * Number(k),
      ];
      boxes.push({ name: index, b: [to(x0, y0), to(x1, y1)] });
    }
  }
  return boxes;
}

describe("reactionsMap(story)", () => {
  it("reactionsMap(sampleStory) takes its categories, titles, region and note from the story", () => {
    const figure = draw(sampleStory, { width: 1024 });
    expect(figure.querySelector(".k23-title")?.textContent).toBe("Reactions to the River Town assault");
    const legend = figure.querySelector(".k23-legend")?.textContent ?? "";
    for (const label of ["Backs the federal army", "Condemns the assault", "Calls for talks"]) {
      expect(legend).toContain(label);
    }
    expect(figure.querySelector(".k23-reactions-map")?.textContent).toContain("Central Europe");
    expect(figure.querySelector(".k23-reactions-map")?.textContent).toContain("Border crossing");
    expect(figure.querySelector(".k23-notes li, .k23-note")?.textContent).toBe(sampleStory.note?.en);
    const summary = figure.querySelector(`#${figure.id}-summary`)?.textContent ?? "";
    expect(summary).toContain("Calls for talks: 2 (Japan and Poland)");
    expect(warned()).toEqual([]);
  });

  for (const locale of ["en", "fr"] as const) {
    for (const width of [320, 1024]) {
      it(`reactionsMap(sampleStory, {locale: "${locale}", width: ${width}}) contains no word of the Karabakh story`, () => {
        const text = allText(draw(sampleStory, { locale, width }));
        expect(text.match(KARABAKH_WORDS)?.[0]).toBeUndefined();
        // Only countries with a reaction or labelled in the story's region are named.
        for (const name of ["Georgia", "Géorgie", "Turkey", "Türkiye", "Iran", "Russia", "Russie"]) {
          expect(text).not.toContain(name);
        }
      });
    }
  }

  it("reactionsMap(records) names the record, field and value of a category outside the vocabulary, and leaves it out", () => {
    const [first, second] = sampleStory.reactions as [Reaction, Reaction];
    const figure = draw({
      ...sampleStory,
      reactions: [first, { ...second, category: "supports-azerbaijan" }],
    });
    expect(warned().join("\n")).toContain(
      `record 1 is left out of the map: category of reaction "${second.id}" is "supports-azerbaijan", not in the story's vocabulary`,
    );
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(figure.querySelector(".k23-message")).toBeNull();
  });

  it("reactionsMap(sampleStory, {locale}) writes who spoke in the chart's locale, in the table and its CSV", () => {
    for (const [locale, speaker] of [
      ["en", "Sample speaker"],
      ["fr", "Orateur d’exemple"],
    ] as const) {
      const figure = draw(sampleStory, { locale });
      const rows = [...figure.querySelectorAll("tbody tr")].map((tr) => tr.textContent ?? "");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toContain(speaker);
      const csv = decodeURIComponent(figure.querySelector("a[download]")?.getAttribute("href") ?? "");
      expect(csv).toContain(speaker);
    }
  });

  it("reactionsMap(records) leaves out, naming it, a reaction whose speaker is a plain string or lacks the locale", () => {
    const [first, second, third] = sampleStory.reactions as [Reaction, Reaction, Reaction];
    const plain = { ...second, speaker: "Sample speaker" } as unknown as Reaction;
    const english = { ...third, speaker: { en: "Only English" } };
    const figure = draw({ ...sampleStory, reactions: [first, plain, english] }, { locale: "fr" });
    expect(warned().join("\n")).toContain(
      `record 1 is left out of the map: speaker of reaction "${second.id}" is not a { locale: text } object`,
    );
    // Never shown in another language instead.
    expect(warned().join("\n")).toContain(
      `record 2 is left out of the map: speaker of reaction "${third.id}" has no "fr" text`,
    );
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(figure.textContent).not.toContain("Only English");
  });

  it("throws naming the field for a category label missing in the locale or an unknown colour role", () => {
    const categories = sampleStory.vocabulary.reactionCategories;
    const missing = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        reactionCategories: [{ ...categories[0], label: { en: "Backs the army" } }, ...categories.slice(1)],
      },
    } as Story;
    expect(() => draw(missing, { locale: "fr" })).toThrow(
      /invalid data\.vocabulary\.reactionCategories\[0\]\.label\.fr/,
    );
    const pink = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        reactionCategories: [...categories.slice(0, 2), { ...categories[2], colour: "pink" }],
      },
    } as Story;
    expect(() => draw(pink)).toThrow(
      new RangeError(
        "invalid data.vocabulary.reactionCategories[2].colour: pink (expected one of side-a-belligerent, side-a, side-b-belligerent, side-b, neutral, other)",
      ),
    );
    expect(() => draw(sampleStory, { categories: ["condemns-azerbaijan"] })).toThrow(
      /invalid categories: condemns-azerbaijan \(expected one of backs-the-army, condemns-the-assault, calls-for-talks\)/,
    );
  });

  it("rejects a vocabulary entry named __proto__ and leaves out a record whose category is __proto__", () => {
    const categories = sampleStory.vocabulary.reactionCategories;
    const proto = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        reactionCategories: [
          ...categories,
          { id: "__proto__", colour: "other", label: { en: "x", fr: "x" } },
        ],
      },
    } as Story;
    expect(() => draw(proto)).toThrow(/invalid data\.vocabulary\.reactionCategories\[3\]\.id: __proto__/);
    const [first] = sampleStory.reactions as [Reaction];
    const figure = draw({ ...sampleStory, reactions: [first, { ...first, id: "p", category: "__proto__" }] });
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(warned().join("\n")).toContain(
      'category of reaction "p" is "__proto__", not in the story\'s vocabulary',
    );
    draw(sampleStory, { highlight: ["__proto__"] });
    expect(warned().join("\n")).toContain('highlight "__proto__" matches no reaction drawn');
  });

  it("draws no inset for a story without a region, or with inset: false; an inset region given in the call", () => {
    const { region: _, ...noRegion } = sampleStory;
    expect(draw(noRegion as Story).querySelector(".k23-reactions-inset")).toBeNull();
    expect(draw(sampleStory, { inset: false }).querySelector(".k23-reactions-inset")).toBeNull();
    const levant = draw(sampleStory, {
      inset: {
        label: { en: "Levant", fr: "Levant" },
        bounds: [
          [33, 29],
          [43, 38],
        ],
      },
    });
    expect(levant.querySelector(".k23-reactions-map")?.textContent).toContain("Levant");
    expect(levant.querySelector(".k23-reactions-map")?.textContent).not.toContain("Central Europe");
    expect(() =>
      draw(sampleStory, {
        inset: {
          label: { en: "X", fr: "X" },
          bounds: [
            [10, 50],
            [5, 40],
          ],
        },
      }),
    ).toThrow(/invalid inset\.bounds/);
    expect(() =>
      draw(sampleStory, {
        inset: {
          label: { en: "X" },
          bounds: [
            [1, 1],
            [2, 2],
          ],
        },
      }),
    ).toThrow(/invalid inset\.label\.fr/);
  });
});

describe("reactionsMap() options desks asked for", () => {
  it("highlight: emphasises the reactions given by ISO code or id, mutes the rest, names them in the summary", () => {
    const figure = draw(sampleStory, { width: 1024, highlight: ["POL", "sample-forum"] });
    const faded = figure.querySelectorAll('.k23-reactions-world path[opacity="0.3"]');
    expect(faded.length).toBe(3); // Germany, Brazil, Japan
    // The outline layers, in drawing order: belligerents, then the highlighted, thicker on screen.
    const view = figure.querySelector(".k23-reactions-world > g[transform]");
    const scale = Number(/scale\(([\d.]+)\)/.exec(view?.getAttribute("transform") ?? "")?.[1]);
    const [, outlined, highlighted] = [...(view?.children ?? [])];
    expect(Number(highlighted?.getAttribute("stroke-width")) * scale).toBeCloseTo(2, 1);
    expect(Number(outlined?.getAttribute("stroke-width")) * scale).toBeCloseTo(1.25, 1);
    const poland = projectedWorld("equal-earth", newDocument()).byId.get("616")?.d;
    expect(highlighted?.querySelector("path")?.getAttribute("d")).toBe(poland);
    const summary = figure.querySelector(`#${figure.id}-summary`)?.textContent ?? "";
    expect(summary).toContain("Highlighted: Regional Forum and Poland.");
    expect(warned()).toEqual([]);
    draw(sampleStory, { highlight: ["XYZ"] });
    expect(warned()).toEqual([
      '[@karabakh2023/charts/reactions-map] highlight "XYZ" matches no reaction drawn (by reaction id or ISO alpha-3 code); it is ignored',
    ]);
  });

  it("legend: false draws no legend; the summary still names every category", () => {
    const figure = draw(sampleStory, { legend: false });
    expect(figure.querySelector(".k23-legend")).toBeNull();
    expect(figure.querySelector(`#${figure.id}-summary`)?.textContent).toContain("Backs the federal army: 1");
  });

  it("height: the map is drawn that tall, the world scaled to fit it", () => {
    const svg = (options: Record<string, unknown>) =>
      draw(sampleStory, { width: 640, inset: false, ...options }).querySelector("svg.k23-reactions-map");
    const natural = Number(svg({})?.getAttribute("height"));
    const short = svg({ height: 150 });
    expect(natural).toBeGreaterThan(200);
    // The list of entities off the map (one organisation) goes below the 150 px map.
    expect(Number(short?.getAttribute("height"))).toBeLessThan(natural);
    const world =
      short?.querySelector(".k23-reactions-world > g[transform]")?.getAttribute("transform") ?? "";
    const scale = Number(/scale\(([\d.]+)\)/.exec(world)?.[1]);
    expect(scale * 428).toBeLessThanOrEqual(151);
  });

  it("an unknown option warns once, naming the nearest valid one", () => {
    draw(sampleStory, { insett: false });
    draw(sampleStory, { insett: false });
    expect(warned()).toEqual([
      '[@karabakh2023/charts/reactions-map] unknown option "insett" is ignored (did you mean "inset"?)',
    ]);
  });
});

describe("the inset never hides land of the world map", () => {
  for (const [name, data] of [
    ["the default story", undefined],
    ["the sample story", sampleStory],
  ] as const) {
    for (const width of [320, 640, 1024, 1400]) {
      it(`reactionsMap(${name}, {width: ${width}}): no country ring lies under the inset`, () => {
        const figure = draw(data, { width });
        const inset = insetBox(figure);
        expect(inset?.width).toBeGreaterThan(100);
        if (!inset) return;
        const rings = worldRings(figure);
        expect(rings.length).toBeGreaterThan(250);
        for (const { name: path, b } of rings) {
          const [[x0, y0], [x1, y1]] = b;
          const overlaps =
            x1 > inset.x && x0 < inset.x + inset.width && y1 > inset.y && y0 < inset.y + inset.height;
          expect(
            overlaps,
            `country path ${path} at ${JSON.stringify(b)} under ${JSON.stringify(inset)}`,
          ).toBe(false);
        }
      });
    }
  }

  it("at 1024 px the default map's inset is on the map, over the ocean, where the old corner hid South America", () => {
    const figure = draw(undefined, { width: 1024 });
    const inset = insetBox(figure);
    const world =
      figure.querySelector(".k23-reactions-world > g[transform]")?.getAttribute("transform") ?? "";
    const scale = Number(/scale\(([\d.]+)\)/.exec(world)?.[1]);
    const mapHeight = scale * 428;
    expect(inset && inset.y + inset.height).toBeLessThanOrEqual(mapHeight + 1);
    // The check above can fail: the former place (lower-left corner, 30% of the map's width) covers land.
    const mapWidth = scale * 964;
    const old = {
      x: 0.5,
      y: mapHeight - mapWidth * 0.3 * 0.75,
      width: mapWidth * 0.3,
      height: mapWidth * 0.3 * 0.75,
    };
    const covered = worldRings(figure).filter(
      ({ b: [[x0, y0], [x1, y1]] }) =>
        x1 > old.x && x0 < old.x + old.width && y1 > old.y && y0 < old.y + old.height,
    );
    expect(covered.length).toBeGreaterThan(0);
    expect(karabakh.region).toBeDefined();
  });
});
