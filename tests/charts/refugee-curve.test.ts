import { events, population, refugees, type Story } from "@karabakh2023/data";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { en as enMessages } from "../../packages/charts/src/locales/en.js";
import { fr as frMessages } from "../../packages/charts/src/locales/fr.js";
import { resolveLocale } from "../../packages/charts/src/locales/registry.js";
import { refugeeCurveExamples } from "../../packages/charts/src/refugee-curve/examples.js";
import { refugeeCurve } from "../../packages/charts/src/refugee-curve/index.js";
import { buildModel, placeCounts } from "../../packages/charts/src/refugee-curve/model.js";
import { normalizeOptions } from "../../packages/charts/src/refugee-curve/options.js";
import { curveWords } from "../../packages/charts/src/refugee-curve/text.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";
import { allElements, newDocument } from "./snapshot-utils.js";

let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const render = (
  data?: Parameters<typeof refugeeCurve>[0],
  options: Parameters<typeof refugeeCurve>[1] = {},
) => refugeeCurve(data, { width: 640, ...options, document: newDocument() });
const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent ?? "");

describe("refugeeCurve()", () => {
  it('refugeeCurve(data, {locale: "fr"}) formats 100 417 with a narrow space and dates in French', () => {
    const fr = render(undefined, { locale: "fr" });
    const en = render(undefined, { locale: "en" });
    const frTicks = texts(fr, "svg [aria-label='y-axis tick label'] text");
    expect(frTicks).toContain("100\u202f000");
    expect(texts(en, "svg [aria-label='y-axis tick label'] text")).toContain("100,000");
    expect(texts(fr, "svg [aria-label='x-axis tick label'] text").join(" ")).toMatch(/sept\./);
    expect(texts(en, "svg [aria-label='x-axis tick label'] text").join(" ")).toMatch(/Sept/);
    const table = fr.querySelector("table")?.textContent ?? "";
    expect(table).toContain("100\u202f417");
    expect(en.querySelector("table")?.textContent).toContain("100,417");
    expect(fr.textContent).toContain("heure d’Erevan (UTC+4)");
    expect(en.textContent).toContain("Yerevan time (UTC+4)");
  });

  it("refugeeCurve() labels the pre-war population line with the share reached, computed from the data", () => {
    const arrivals = refugees.filter((r) => r.metric === "arrived-in-armenia" && r.date <= "2023-10-04");
    const peak = Math.max(...arrivals.map((r) => r.value));
    const expected = new Intl.NumberFormat("en-GB", {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(peak / population.value);
    const svgText = texts(render(), "svg text").join("|");
    expect(svgText).toContain(`${expected} counted`);
    // The one rendering of qualifiers: the population's "about" reads as everywhere else.
    expect(svgText).toContain(enMessages.curve.population(enMessages.qualified.about("120,000")));
    expect(svgText).toContain("Population before: about 120,000");
    // A different population gives a different share: nothing is hard-coded.
    const half = render(undefined, { population: { ...population, value: peak * 2 } });
    expect(texts(half, "svg text").join("|")).toContain("50.0% counted");
  });

  it("refugeeCurve() writes a summary in the chosen locale", () => {
    const arrivals = refugees.filter((r) => r.metric === "arrived-in-armenia" && r.date <= "2023-10-04");
    const peak = arrivals.reduce((a, b) => (b.value > a.value ? b : a));
    const day = Number(peak.date.slice(8));
    const en = render().querySelector("[id$='-summary']")?.textContent ?? "";
    expect(en).toMatch(
      /^Arrived in Armenia \(cumulative\), 24 September to \d+ October 2023: [\d,]+ people according to /,
    );
    expect(en).toContain(`to ${day} October 2023: ${peak.value.toLocaleString("en-GB")} people`);
    const fr = render(undefined, { locale: "fr" }).querySelector("[id$='-summary']")?.textContent ?? "";
    expect(fr).toMatch(
      /^Arrivés en Arménie \(cumul\), du 24 septembre au \d+ octobre 2023\u00a0: [\d\u202f]+ personnes selon /,
    );
    expect(fr).toMatch(/soit \d+,\d\u202f% de la population d’avant \(environ 120\u202f000\)/);
  });

  it("refugeeCurve() draws one marker per count and a tooltip with claimant, qualifier and Yerevan time", () => {
    const figure = render();
    const inView = refugees.filter((r) => r.metric === "arrived-in-armenia" && r.date <= "2023-10-04");
    const dots = figure.querySelectorAll("svg [aria-label='dot'] path, svg [aria-label='dot'] circle");
    expect(dots.length).toBe(inView.length);
    // The first table holds the counts; the second, the events marked on the chart.
    const rows = figure.querySelector("table")?.querySelectorAll("tbody tr") ?? [];
    expect(rows.length).toBe(inView.length);
    const table = figure.querySelector("table")?.textContent ?? "";
    expect(table).toContain("more than");
    expect(table).toContain("evening (approximate time)");
    // Disputed 30 September figures stay two rows.
    expect(table).toContain("100,417");
    expect(table).toContain("100,437");
  });

  it("refugeeCurve() notes the counts outside the period instead of dropping them silently", () => {
    const figure = render();
    expect(figure.querySelector(".k23-footer")?.textContent).toMatch(
      /Outside the period shown and not drawn \(1\): 115,183 on 1 Feb 2024 \(UNHCR/,
    );
    render(undefined, { domain: ["2023-09-26", "2023-09-28"] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^\[@karabakh2023\/charts\/refugee-curve\] \d+ counts are outside the time domain/,
    );
  });

  it("refugeeCurve([]) shows an explicit message, not a blank plot", () => {
    const figure = render([]);
    expect(figure.querySelector("svg")).toBeNull();
    expect(figure.querySelector(".k23-message")?.textContent).toBe(enMessages.curve.noCounts);
    expect(render([], { locale: "fr" }).querySelector(".k23-message")?.textContent).toBe(
      frMessages.curve.noCounts,
    );
  });

  it("refugeeCurve() with one count draws one marker and no line", () => {
    const one = refugeeCurveExamples.find((e) => e.name === "one-point");
    const figure = render(one?.data, one?.options);
    expect(figure.querySelectorAll("svg [aria-label='dot'] circle, svg [aria-label='dot'] path").length).toBe(
      1,
    );
    expect(figure.querySelector("svg [aria-label='line']")).toBeNull();
    expect(figure.querySelector("[id$='-summary']")?.textContent).toMatch(
      /^Arrived in Armenia \(cumulative\), 24 September 2023: 377 people according to /,
    );
  });

  it("refugeeCurve() keeps hostile text as text: no script, no event handler, no javascript: link", () => {
    const hostile = refugeeCurveExamples.find((e) => e.name === "hostile");
    const figure = render(hostile?.data, hostile?.options);
    const elements = allElements(figure);
    expect(elements.some((e) => ["script", "img", "em", "b"].includes(e.tagName.toLowerCase()))).toBe(false);
    expect(elements.some((e) => [...e.attributes].some((a) => a.name.startsWith("on")))).toBe(false);
    expect(elements.some((e) => (e.getAttribute("href") ?? "").startsWith("javascript:"))).toBe(false);
    expect(figure.textContent).toContain('<script>alert("en")</script>');
    expect(figure.querySelector(".k23-title")?.textContent).toBe("<em>Not emphasised</em>");
  });

  it("refugeeCurve() warns once for a decreasing cumulative series", () => {
    const data = [
      {
        ...refugees[0],
        id: "a",
        metric: "arrived-in-armenia",
        claimant: "armenia-government",
        date: "2023-09-26",
        timeLocal: "08:00",
        timeOfDay: undefined,
        value: 500,
      },
      {
        ...refugees[0],
        id: "b",
        metric: "arrived-in-armenia",
        claimant: "armenia-government",
        date: "2023-09-26",
        timeLocal: "10:00",
        timeOfDay: undefined,
        value: 400,
      },
    ] as typeof refugees;
    render(data, { annotations: false, population: false });
    render(data, { annotations: false, population: false });
    const decreasing = warn.mock.calls.filter((c) => String(c[0]).includes("decrease"));
    expect(decreasing).toHaveLength(1);
  });

  it("refugeeCurve() throws a TypeError for data that is neither a story nor an array", () => {
    expect(() => render(3 as never)).toThrow(/^invalid data: expected a story or an array of refugees/);
    expect(() => render({} as never)).toThrow(/^invalid data.locales/);
  });

  it("refugeeCurve() gives every count a keyboard stop", () => {
    const figure = render();
    const plot = figure.querySelector(".k23-plot");
    expect(plot?.getAttribute("tabindex")).toBe("0");
    const inView = refugees.filter((r) => r.metric === "arrived-in-armenia" && r.date <= "2023-10-04");
    expect(plot?.getAttribute("aria-label")).toContain(`${inView.length} data points`);
  });
});

describe("refugeeCurve() annotation labels", () => {
  /** The drawn annotation labels (the only texts with a <title>): drawn text and full title. */
  const annotations = (figure: HTMLElement) =>
    [...figure.querySelectorAll("svg text")]
      .filter((t) => t.querySelector("title"))
      .map((t) => ({
        text:
          [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ") ||
          (t.firstChild?.textContent ?? ""),
        title: t.querySelector("title")?.textContent ?? "",
      }));
  const fullLabel = (id: string, locale: "en" | "fr") => events.find((e) => e.id === id)?.label[locale] ?? "";
  const ids = ["ceasefire", "corridor-opened", "fuel-depot-explosion", "refugees-pass-100000"];

  for (const width of [320, 1024]) {
    it(`refugeeCurve(undefined, {width: ${width}}) draws the four default events with short labels in both locales`, () => {
      const en = annotations(render(undefined, { width }));
      expect(en.map((a) => a.text)).toEqual([
        "Ceasefire",
        "Corridor opens",
        "Fuel depot blast",
        "100,000 passed",
      ]);
      expect(en.map((a) => a.title)).toEqual(ids.map((id) => fullLabel(id, "en")));
      const fr = annotations(render(undefined, { width, locale: "fr" }));
      expect(fr.map((a) => a.text)).toEqual(
        ["Cessez- le-feu", "Corridor ouvert", "Explosion du dépôt", "Cap des 100\u202f000"].map((t, i) =>
          width === 1024 && i === 0 ? "Cessez-le-feu" : t,
        ),
      );
      expect(fr.map((a) => a.title)).toEqual(ids.map((id) => fullLabel(id, "fr")));
      for (const a of [...en, ...fr]) expect(a.text).not.toContain("…");
    });
  }

  it("keeps an event's own label for ids without a short one", () => {
    const other = events.find(
      (e) => !ids.includes(e.id) && e.date >= "2023-09-21" && e.date <= "2023-10-04",
    ) as (typeof events)[number];
    expect(other).toBeDefined();
    const drawn = annotations(render(undefined, { annotations: [other.id, "ceasefire"], width: 1024 }));
    const own = drawn.find((a) => a.title === other.label.en);
    // Wrapped, and shortened with "…" only if it is long: the start of its own label.
    expect(own && other.label.en?.startsWith(own.text.replace(/…$/, ""))).toBe(true);
    expect(own?.text.length).toBeGreaterThan(10);
    expect(drawn.find((a) => a.title === fullLabel("ceasefire", "en"))?.text).toBe("Ceasefire");
  });

  it("the default window opens on the first count of the main series or event marked, whole local days", () => {
    const ticks = (figure: HTMLElement) => texts(figure, "svg [aria-label='x-axis tick label'] text");
    // The ceasefire (20 Sept, 13:00) is the first event with a chart label; the last count is on 4 Oct.
    expect(ticks(render(undefined, { width: 1024 }))[0]).toBe("20 Sept");
    expect(ticks(render(undefined, { width: 1024 })).at(-1)).toBe("5 Oct");
    // An event listed in `annotations` is inside the default window too.
    const offensive = render(undefined, { width: 1024, annotations: ["offensive-begins", "ceasefire"] });
    expect(ticks(offensive)[0]).toBe("19 Sept");
    expect(offensive.querySelectorAll(".k23-table table")[1]?.querySelectorAll("tbody tr")).toHaveLength(2);
    // Outside the window given, an event is not drawn, whatever the list.
    const cut = render(undefined, {
      annotations: ["offensive-begins"],
      domain: ["2023-09-24", "2023-10-04"],
    });
    expect(cut.querySelectorAll(".k23-table table")).toHaveLength(1);
    expect(cut.textContent).not.toContain("Events marked on the chart");
  });

  it("counts passed as an array set their own window: the default story's events do not stretch it", () => {
    const later = refugees.filter((r) => r.id === "unhcr-115183-20240201");
    expect(later).toHaveLength(1);
    const figure = render(later, { width: 640 });
    const ticks = texts(figure, "svg [aria-label='x-axis tick label'] text");
    expect(ticks[0]).toBe("1 Feb");
    expect(ticks.at(-1)).toBe("2 Feb");
    expect(figure.querySelector(".k23-message")).toBeNull();
    expect(figure.querySelector(".k23-footer")?.textContent).not.toContain("Outside the period");
    // One count: a marker, named in the legend as a marker, no line.
    expect(figure.querySelector(".k23-legend")?.textContent).toContain("UNHCR");
    expect(figure.querySelector("svg [aria-label='line']")).toBeNull();
  });

  it("lists the marked events in full in the data table, with the label drawn for each", () => {
    const tables = [...render(undefined, { locale: "fr" }).querySelectorAll(".k23-table table")];
    expect(tables).toHaveLength(2);
    const events = tables[1];
    expect(events?.querySelector("caption")?.textContent).toBe("Événements signalés sur le graphique");
    const rows = [...(events?.querySelectorAll("tbody tr") ?? [])].map((r) =>
      [...r.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["20 sept. 2023", "13:00", "Cessez-le-feu", fullLabel("ceasefire", "fr")],
      ["24 sept. 2023", "toute la journée", "Corridor ouvert", fullLabel("corridor-opened", "fr")],
      ["25 sept. 2023", "toute la journée", "Explosion du dépôt", fullLabel("fuel-depot-explosion", "fr")],
      ["30 sept. 2023", "toute la journée", "Cap des 100\u202f000", fullLabel("refugees-pass-100000", "fr")],
    ]);
    // The CSV still holds the plotted counts only.
    const csv = decodeURIComponent(render().querySelector(".k23-data-link a")?.getAttribute("href") ?? "");
    expect(csv).not.toContain("Ceasefire");
  });
});

/** Every text a reader or a program gets from a figure: text, attributes (titles, labels, the CSV link). */
const everything = (figure: Element) =>
  [figure.textContent ?? "", ...allElements(figure).flatMap((e) => [...e.attributes].map((a) => a.value))]
    .map((v) => {
      try {
        return decodeURIComponent(v);
      } catch {
        return v;
      }
    })
    .join("\n");

const STORY_WORDS =
  /armenia|azerbaijan|karabakh|artsakh|yerevan|caucasus|arménie|azerbaïdjan|karabagh|erevan|caucase/i;

describe("refugeeCurve(story) for another story", () => {
  it("refugeeCurve(sampleStory) says nothing of the flagship story, in either locale", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const width of [320, 1024]) {
        const figure = render(sampleStory, { locale, width });
        const out = everything(figure);
        expect(out.match(STORY_WORDS)?.[0], `${locale} ${width}px`).toBeUndefined();
        // Its own words instead: title, metric, zone, events, note first among the notes.
        expect(out).toContain(locale === "en" ? "Leaving the valley" : "Quitter la vallée");
        expect(out).toContain(
          locale === "en"
            ? "Central European time (UTC+1 → UTC+2)"
            : "heure d’Europe centrale (UTC+1 → UTC+2)",
        );
        expect(figure.querySelector(".k23-footer")?.textContent).toMatch(
          locale === "en" ? /^Illustrative sample data/ : /^Données d’exemple/,
        );
      }
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it("its tooltips name the zone, and the offset of each clock time across the change", () => {
    for (const locale of ["en", "fr"] as const) {
      const options = normalizeOptions({}, sampleStory, sampleStory.refugees);
      const warn = () => {};
      const model = buildModel(placeCounts(sampleStory.refugees, sampleStory, options, warn), options, {
        label: (e) => e.label[locale] ?? "",
        chartLabel: (e) => e.chartLabel?.[locale],
      });
      const common = { title: undefined, subtitle: undefined, notes: [], sources: sampleStory.sources };
      const words = curveWords({
        story: sampleStory,
        model,
        options,
        locale: resolveLocale(locale),
        storyLocale: locale,
        common,
        warn,
      });
      const tooltips = model.points.map(words.pointLabel);
      expect(tooltips).toHaveLength(7);
      expect(tooltips.join("\n").match(STORY_WORDS)?.[0]).toBeUndefined();
      const noon27 = tooltips[model.points.findIndex((p) => p.point.id === "crossed-0327-1200")];
      expect(noon27).toBe(
        locale === "en"
          ? "15,300 — 27 Mar 2022, 12:00 (Central European time, UTC+2). Border agency"
          : "15\u202f300 — 27 mars 2022, 12:00 (heure d’Europe centrale, UTC+2). Agence des frontières",
      );
    }
  });

  it("two counts 24 h apart on the wall clock across the spring change are drawn 23 h apart", () => {
    const figure = render(sampleStory, { width: 1024 });
    // The border agency's counts to the minute: the filled markers of the main series, in time order.
    const filled = [...figure.querySelectorAll("svg [aria-label='dot']")][0];
    const cx = [...(filled?.querySelectorAll("circle") ?? [])].map((c) => Number(c.getAttribute("cx")));
    const ids = sampleStory.refugees
      .filter((r) => r.claimant === "border-agency" && r.timeLocal)
      .map((r) => r.id);
    expect(ids).toEqual([
      "crossed-0325-0800",
      "crossed-0325-2000",
      "crossed-0326-1200",
      "crossed-0327-1200",
      "crossed-0330-1000",
    ]);
    expect(cx).toHaveLength(5);
    const [a, b, c, d] = cx as [number, number, number, number];
    // 08:00 → 20:00 on 25 March (both UTC+1) is 12 hours: the axis' pixels per hour.
    const perHour = (b - a) / 12;
    expect((d - c) / perHour).toBeCloseTo(23, 1);
    // The table says which offset each clock time is in.
    const table = figure.querySelector("table")?.textContent ?? "";
    expect(table).toContain("12:00 (UTC+1)");
    expect(table).toContain("12:00 (UTC+2)");
  });

  it("the zone's name comes with the offsets in force in the window", () => {
    const subtitle = (domain: [string, string]) =>
      render(sampleStory, { domain }).querySelector(".k23-subtitle")?.textContent ?? "";
    expect(subtitle(["2022-03-20", "2022-03-26"])).toMatch(/; Central European time \(UTC\+1\)$/);
    expect(subtitle(["2022-03-20", "2022-04-02"])).toMatch(/; Central European time \(UTC\+1 → UTC\+2\)$/);
    // Over years, each offset once.
    expect(subtitle(["2021-01-01", "2023-12-31"])).toMatch(/; Central European time \(UTC\+1 \/ UTC\+2\)$/);
  });

  it("an event's day that only touches the window is not drawn; one cut by it is drawn inside it", () => {
    const eventRows = (figure: HTMLElement) =>
      [...(figure.querySelectorAll(".k23-table table")[1]?.querySelectorAll("tbody tr") ?? [])].map(
        (r) => r.querySelectorAll("td")[2]?.textContent,
      );
    // The window ends at midnight 28 March, where the bridge collapse's day begins.
    expect(eventRows(render(sampleStory, { domain: ["2022-03-27", "2022-03-27"] }))).toEqual(["Summer time"]);
    const cut = render(sampleStory, {
      domain: [new Date("2022-03-28T10:00:00Z"), new Date("2022-03-29T10:00:00Z")],
      width: 640,
    });
    expect(eventRows(cut)).toEqual(["Bridge collapse"]);
    const band = cut.querySelector("svg [aria-label='rect'] rect");
    const x = Number(band?.getAttribute("x"));
    const width = Number(band?.getAttribute("width"));
    expect(x + width).toBeLessThanOrEqual(640);
    expect(x).toBeGreaterThan(0);
  });

  it("a story without events has no annotations; without a population count, no population line", () => {
    const bare: Story = {
      ...sampleStory,
      events: [],
      refugees: sampleStory.refugees.filter((r) => r.metric !== "valley-population"),
    };
    const figure = render(bare);
    expect([...figure.querySelectorAll("svg text")].some((t) => t.querySelector("title"))).toBe(false);
    expect(texts(figure, "svg text").join("|")).not.toMatch(/Population before|counted/);
    // The window is then the counts' own days: 25 to 30 March.
    const ticks = texts(figure, "svg [aria-label='x-axis tick label'] text");
    expect(ticks[0]).toBe("25 Mar");
    expect(ticks.at(-1)).toBe("31 Mar");
    expect(warn).not.toHaveBeenCalled();
  });

  it("a count whose metric is not in the story's vocabulary warns, naming it, and is left out", () => {
    const stray = { ...sampleStory.refugees[0], id: "stray", metric: "arrived-in-armenia" } as never;
    const figure = render({ ...sampleStory, refugees: [...sampleStory.refugees, stray] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /claim "stray" is not drawn: metric "arrived-in-armenia" is not in data.vocabulary.refugeeMetrics \(crossed-border, valley-population\)/,
    );
    expect(figure.querySelector(".k23-message")).toBeNull();
    expect(figure.querySelector("table")?.querySelectorAll("tbody tr")).toHaveLength(7);
  });

  it("a claimant or event missing a label in the locale is a clear error, never a raw id", () => {
    const noFrName: Story = {
      ...sampleStory,
      claimants: sampleStory.claimants.map((c) =>
        c.id === "border-agency" ? { ...c, name: { en: "Border agency" } } : c,
      ),
    };
    expect(() => render(noFrName, { locale: "fr" })).toThrow(
      /^claimant border-agency name has no "fr" text$/,
    );
    const noFrLabel: Story = {
      ...sampleStory,
      events: sampleStory.events.map((e) =>
        e.id === "assault-begins" ? { ...e, chartLabel: { en: "Assault" } } : e,
      ),
    };
    expect(() => render(noFrLabel, { locale: "fr" })).toThrow(
      /^event assault-begins chartLabel has no "fr" text$/,
    );
  });
});

describe("refugeeCurve() options desks asked for", () => {
  it("refugeeCurve(undefined, {highlight: ['unhcr']}) mutes the rest and names UNHCR in the summary", () => {
    const plain = render();
    const figure = render(undefined, { highlight: ["unhcr", "arrived-100417-0930"] });
    const muted = [...figure.querySelectorAll("svg [aria-label='dot']")].filter((g) =>
      g.getAttribute("stroke-opacity"),
    );
    expect(muted.length).toBeGreaterThan(0);
    expect(figure.querySelector("svg [aria-label='line']")?.getAttribute("stroke-opacity")).toBe("0.25");
    expect(plain.querySelector("svg [aria-label='line']")?.getAttribute("stroke-opacity")).toBeNull();
    const summary = figure.querySelector("[id$='-summary']")?.textContent ?? "";
    expect(summary).toMatch(
      / Highlighted: UNHCR, the UN Refugee Agency and 100,417 on 30 Sept 2023 \(Nazeli Baghdasaryan/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("a highlight id matching no count warns once, naming it", () => {
    render(undefined, { highlight: ["unhcrr"] });
    render(undefined, { highlight: ["unhcrr"] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/highlight "unhcrr" matches no count or claimant/);
  });

  it("legend: false draws no legend; the summary and table still name every claimant", () => {
    expect(render().querySelector(".k23-legend")).not.toBeNull();
    const figure = render(undefined, { legend: false });
    expect(figure.querySelector(".k23-legend")).toBeNull();
    expect(figure.querySelector("table")?.textContent).toContain("UNHCR");
  });

  it("height: 200 makes the SVG 200 px tall; the default is taller", () => {
    const svgHeight = (figure: Element) =>
      Number(figure.querySelector(".k23-plot svg")?.getAttribute("height"));
    expect(svgHeight(render(undefined, { height: 200 }))).toBe(200);
    expect(svgHeight(render())).toBeGreaterThan(300);
  });

  it("a misspelt option warns once, naming the nearest valid one", () => {
    render(undefined, { anotations: false } as never);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /unknown option "anotations" is ignored \(did you mean "annotations"\?\)/,
    );
  });
});
