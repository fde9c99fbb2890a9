import {
  karabakh,
  population,
  type RefugeeCount,
  refugeeSeries,
  type Story,
  zonedInstant,
} from "@karabakh2023/data";
import { describe, expect, it } from "vitest";
import { formatters } from "../../packages/charts/src/figure/format.js";
import { textWidth } from "../../packages/charts/src/figure/text.js";
import { resolveLocale } from "../../packages/charts/src/locales/registry.js";
import { layoutCurve, type MarkText } from "../../packages/charts/src/refugee-curve/layout.js";
import { curvePlotOptions } from "../../packages/charts/src/refugee-curve/marks.js";
import { buildModel } from "../../packages/charts/src/refugee-curve/model.js";
import { normalizeOptions } from "../../packages/charts/src/refugee-curve/options.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";

const count = (
  id: string,
  date: string,
  time: Partial<RefugeeCount>,
  value: number,
  claimant = "gov",
): RefugeeCount => ({
  id,
  date,
  value,
  qualifier: "exact",
  metric: "arrived-in-armenia",
  claimant,
  certainty: "high",
  sources: ["s"],
  ...time,
});
const markText = (tag: "en" | "fr", zone: string): MarkText => {
  return {
    ticks: formatters(resolveLocale(tag)).local(zone),
    number: String,
    xLabel: "time",
  };
};
const text = markText("en", "Asia/Yerevan");
const labels = (locale: "en" | "fr") => ({
  label: (e: { label: Record<string, string> }) => e.label[locale] ?? "",
  chartLabel: (e: { chartLabel?: Record<string, string> }) => e.chartLabel?.[locale],
});
const modelOf = (
  story: Story,
  data: readonly RefugeeCount[],
  options = {},
  highlight = new Set<string>(),
) => {
  const o = normalizeOptions(options, story, data);
  return buildModel(
    refugeeSeries(o.metric.id, undefined, data, story.timeZone.id),
    o,
    labels("en"),
    highlight,
  );
};
const model = (data: RefugeeCount[], options = {}) => modelOf(karabakh, data, options);

