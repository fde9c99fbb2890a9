import { casualtyComparison } from "@karabakh2023/charts";
import { casualties } from "@karabakh2023/data";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { examples } from "../../packages/charts/src/casualty-comparison/examples.js";
import {
  buildModel,
  layoutModel,
  NARROW_WIDTH,
  VALUE_GAP,
} from "../../packages/charts/src/casualty-comparison/marks.js";
import { normalizeOptions } from "../../packages/charts/src/casualty-comparison/options.js";
import { resetIds, resetWarnings, textWidth } from "../../packages/charts/src/figure/index.js";
import { allElements, matchSnapshot, newDocument } from "./snapshot-utils.js";

const defaults = {
  sources: examples.default.options.sources,
  claimants: examples.default.options.claimantNames,
};
const render = (name: keyof typeof examples, extra: Record<string, unknown> = {}) => {
  const { data, options } = examples[name];
  return casualtyComparison(data, { ...options, document: newDocument(), width: 640, ...extra });
};

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetIds();
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("normalizeOptions (casualty-comparison)", () => {
  it("defaults to the offensive, killed, English, auto theme, container width", () => {
    const o = normalizeOptions({ document: newDocument() }, defaults);
    expect(o).toMatchObject({
      incident: "offensive",
      metric: "killed",
      locale: "en",
      theme: "auto",
      width: undefined,
    });
    expect(o.claimantNames.get("az-health")?.name.en).toBe("Azerbaijan Ministry of Health");
  });
  it('throws RangeError "invalid locale: xx"', () => {
    expect(() => normalizeOptions({ locale: "xx", document: newDocument() }, defaults)).toThrow(RangeError);
    expect(() => normalizeOptions({ locale: "xx", document: newDocument() }, defaults)).toThrow(
      /^invalid locale: xx/,
    );
  });
  it("throws RangeError naming incident and metric", () => {
    expect(() => normalizeOptions({ incident: "war" }, defaults)).toThrow(
      new RangeError(
        "invalid incident: war (expected one of offensive, pretext-mine-blasts, fuel-depot-explosion, peacekeeper-vehicle, ceasefire-violation, exodus)",
      ),
    );
    expect(() => normalizeOptions({ metric: "dead" }, defaults)).toThrow(/^invalid metric: dead/);
  });
  it("throws TypeError naming the option for wrong types", () => {
    expect(() => normalizeOptions({ metric: 5 }, defaults)).toThrow(
      new TypeError("invalid metric: expected a string, got 5"),
    );
    expect(() => normalizeOptions({ claimantNames: "x" }, defaults)).toThrow(TypeError);
    expect(() => normalizeOptions({ claimantNames: [{ id: "a", name: "A" }] }, defaults)).toThrow(
      /invalid claimantNames\[0\]\.name/,
    );
    expect(() => normalizeOptions("fr", defaults)).toThrow(/invalid options: expected an object/);
  });
  it("casualtyComparison(data) throws TypeError when data is not an array", () => {
    expect(() => casualtyComparison({} as never, { document: newDocument() })).toThrow(
      /^invalid data: expected an array/,
    );
  });
});

