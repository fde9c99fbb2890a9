// From the folder, not the package index: the test runs without the other charts.

import { type CasualtyClaim, casualties, karabakh, type Story } from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { type CasualtyExample, examples } from "../../packages/charts/src/casualty-comparison/examples.js";
import { casualtyComparison } from "../../packages/charts/src/casualty-comparison/index.js";
import {
  layoutModel,
  NARROW_WIDTH,
  VALUE_GAP,
} from "../../packages/charts/src/casualty-comparison/layout.js";
import { MUTED_OPACITY } from "../../packages/charts/src/casualty-comparison/marks.js";
import { buildModel, checkClaims } from "../../packages/charts/src/casualty-comparison/model.js";
import { normalizeOptions } from "../../packages/charts/src/casualty-comparison/options.js";
import { resetIds, resetWarnings, textWidth } from "../../packages/charts/src/figure/index.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { allElements, newDocument } from "./snapshot-utils.js";

const PREFIX = "[@karabakh2023/charts/casualty-comparison]";
const render = (name: keyof typeof examples, extra: Record<string, unknown> = {}) => {
  const { data, options }: CasualtyExample = examples[name];
  return casualtyComparison(data, { width: 640, ...options, document: newDocument(), ...extra });
};
const bars = (figure: HTMLElement) => [...figure.querySelectorAll('g[aria-label="rect"] rect')];
const offensiveKilled = casualties.filter((c) => c.incident === "offensive" && c.metric === "killed");
// Tallies across incidents (AFP's "nearly 600", offensive and depot together): drawn after the
// chosen incident's bars, in their own group, never summed with them.
const acrossIncidentsKilled = casualties.filter(
  (c) => c.incident === "offensive-and-depot" && c.metric === "killed",
);
const drawnKilled = [...offensiveKilled, ...acrossIncidentsKilled];

let warn: MockInstance<typeof console.warn>;
const warned = () => warn.mock.calls.map((c: unknown[]) => String(c[0]));
beforeEach(() => {
  resetIds();
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("normalizeOptions (casualty-comparison)", () => {
  it("defaults to the first incident and metric with claims: the offensive, killed, in the Karabakh story", () => {
    const o = normalizeOptions({ document: newDocument() }, karabakh);
    expect(o).toMatchObject({
      incident: "offensive",
      metric: "killed",
      locale: { tag: "en", table: "en", intl: "en-GB" },
      storyLocale: "en",
      theme: "auto",
      width: undefined,
    });
    expect(o.claimantNames.get("az-health-ministry")?.name.en).toBeTruthy();
  });
  it("defaults to the sample story's own first incident and metric", () => {
    const o = normalizeOptions({ document: newDocument() }, sampleStory);
    expect(o).toMatchObject({ incident: "river-town-assault", metric: "dead" });
  });
  it("skips an incident without claims and an aggregate incident for the default", () => {
    const story: Story = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        incidents: [
          { id: "tally", role: "aggregate", label: { en: "Tally", fr: "Bilan" } },
          { id: "quiet-day", role: "incident", label: { en: "Quiet day", fr: "Jour calme" } },
          ...sampleStory.vocabulary.incidents,
        ],
      },
      casualties: [
        ...sampleStory.casualties,
        { ...(sampleStory.casualties[0] as CasualtyClaim), id: "t", incident: "tally" },
      ],
    };
    expect(normalizeOptions({ document: newDocument() }, story).incident).toBe("river-town-assault");
    // Asked for a metric only: the first incident with claims of that metric.
    expect(normalizeOptions({ document: newDocument(), metric: "injured" }, story).incident).toBe(
      "quiet-day",
    );
  });
  it("throws RangeError naming incident and metric and listing the story's ids", () => {
    expect(() => normalizeOptions({ incident: "war", document: newDocument() }, karabakh)).toThrow(
      new RangeError(
        "invalid incident: war (expected one of offensive, pretext-mine-blasts, fuel-depot-explosion, peacekeeper-vehicle, ceasefire-violation, exodus, offensive-and-depot)",
      ),
    );
    expect(() => normalizeOptions({ incident: "offensive", document: newDocument() }, sampleStory)).toThrow(
      "invalid incident: offensive (expected one of river-town-assault, bridge-collapse)",
    );
    expect(() => normalizeOptions({ metric: "dead", document: newDocument() }, karabakh)).toThrow(
      /^invalid metric: dead/,
    );
  });
  it("throws TypeError naming the option for wrong types", () => {
    expect(() => normalizeOptions({ metric: 5 }, karabakh)).toThrow(
      new TypeError("invalid metric: expected a string, got 5"),
    );
    expect(() => normalizeOptions({ claimantNames: "x" }, karabakh)).toThrow(TypeError);
    expect(() => normalizeOptions({ claimantNames: [{ id: "a", name: "A" }] }, karabakh)).toThrow(
      /invalid claimantNames\[0\]\.name/,
    );
    expect(() => normalizeOptions("fr", karabakh)).toThrow(/invalid options: expected an object/);
  });
  it("casualtyComparison(data) throws TypeError when data is neither a story nor an array", () => {
    expect(() => casualtyComparison(5 as never, { document: newDocument() })).toThrow(
      /^invalid data: expected a story/,
    );
  });
  it('casualtyComparison(data, {legnd: false}) warns once, naming the nearest option "legend"', () => {
    render("default", { legnd: false });
    render("default", { legnd: false });
    expect(warned().filter((w) => w.includes('"legnd"'))).toEqual([
      `${PREFIX} unknown option "legnd" is ignored (did you mean "legend"?)`,
    ]);
  });
});