describe("refugee-curve marks (pure)", () => {
  it("a count at 20:00 Yerevan is placed after one at 15:00 the same day", () => {
    const m = model([
      count("late", "2023-09-27", { timeLocal: "20:00" }, 2),
      count("early", "2023-09-27", { timeLocal: "15:00" }, 1),
    ]);
    expect(m.points.map((p) => p.point.id)).toEqual(["early", "late"]);
    const layout = layoutCurve(m, 640, text);
    const x = (at: Date) =>
      layout.marginLeft +
      ((at.getTime() - m.domain[0].getTime()) / (m.domain[1].getTime() - m.domain[0].getTime())) *
        (640 - layout.marginLeft - layout.marginRight);
    const [early, late] = m.points;
    expect(early && late && x(late.point.at) - x(early.point.at)).toBeGreaterThan(5);
    // 15:00 in Yerevan is 11:00 UTC.
    expect(early?.point.at.toISOString()).toBe("2023-09-27T11:00:00.000Z");
  });

  it("the share of the pre-war population is computed from the data", () => {
    const m = model(
      [count("a", "2023-09-25", { timeLocal: "12:00" }, 4850), count("b", "2023-10-03", {}, 60_000)],
      {
        claimants: ["gov"],
        population: { ...population, value: 80_000 },
      },
    );
    expect(m.population?.share).toBeCloseTo(0.75, 10);
    expect(m.peak?.point.id).toBe("b");
  });

  it("disputed same-day figures stay separate attributed points", () => {
    const m = model(
      [
        count("x", "2023-09-30", { timeOfDay: "morning" }, 100_437, "armenpress"),
        count("y", "2023-09-30", {}, 100_417, "gov"),
      ],
      { claimants: ["gov"] },
    );
    expect(m.points.map((p) => [p.point.value, p.point.claimant, p.main])).toEqual([
      [100_437, "armenpress", false],
      [100_417, "gov", true],
    ]);
    expect(m.claimants.find((c) => c.id === "armenpress")?.symbol).toBe("diamond2");
    expect(m.points.every((p) => p.hollow)).toBe(true);
  });

  it("counts outside the domain are listed, never silently dropped", () => {
    const m = model([
      count("in", "2023-09-26", { timeLocal: "20:00" }, 1),
      count("out", "2024-02-01", {}, 9, "unhcr"),
    ]);
    expect(m.points.map((p) => p.point.id)).toEqual(["in"]);
    expect(m.outside.map((p) => p.id)).toEqual(["out"]);
    expect(m.mainOutside).toBe(false);
  });

  it("a decrease is flagged only when the order in time is certain", () => {
    const certain = model([
      count("a", "2023-09-26", { timeLocal: "08:00" }, 5),
      count("b", "2023-09-26", { timeLocal: "10:00" }, 4),
    ]);
    expect(certain.decreasing).toEqual(["gov"]);
    const uncertain = model([
      count("a", "2023-09-30", { timeOfDay: "morning" }, 5),
      count("b", "2023-09-30", {}, 4),
    ]);
    expect(uncertain.decreasing).toEqual([]);
  });

  it("the line goes through the main series only and stops at its last count", () => {
    const m = model(
      [
        count("a", "2023-09-25", { timeLocal: "12:00" }, 1),
        count("b", "2023-09-26", { timeLocal: "12:00" }, 2),
        count("u", "2023-09-27", {}, 3, "unhcr"),
      ],
      { claimants: ["gov"] },
    );
    expect(m.line.map((p) => p.point.id)).toEqual(["a", "b"]);
    const plot = curvePlotOptions(m, layoutCurve(m, 640, text), text);
    const lines = (plot.marks ?? []).filter((mark) => (mark as { ariaLabel?: string }).ariaLabel === "line");
    expect(lines).toHaveLength(1);
    expect((lines[0] as unknown as { data: unknown[] }).data).toHaveLength(2);
  });

  it("at 320 px ticks are sparser and annotation labels stack in more rows than at 1024 px", () => {
    const m = model([count("a", "2023-09-25", { timeLocal: "12:00" }, 1)]);
    const narrow = layoutCurve(m, 320, text);
    const wide = layoutCurve(m, 1024, text);
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(narrow.marginTop).toBeGreaterThan(wide.marginTop);
    // Every label fits inside the chart's width.
    for (const l of narrow.labels) expect(l.lines.length).toBeLessThanOrEqual(2);
  });

  for (const locale of ["en", "fr"] as const) {
    it(`short ${locale} labels of the default events: no overlap, no connector under a label, inside the figure, at 320 to 1024 px`, () => {
      const data = [count("a", "2023-09-25", { timeLocal: "12:00" }, 1)];
      const o = normalizeOptions({}, karabakh, data);
      const m = buildModel(refugeeSeries(o.metric.id, undefined, data), o, labels(locale));
      const short = karabakh.events.flatMap((e) => (e.chartLabel?.[locale] ? [e.chartLabel[locale]] : []));
      expect(short).toHaveLength(4);
      expect(m.annotations.map((a) => a.label)).toEqual(short);
      for (const width of [320, 360, 414, 480, 640, 768, 1024]) {
        const layout = layoutCurve(m, width, text);
        const plotWidth = width - layout.marginLeft - layout.marginRight;
        const [d0, d1] = m.domain;
        const boxes = layout.labels.map((l) => {
          const px =
            layout.marginLeft + ((l.x.getTime() - d0.getTime()) / (d1.getTime() - d0.getTime())) * plotWidth;
          const w = Math.max(...l.lines.map((line) => textWidth(line, layout.fontSize)));
          const [from, to] = l.anchor === "start" ? [px + 3, px + 3 + w] : [px - 3 - w, px - 3];
          // Rows from the frame up: the label's top is `offset` above the frame.
          const top = Math.round(l.offset / layout.lineHeight);
          return { id: l.id, px, from, to, top, bottom: top - l.lines.length + 1, lines: l.lines };
        });
        expect(boxes).toHaveLength(4);
        for (const b of boxes) {
          expect(b.lines.join(" "), `${width}px`).not.toContain("…");
          expect(b.from, `${b.id} at ${width}px`).toBeGreaterThanOrEqual(0);
          expect(b.to, `${b.id} at ${width}px`).toBeLessThanOrEqual(width);
          for (const o of boxes) {
            if (o === b) continue;
            const sameRows = b.bottom <= o.top && o.bottom <= b.top;
            if (sameRows)
              expect(b.to <= o.from || o.to <= b.from, `${b.id} overlaps ${o.id} at ${width}px`).toBe(true);
            // A connector runs from the frame up to its label: never through or under another label.
            else
              expect(b.px < o.from || b.px > o.to, `${b.id}'s connector meets ${o.id} at ${width}px`).toBe(
                true,
              );
          }
        }
      }
    });
  }
});

