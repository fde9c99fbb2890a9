import { claimants, events, population, type RefugeeCount, refugeeSeries } from "@karabakh2023/data";
import { describe, expect, it } from "vitest";
import { textWidth } from "../../packages/charts/src/figure/text.js";
import { refugeeCurveText } from "../../packages/charts/src/messages.js";
import { buildModel, curvePlotOptions, layoutCurve } from "../../packages/charts/src/refugee-curve/marks.js";
import { normalizeOptions } from "../../packages/charts/src/refugee-curve/options.js";

const defaults = { claimants, events, population };
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
const text = { tick: (d: Date) => d.toISOString().slice(5, 10), number: String, xLabel: "time" };
const model = (data: RefugeeCount[], options = {}) =>
  buildModel(
    refugeeSeries("arrived-in-armenia", undefined, data),
    normalizeOptions(options, defaults),
    (e) => e.label.en,
  );

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
      const short: Record<string, string> = refugeeCurveText[locale].annotationLabels;
      const m = buildModel(
        refugeeSeries("arrived-in-armenia", undefined, [count("a", "2023-09-25", { timeLocal: "12:00" }, 1)]),
        normalizeOptions({}, defaults),
        (e) => e.label[locale],
        (e) => short[e.id],
      );
      expect(m.annotations.map((a) => a.label)).toEqual(Object.values(short));
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