describe("vocabulary checks (casualty-comparison)", () => {
  it("leaves out a record with an unknown party, warning once with the record, field and value", () => {
    const figure = render("warn-unusable-records");
    expect(warned()).toContain(
      `${PREFIX} claim "unknown-party" is not drawn: party "sudan" is not in the story's vocabulary.parties`,
    );
    expect(bars(figure)).toHaveLength(3);
    expect(figure.textContent).toContain("left out, not in the story’s vocabulary: the side “sudan” (1)");
  });
  it.each([
    ["category", "militia"],
    ["metric", "executed"],
    ["incident", "el-fasher-assault"],
  ])("leaves out a record with an unknown %s (%s), naming it", (field, value) => {
    const data = [
      shipped("az-military-killed-192"),
      { ...shipped("artsakh-killed-213"), id: "odd", [field]: value },
    ];
    const figure = casualtyComparison(data as CasualtyClaim[], { document: newDocument(), width: 640 });
    expect(warned()).toEqual([
      expect.stringContaining(
        `claim "odd" is not drawn: ${field} "${value}" is not in the story's vocabulary`,
      ),
    ]);
    expect(bars(figure)).toHaveLength(1);
  });
  it("says what was left out and why when nothing can be drawn, never 'No claims of …'", () => {
    const figure = render("warn-nothing-drawable");
    const message = figure.querySelector(".k23-message")?.textContent ?? "";
    expect(message).not.toContain("No claims of");
    expect(message).toContain("None of the 6 claims given can be drawn.");
    expect(message).toContain("the side “federal-army” (2)");
    expect(message).toContain("the side “valley-militia” (3)");
  });
  it("throws a RangeError naming the label missing in the locale", () => {
    const story = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        parties: [
          { id: "federal-army", role: "side", label: { en: "Federal army" } },
          ...sampleStory.vocabulary.parties.slice(1),
        ],
      },
    } as unknown as Story;
    expect(() => casualtyComparison(story, { document: newDocument(), locale: "fr" })).toThrow(
      new RangeError("invalid data.vocabulary.parties[0].label.fr: undefined"),
    );
  });
  it("rejects a vocabulary entry named __proto__", () => {
    const story = {
      ...sampleStory,
      vocabulary: {
        ...sampleStory.vocabulary,
        parties: [{ id: "__proto__", role: "side", label: { en: "x", fr: "x" } }],
      },
    } as unknown as Story;
    expect(() => casualtyComparison(story, { document: newDocument() })).toThrow(
      /invalid data\.vocabulary\.parties\[0\]\.id: __proto__/,
    );
  });
});