describe("marks (casualty-comparison)", () => {
  const o = normalizeOptions({ document: newDocument() }, defaults);
  const name = (id: string) => o.claimantNames.get(id)?.name.en ?? id;
  const model = buildModel(examples.default.data, o, name);

  it("groups claims by side in a fixed order and keeps disputed figures as separate bars", () => {
    expect(model.groups.map((g) => g.party)).toEqual(["azerbaijan", "artsakh", "combined"]);
    const artsakh = model.groups[1]?.rows.filter((r) => r.claim.category === "all").map((r) => r.valueText);
    expect(artsakh).toEqual(["at least 200 in total", "213 in total", "223 in total"]);
    expect(model.groups[2]?.rows[0]?.valueText).toBe("nearly 600 in total");
  });

  it("attributes each bar to its claimant and as-of date", () => {
    expect(model.groups[0]?.rows[1]?.attribution).toBe("Azerbaijan Ministry of Health, as of 27 Sept 2023");
    expect(model.groups[1]?.rows.at(-1)?.attribution).toBe("Armenia’s Investigative Committee, as of 2024");
    const fr = normalizeOptions({ locale: "fr", document: newDocument() }, defaults);
    const frModel = buildModel(examples.default.data, fr, (id) => fr.claimantNames.get(id)?.name.fr ?? id);
    expect(frModel.groups[1]?.rows.at(-1)?.attribution).toBe("Comité d’enquête d’Arménie, en 2024");
    expect(frModel.groups[0]?.rows[0]?.attribution).toBe(
      "Ministère azerbaïdjanais de la Santé, au 27 sept. 2023",
    );
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
});

describe("casualtyComparison()", () => {
  it("returns a <figure> with one bar and one focus point per claim", () => {
    const figure = render("default");
    expect(figure.tagName.toLowerCase()).toBe("figure");
    const selected = examples.default.data.filter((c) => c.incident === "offensive" && c.metric === "killed");
    expect(figure.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(selected.length);
    expect(figure.querySelector(".k23-plot")?.getAttribute("aria-label")).toContain(
      `${selected.length} data points`,
    );
  });

  it('casualtyComparison(data, {locale: "fr"}) says "au moins 200" where English says "at least 200"', () => {
    const en = render("default").textContent ?? "";
    const fr = render("default", { locale: "fr" }).textContent ?? "";
    expect(en).toContain("at least 200");
    expect(fr).toContain("au moins 200");
    expect(fr).toContain("près de 600");
    expect(fr).not.toContain("at least 200");
    expect(fr).toContain("Tués\u00a0: Offensive des 19 et 20 septembre");
  });

  it('casualtyComparison(data, {locale: "fr"}) formats 100 417 with a narrow no-break space', () => {
    const fr = render("hostile", { locale: "fr" }).textContent ?? "";
    const en = render("hostile").textContent ?? "";
    expect(fr).toContain("environ 100\u202f417");
    expect(en).toContain("about 100,417");
  });

  it("lists exactly the sources of the plotted claims, and the CSV holds exactly the plotted rows", () => {
    const figure = render("fuel-depot");
    const links = [...figure.querySelectorAll(".k23-sources a")].map((a) => a.textContent);
    expect(links).toEqual(["RFE/RL Azatutyun", "BBC", "Massis Post"]);
    const csv = decodeURIComponent(
      figure.querySelector(".k23-data-link a")?.getAttribute("href")?.split(",")[1] ?? "",
    );
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("Side,Category,Figure as claimed,Value,Claimant,As of,Sources");
    expect(lines[1]).toContain(",68,");
  });

  it("draws an explicit message for empty data, never a blank chart", () => {
    const figure = render("empty");
    expect(figure.querySelector("svg")).toBeNull();
    expect(figure.querySelector(".k23-message")?.textContent).toBe(
      "No claims of “Killed” for “19–20 September offensive” in the data.",
    );
    const fr = render("no-claims-for-selection", { locale: "fr" });
    expect(fr.querySelector(".k23-message")?.textContent).toContain("Aucun chiffre «\u202fDisparus\u202f»");
  });

  it("draws one claim", () => {
    const figure = render("one-claim");
    expect(figure.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(1);
    expect(figure.textContent).toContain("192 military");
  });

  it("renders hostile labels as inert text: no <img>, no on* attribute, no javascript: link", () => {
    const figure = render("hostile");
    expect(figure.textContent).toContain("<img src=x onerror=alert(1)>");
    // Serialize and parse again: what a page would get from server-rendered markup.
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
    const messages = warn.mock.calls.map((c: unknown[]) => String(c[0]));
    expect(messages).toEqual([
      '[@karabakh2023/charts/casualty-comparison] claim "negative" is not drawn: value -3 is not a count (a whole number from 0 to 2^53 − 1)',
      '[@karabakh2023/charts/casualty-comparison] claim "nan" is not drawn: value NaN is not a count (a whole number from 0 to 2^53 − 1)',
      '[@karabakh2023/charts/casualty-comparison] claimant "nobody" is not in the claimant list; its id is shown instead',
    ]);
    expect(figure.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(3);
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
    for (let i = 0; i < 10; i++) {
      key("ArrowRight");
      if (tooltip.textContent !== seen.at(-1)) seen.push(tooltip.textContent);
    }
    expect(seen).toHaveLength(7);
    expect(seen[0]).toBe("Azerbaijan: 192 military. Azerbaijan Ministry of Health, as of 27 Sept 2023.");
    expect(seen.at(-1)).toBe("All sides: nearly 600 in total. AFP tally, as of 29 Sept 2023.");
    expect(figure.querySelector("[aria-live]")?.textContent).toContain("7 of 7");
    key("Escape");
    expect(tooltip.hasAttribute("hidden")).toBe(true);
  });

  it("without data, charts the dataset's casualties (offensive, killed)", () => {
    const figure = casualtyComparison(undefined, { document: newDocument(), width: 640 });
    const expected = casualties.filter((c) => c.incident === "offensive" && c.metric === "killed").length;
    if (expected === 0) expect(figure.querySelector(".k23-message")).not.toBeNull();
    else expect(figure.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(expected);
  });
});

describe("snapshots (casualty-comparison)", () => {
  // "dataset…" examples follow the shipped data, which evolves: not snapshotted.
  const names = (Object.keys(examples) as (keyof typeof examples)[]).filter((n) => !n.startsWith("dataset"));
  for (const name of names) {
    for (const locale of ["en", "fr"] as const) {
      for (const theme of ["light", "dark"] as const) {
        it(`${name} ${locale} ${theme}`, async () => {
          const { data, options } = examples[name];
          const figure = casualtyComparison(data, {
            width: 640,
            ...options,
            locale,
            theme,
            document: newDocument(),
          });
          await matchSnapshot(figure, `casualty-comparison/${name}-${locale}-${theme}`);
          if (!name.startsWith("warn")) expect(warn).not.toHaveBeenCalled();
        });
      }
    }
  }
});

describe("order of the bars (casualty-comparison)", () => {
  it("puts a figure dated only by its year after the dated figures of that year", () => {
    const o = normalizeOptions({ document: newDocument() }, defaults);
    const base = examples.default.data[0];
    if (!base) throw new Error("no example claim");
    const claims = [
      { ...base, id: "year-only", asOf: "2023", value: 198 },
      { ...base, id: "dated", asOf: "2023-09-27", value: 192 },
      { ...base, id: "next-year", asOf: "2024-01", value: 200 },
    ];
    const model = buildModel(claims, o, (id) => id);
    expect(model.rows.map((r) => r.claim.id)).toEqual(["dated", "year-only", "next-year"]);
  });
});
