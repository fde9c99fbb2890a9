/**
 * The proof that the charts are story-agnostic: the illustrative sample story (another time zone
 * with a DST change inside its window, its own parties, categories, region and events) drawn by
 * every chart of the registry, through the functions and through the static renderer, says no
 * word of the flagship story, and places its instants as its own zone requires.
 */
import { CHART_IDS, CHARTS, sampleStory } from "@karabakh2023/charts";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../packages/embed/src/render.js";

/** The flagship story's words, in English and French, that another story must never show. */
const FLAGSHIP_WORDS = [
  "armenia",
  "arménie",
  "armenian",
  "arménien",
  "azerbaijan",
  "azerbaïdjan",
  "karabakh",
  "karabagh",
  "artsakh",
  "yerevan",
  "erevan",
  "caucasus",
  "caucase",
];

const newDocument = () =>
  parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;

/** Everything a reader, a screen reader or a downloader gets: markup, attributes, CSV links. */
function readerOutput(figure: Element): string {
  const html = figure.outerHTML;
  const csv = [...figure.querySelectorAll("a[href^='data:']")].map((a) =>
    decodeURIComponent((a.getAttribute("href") ?? "").replace(/^data:[^,]*,/, "")),
  );
  return [html, ...csv].join("\n").toLowerCase();
}

function flagshipWordsIn(text: string): string[] {
  return FLAGSHIP_WORDS.filter((word) => text.includes(word));
}

describe("the sample story, drawn by every chart", () => {
  for (const chart of CHART_IDS) {
    for (const locale of ["en", "fr"] as const) {
      it(`CHARTS.${chart}.draw(sampleStory, {locale: "${locale}"}) shows no word of the Karabakh story`, () => {
        const figure = CHARTS[chart].draw(sampleStory, { locale, document: newDocument(), width: 640 });
        const output = readerOutput(figure);
        // It draws (a plot, not the empty-data message), and it says its data are illustrative.
        expect(figure.querySelector("svg"), chart).not.toBeNull();
        expect(output).toContain(locale === "en" ? "illustrative sample data" : "données d’exemple");
        expect(flagshipWordsIn(output), chart).toEqual([]);
      });

      it(`renderSvg({chart: "${chart}", data: sampleStory, locale: "${locale}"}) shows no word of the Karabakh story`, () => {
        const svg = renderSvg({ chart, data: sampleStory, locale, width: 800 }).toLowerCase();
        expect(svg).toContain("<svg");
        expect(flagshipWordsIn(svg), chart).toEqual([]);
      });
    }
  }
});

describe("the sample story's instants, in Europe/Warsaw", () => {
  /** Plot's x scale of the curve (Plot attaches `scale()` to the SVG it returns). */
  function xScale(figure: Element): (at: Date) => number {
    const svg = [...figure.querySelectorAll("svg")].find(
      (el) => typeof (el as unknown as { scale?: unknown }).scale === "function",
    ) as unknown as { scale(name: "x"): { apply(v: Date): number } } | undefined;
    if (!svg) throw new Error("no Plot SVG with a scale() in the figure");
    const x = svg.scale("x");
    return (at) => x.apply(at);
  }
  const markerXs = (figure: Element) =>
    [...figure.querySelectorAll("svg circle")].map((c) => Number(c.getAttribute("cx")));

  it("refugeeCurve(sampleStory) puts 12:00 on 26 and 27 March 2022 23 h apart on the axis (clocks go forward)", () => {
    const figure = CHARTS.refugees.draw(sampleStory, { locale: "en", document: newDocument(), width: 1024 });
    const x = xScale(figure);
    const xs = markerXs(figure);
    const near = (target: number) => xs.some((cx) => Math.abs(cx - target) < 0.5);
    // 12:00 in Warsaw: 11:00 UTC on the 26th (UTC+1), 10:00 UTC on the 27th (UTC+2).
    const before = new Date("2022-03-26T11:00:00Z");
    const after = new Date("2022-03-27T10:00:00Z");
    expect(near(x(before)), "marker at 26 March 12:00 local").toBe(true);
    expect(near(x(after)), "marker at 27 March 12:00 local").toBe(true);
    // A fixed offset would have put the second one 24 h after the first.
    expect(near(x(new Date(before.getTime() + 24 * 3_600_000))), "no marker 24 h later").toBe(false);
    const perHour = (x(after) - x(before)) / 23;
    expect(perHour).toBeGreaterThan(0);
  });
});