function shipped(id: string): CasualtyClaim {
  const claim = casualties.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

describe("model (casualty-comparison)", () => {
  const o = normalizeOptions({ document: newDocument() }, karabakh);
  const name = (id: string) => o.claimantNames.get(id)?.name.en ?? id;
  const model = buildModel(casualties, karabakh, o, name);

  it("shows a tally across incidents only beside the incidents it covers (not the mine blasts)", () => {
    const mines = normalizeOptions({ document: newDocument(), incident: "pretext-mine-blasts" }, karabakh);
    const groups = buildModel(casualties, karabakh, mines, name).groups;
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.filter((g) => g.kind === "across-incidents")).toEqual([]);
  });

  it("groups by side in the vocabulary's order, each side's totals after its breakdown, the total across incidents last", () => {
    expect(model.groups.map((g) => [g.key, g.kind])).toEqual([
      ["azerbaijan", "side"],
      ["artsakh", "side"],
      ["artsakh-totals", "side-totals"],
      ["incident-offensive-and-depot", "across-incidents"],
    ]);
    // AFP's "nearly 600" covers the offensive and the depot explosion: labelled as a total, alone.
    expect(model.groups[3]?.label).toBe(
      "Offensive and fuel depot explosion, together — total across incidents, not a sum of the bars above",
    );
    expect(model.groups[3]?.rows.map((r) => [r.claim.id, r.valueText])).toEqual([
      ["combined-killed-nearly-600", "nearly 600 in total"],
    ]);
    expect(model.groups[3]?.rows[0]?.attribution).toMatch(/^All sides: .*, as of 29 Sept 2023$/);
    expect(model.groups[2]?.rows.map((r) => r.valueText)).toEqual([
      "25 in total",
      "at least 200 in total",
      "213 in total",
      "more than 200 in total",
      "223 in total",
    ]);
    expect(model.sides).toBe(2);
  });

  it("uses the category's singular after 1 and its plural otherwise", () => {
    const azerbaijan = model.groups[0]?.rows.map((r) => r.valueText);
    expect(azerbaijan).toContain("1 civilian");
    expect(model.groups[1]?.rows.map((r) => r.valueText)).toContain("at least 10 civilians");
  });

  it("attributes each bar to its claimant and as-of date", () => {
    expect(model.groups[2]?.rows.at(-1)?.attribution).toMatch(/, as of 2024$/);
    const fr = normalizeOptions({ locale: "fr", document: newDocument() }, karabakh);
    const frModel = buildModel(casualties, karabakh, fr, (id) => fr.claimantNames.get(id)?.name.fr ?? id);
    expect(frModel.groups[2]?.rows.at(-1)?.attribution).toMatch(/, en 2024$/);
    expect(frModel.groups[0]?.rows[0]?.attribution).toMatch(/, au 27 sept\. 2023$/);
  });

  it("draws an aggregate incident's claims after the chosen incident's, in their own group", () => {
    const story = examples["sample-story-tally"].data as Story;
    const so = normalizeOptions({ document: newDocument() }, story);
    const m = buildModel(story.casualties, story, so, (id) => id);
    expect(m.groups.map((g) => g.kind)).toEqual(["side", "side", "side-totals", "across-incidents"]);
    expect(m.groups.at(-1)?.label).toBe(
      "The whole crisis — total across incidents, not a sum of the bars above",
    );
    expect(m.groups.at(-1)?.rows[0]?.attribution).toBe("All parties: aid-network, as of 30 Mar 2022");
    // Chosen itself, the tally is drawn by side, with a note that it spans incidents.
    const figure = casualtyComparison(story, {
      document: newDocument(),
      incident: "whole-crisis",
      width: 640,
    });
    expect(bars(figure)).toHaveLength(1);
    expect(figure.querySelector(".k23-notes")?.textContent).toContain("is a tally across incidents");
  });

  it.each([320, 375, 640, 1024])("at %i px every label fits inside the SVG", (width) => {
    const layout = layoutModel(model, width);
    expect(layout.mode).toBe(width < NARROW_WIDTH ? "above" : "beside");
    const right = width - layout.marginRight;
    for (const bar of layout.bars) {
      const end = layout.marginLeft + ((right - layout.marginLeft) * bar.row.claim.value) / layout.xMax;
      for (const line of bar.attributionText.split("\n")) {
        const w = textWidth(line, 12);
        if (layout.mode === "beside") expect(w).toBeLessThanOrEqual(layout.marginLeft - 10);
        else expect(w).toBeLessThanOrEqual(width - layout.marginLeft);
      }
      for (const line of bar.valueText.split("\n")) {
        const w = textWidth(line, 13) * 1.08;
        if (layout.mode === "beside") expect(end + VALUE_GAP + w).toBeLessThanOrEqual(width);
        else expect(layout.marginLeft + w).toBeLessThanOrEqual(width);
      }
      expect(bar.y2).toBeLessThanOrEqual(layout.height - layout.marginBottom);
    }
  });

  it("puts labels above the bars at 320 px, so bars use the full width", () => {
    const layout = layoutModel(model, 320);
    for (const bar of layout.bars) expect(bar.valueY).toBeLessThan(bar.y1);
    expect(layout.marginLeft).toBeLessThan(10);
  });

  it("puts a figure dated only by its year after the dated figures of that year", () => {
    const base = shipped("az-military-killed-192");
    const claims = [
      { ...base, id: "year-only", asOf: "2023", value: 198 },
      { ...base, id: "dated", asOf: "2023-09-27", value: 192 },
      { ...base, id: "next-year", asOf: "2024-01", value: 200 },
    ];
    expect(buildModel(claims, karabakh, o, (id) => id).rows.map((r) => r.claim.id)).toEqual([
      "dated",
      "year-only",
      "next-year",
    ]);
  });

  it("checkClaims keeps the drawable claims and names each left out with its reason", () => {
    const { claims, dropped } = checkClaims(
      [shipped("az-military-killed-192"), null, { id: "x", party: "sudan" }],
      karabakh.vocabulary,
    );
    expect(claims).toHaveLength(1);
    expect(dropped).toEqual([
      { id: "#1", why: "not an object" },
      {
        id: "x",
        field: "party",
        value: "sudan",
        why: `party "sudan" is not in the story's vocabulary.parties`,
      },
    ]);
  });
});