describe("refugee-curve time axis", () => {
  const warsaw = sampleStory.timeZone.id;
  const layoutFor = (domain: [string, string], width: number, locale: "en" | "fr" = "en") => {
    const m = modelOf(sampleStory, sampleStory.refugees, { domain, annotations: false });
    const layout = layoutCurve(m, width, markText(locale, warsaw));
    const plotWidth = width - layout.marginLeft - layout.marginRight;
    const px = (t: Date) =>
      ((t.getTime() - m.domain[0].getTime()) / (m.domain[1].getTime() - m.domain[0].getTime())) * plotWidth;
    return { m, layout, px };
  };
  /** Tick labels never collide: each pair of neighbours stands a label's width apart. */
  const expectReadable = ({ layout, px }: ReturnType<typeof layoutFor>) => {
    const widths = layout.xTickLabels.map((l) => textWidth(l, layout.fontSize));
    for (const [i, t] of layout.xTicks.entries()) {
      if (i === 0) continue;
      const gap = px(t) - px(layout.xTicks[i - 1] as Date);
      expect(gap, layout.xTickLabels.join(" | ")).toBeGreaterThanOrEqual(
        ((widths[i] ?? 0) + (widths[i - 1] ?? 0)) / 2 + 4,
      );
    }
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(layout.grid.length).toBeLessThanOrEqual(70);
  };

  it("the default window of the sample story is its whole local days, DST-correct", () => {
    const [d0, d1] = modelOf(sampleStory, sampleStory.refugees).domain;
    // From midnight 24 March (UTC+1: the "Assault" event) to midnight 31 March (UTC+2).
    expect([d0.toISOString(), d1.toISOString()]).toEqual([
      "2022-03-23T23:00:00.000Z",
      "2022-03-30T22:00:00.000Z",
    ]);
  });

  it("a one-day window (the 23-hour day of the change) ticks local hours", () => {
    for (const width of [320, 640, 1024]) {
      const l = layoutFor(["2022-03-27", "2022-03-27"], width);
      expect(l.layout.tickUnit).toBe("hour");
      expectReadable(l);
      expect(l.layout.xTickLabels[0]).toBe("27 Mar");
      expect(l.layout.xTickLabels.at(-1)).toBe("28 Mar");
      for (const label of l.layout.xTickLabels.slice(1, -1)) expect(label).toMatch(/^\d\d:00$/);
    }
    const noon = layoutFor(["2022-03-27", "2022-03-27"], 1024).layout.xTicks.find(
      (t) => t.getTime() === zonedInstant("2022-03-27", "12:00", warsaw).getTime(),
    );
    // Noon in summer time is 10:00 UTC: placed by the zone, not by a fixed offset.
    expect(noon?.toISOString()).toBe("2022-03-27T10:00:00.000Z");
  });

  it("a two-week window ticks local midnights over a faint line per day", () => {
    for (const width of [320, 640, 1024]) {
      const l = layoutFor(["2022-03-20", "2022-04-02"], width);
      expect(l.layout.tickUnit).toBe("day");
      expectReadable(l);
      expect(l.layout.grid).toHaveLength(15);
      for (const t of l.layout.xTicks)
        expect(formatters(resolveLocale("en")).local(warsaw).dateTime(t)).toMatch(/, 00:00$/);
    }
    expect(layoutFor(["2022-03-20", "2022-04-02"], 1024).layout.xTickLabels.slice(0, 2)).toEqual([
      "20 Mar",
      "21 Mar",
    ]);
  });

  it("a four-month window ticks weeks or months, never a line per day at 320 px", () => {
    for (const width of [320, 640, 1024]) {
      const l = layoutFor(["2022-03-01", "2022-06-30"], width);
      expect(["day", "month"]).toContain(l.layout.tickUnit);
      expectReadable(l);
      expect(l.layout.xTicks.length).toBeLessThanOrEqual(18);
    }
    const narrow = layoutFor(["2022-03-01", "2022-06-30"], 320, "fr").layout;
    expect(narrow.tickUnit).toBe("month");
    // Months, the year on the first: "mars 2022", "mai", "juil." (every other month fits 320 px).
    expect(narrow.xTickLabels[0]).toBe("mars 2022");
    for (const label of narrow.xTickLabels.slice(1)) expect(label).toMatch(/^\p{L}+\.?$/u);
    expect(narrow.grid).toEqual(narrow.xTicks);
  });

  it("a three-year window ticks months or years and shows every year", () => {
    for (const width of [320, 640, 1024]) {
      const l = layoutFor(["2021-01-01", "2023-12-31"], width);
      expect(["month", "year"]).toContain(l.layout.tickUnit);
      expectReadable(l);
      const text = l.layout.xTickLabels.join(" ");
      for (const year of ["2021", "2022", "2023"]) expect(text).toContain(year);
      expect(l.layout.grid.length).toBeLessThanOrEqual(37);
    }
    expect(layoutFor(["2021-01-01", "2023-12-31"], 320).layout.xTickLabels).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
  });
});