describe("casualtyComparison()", () => {
  it("without data, charts the shipped claims of the offensive, killed: one bar and one focus point per claim", () => {
    const figure = casualtyComparison(undefined, { document: newDocument(), width: 640 });
    expect(figure.tagName.toLowerCase()).toBe("figure");
    expect(bars(figure)).toHaveLength(drawnKilled.length);
    expect(figure.querySelector(".k23-plot")?.getAttribute("aria-label")).toContain(
      `${drawnKilled.length} data points`,
    );
    expect(figure.querySelector("figcaption, .k23-title")?.textContent).toContain(
      "Killed: 19–20 September offensive",
    );
  });

  it('casualtyComparison(undefined, {locale: "fr"}) says "au moins 200" where English says "at least 200"', () => {
    const en = render("default").textContent ?? "";
    const fr = render("default", { locale: "fr" }).textContent ?? "";
    expect(en).toContain("at least 200");
    expect(fr).toContain("au moins 200");
    expect(fr).toContain("près de 600");
    expect(fr).not.toContain("at least 200");
    expect(fr).toContain("Tués\u00a0: Offensive des 19 et 20 septembre");
  });

  it('casualtyComparison(data, {locale: "fr"}) formats 100 417 with a narrow no-break space', () => {
    expect(render("hostile", { locale: "fr" }).textContent).toContain("environ 100\u202f417");
    expect(render("hostile").textContent).toContain("about 100,417");
  });

  it("lists exactly the sources of the plotted claims, and the CSV holds exactly the plotted rows", () => {
    const figure = render("fuel-depot");
    const plotted = casualties.filter(
      (c) => ["fuel-depot-explosion", "offensive-and-depot"].includes(c.incident) && c.metric === "killed",
    );
    const sourceIds = new Set(plotted.flatMap((c) => c.sources));
    expect(figure.querySelectorAll(".k23-source-list ol li")).toHaveLength(sourceIds.size);
    const csv = decodeURIComponent(
      figure.querySelector(".k23-data-link a")?.getAttribute("href")?.split(",")[1] ?? "",
    );
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(plotted.length + 1);
    expect(lines[0]).toBe("Side,Category,Figure as claimed,Value,Claimant,As of,Sources");
    expect(lines[1]).toContain(",20,");
  });

  it("draws an explicit message for empty data, never a blank chart", () => {
    const figure = render("empty");
    expect(figure.querySelector("svg")).toBeNull();
    expect(figure.querySelector(".k23-message")?.textContent).toBe(
      "No claims of “Killed” for “19–20 September offensive” in the data.",
    );
    const fr = render("no-claims-for-selection", { locale: "fr" });
    expect(fr.querySelector(".k23-message")?.textContent).toContain(
      "Aucun chiffre «\u202fTués\u202f» pour «\u202fExode\u202f»",
    );
  });

  it("renders hostile labels as inert text: no <img>, no on* attribute, no javascript: link", () => {
    const figure = render("hostile");
    expect(figure.textContent).toContain("<img src=x onerror=alert(1)>");
    const { document } = parseHTML(`<!doctype html><html><body>${figure.toString()}</body></html>`);
    const elements = allElements(document.body as unknown as Element);
    expect(elements.filter((e) => ["img", "script", "iframe"].includes(e.tagName.toLowerCase()))).toEqual([]);
    expect(
      elements.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith("on"))),
    ).toEqual([]);
    const hrefs = elements.map((e) => e.getAttribute("href")).filter((h): h is string => h !== null);
    for (const href of hrefs) expect(href).toMatch(/^(https:|data:text\/csv)/);
    expect(figure.querySelector(".k23-sources")?.textContent).toContain("javascript: link");
  });

  it("warns once, with its prefix, about records it cannot draw and unknown claimants", () => {
    const figure = render("warn-unusable-records");
    expect(warned()).toEqual([
      `${PREFIX} claim "negative" is not drawn: value -3 is not a count (a whole number from 0 to 2^53 − 1)`,
      `${PREFIX} claim "nan" is not drawn: value NaN is not a count (a whole number from 0 to 2^53 − 1)`,
      `${PREFIX} claim "unknown-party" is not drawn: party "sudan" is not in the story's vocabulary.parties`,
      `${PREFIX} claimant "nobody" is not in the claimant list; its id is shown instead`,
    ]);
    expect(bars(figure)).toHaveLength(3);
  });

  it("moves through every bar with the arrow keys, showing its tooltip; Escape hides it", () => {
    const figure = render("default");
    const plot = figure.querySelector(".k23-plot") as HTMLElement;
    const tooltip = figure.querySelector(".k23-tooltip") as HTMLElement;
    const view = plot.ownerDocument.defaultView as unknown as { Event: typeof Event };
    const key = (k: string) => {
      const e = new view.Event("keydown") as KeyboardEvent;
      Object.defineProperty(e, "key", { value: k });
      plot.dispatchEvent(e);
    };
    plot.dispatchEvent(new view.Event("focus"));
    const seen = [tooltip.textContent];
    expect(tooltip.hasAttribute("hidden")).toBe(false);
    for (let i = 0; i < drawnKilled.length + 3; i++) {
      key("ArrowRight");
      if (tooltip.textContent !== seen.at(-1)) seen.push(tooltip.textContent);
    }
    expect(seen).toHaveLength(drawnKilled.length);
    expect(seen[0]).toMatch(/^Azerbaijan: 192 military\. .*, as of 27 Sept 2023\.$/);
    expect(seen.at(-1)).toMatch(
      /^Offensive and fuel depot explosion, together, All sides: nearly 600 in total\. .*, as of 29 Sept 2023\.$/,
    );
    key("Escape");
    expect(tooltip.hasAttribute("hidden")).toBe(true);
  });

  it("draws the story's title when it has one, else the generic one", () => {
    const story: Story = {
      ...sampleStory,
      charts: {
        ...sampleStory.charts,
        casualties: { title: { en: "The dead of the assault", fr: "Les morts de l’assaut" } },
      },
    };
    expect(casualtyComparison(story, { document: newDocument() }).textContent).toContain(
      "The dead of the assault",
    );
    expect(render("sample-story").textContent).toContain("Dead: Assault on River Town");
    // The story's note comes first among the notes.
    expect(render("sample-story").querySelector(".k23-notes li")?.textContent).toMatch(
      /^Illustrative sample data/,
    );
  });

  it("draws the sample story with its own words and none of the Karabakh story's", () => {
    const forbidden =
      /armenia|azerbaijan|karabakh|artsakh|yerevan|caucasus|arménie|azerbaïdjan|karabagh|erevan|caucase/i;
    for (const name of ["sample-story", "sample-story-fr", "sample-story-tally"] as const) {
      for (const locale of ["en", "fr"]) {
        const figure = render(name, { locale });
        const csv = decodeURIComponent(figure.querySelector(".k23-data-link a")?.getAttribute("href") ?? "");
        expect(figure.outerHTML).not.toMatch(forbidden);
        expect(csv).not.toMatch(forbidden);
        expect(figure.textContent).toContain(locale === "en" ? "Valley militia" : "Milice de la vallée");
      }
    }
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("options desks asked for (casualty-comparison)", () => {
  it("highlight: emphasises the bars of the claims and claimants named, mutes the others, names them in the summary", () => {
    const figure = render("highlight");
    const opacity = bars(figure).map((b) => b.getAttribute("opacity"));
    const emphasised = drawnKilled.filter(
      (c) => c.id === "artsakh-killed-223" || c.claimant === "az-health-ministry",
    );
    expect(opacity.filter((x) => x === "1" || x === null)).toHaveLength(emphasised.length);
    expect(opacity.filter((x) => Number(x) === MUTED_OPACITY)).toHaveLength(
      drawnKilled.length - emphasised.length,
    );
    const summary = figure.querySelector(".k23-plot")?.getAttribute("aria-label") ?? figure.textContent ?? "";
    expect(figure.textContent).toMatch(
      /Highlighted: 192 military according to .*, 1 civilian according to .* and 223 in total/,
    );
    expect(summary).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
  });
  it("highlight: warns once for an id that matches no bar drawn", () => {
    const figure = render("default", { highlight: ["no-such-claim"] });
    expect(warned()).toEqual([
      `${PREFIX} highlight "no-such-claim" matches no claim id or claimant id among the bars drawn; nothing is emphasised for it`,
    ]);
    expect(bars(figure).every((b) => b.getAttribute("opacity") === null)).toBe(true);
  });
  it("legend: false draws no legend; the table still names every category", () => {
    expect(render("default").querySelector(".k23-legend")).not.toBeNull();
    const figure = render("no-legend");
    expect(figure.querySelector(".k23-legend")).toBeNull();
    expect(figure.querySelector("table")?.textContent).toContain("Total, not broken down");
  });
  it("height: the plot is that tall, its bars spread over it; too small a height warns and gives the labels' minimum", () => {
    const svg = (f: HTMLElement) => f.querySelector(".k23-plot svg") as SVGElement;
    const natural = Number(svg(render("fuel-depot")).getAttribute("height"));
    const tall = render("height-400");
    expect(Number(svg(tall).getAttribute("height"))).toBe(400);
    expect(natural).toBeLessThan(400);
    const short = render("default", { height: 200 });
    expect(Number(svg(short).getAttribute("height"))).toBeGreaterThan(200);
    expect(warned()).toEqual([
      expect.stringMatching(
        /^\[.*\] height 200 is too small for the labels; the plot is \d+ px tall instead$/,
      ),
    ]);
    const layoutModelDefault = buildModel(
      casualties,
      karabakh,
      normalizeOptions({ document: newDocument() }, karabakh),
      (id) => id,
    );
    const exact = layoutModel(layoutModelDefault, 640, 700);
    expect(exact.height).toBe(700);
    expect(exact.bars.at(-1)?.y2).toBeLessThanOrEqual(700 - exact.marginBottom);
  });
});
