/**
 * Right-to-left: every chart in Arabic (the test table of tests/charts/fixtures/ar.ts, the
 * Karabakh story with the test texts of fixtures/ar-story.ts). The figure says `dir="rtl"`; the
 * plot keeps its left-to-right geometry and gives each Arabic label a right-to-left base
 * direction of its own; Latin names inside Arabic text are isolated. One snapshot per chart
 * (`__snapshots__/rtl/<chart>-ar.html`). The browser suite measures the same figures
 * (tests/browser/rtl.test.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS, CHARTS, figureCss, registerLocale } from "../../packages/charts/src/index.js";
import { ar } from "./fixtures/ar.js";
import { karabakhInArabic } from "./fixtures/ar-story.js";
import { matchSnapshot, newDocument } from "./snapshot-utils.js";

const RLE = "\u202b";
const PDF = "\u202c";
const ARABIC = /\p{Script=Arabic}/u;

const draw = (chart: (typeof CHART_IDS)[number], width = 640, locale = "ar") =>
  CHARTS[chart].draw(karabakhInArabic, { locale, width, document: newDocument(), idPrefix: `k23-${chart}` });

beforeAll(() => registerLocale("ar", ar));

describe.each(CHART_IDS)("%s in Arabic", (chart) => {
  it("is a right-to-left figure in Arabic, drawn as its snapshot", async () => {
    const figure = draw(chart);
    expect([figure.getAttribute("lang"), figure.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(figure.querySelector(".k23-legend")?.getAttribute("aria-label")).toBe("مفتاح الرسم");
    await matchSnapshot(figure, `rtl/${chart}-ar`);
  });

  it("keeps the plot's geometry and gives each Arabic label its own right-to-left run", () => {
    const svg = draw(chart).querySelector(".k23-plot svg");
    expect(svg?.getAttribute("direction")).toBe("ltr");
    const runs = [...(svg?.querySelectorAll("text, tspan") ?? [])].flatMap((el) =>
      [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => (n as Text).data),
    );
    const arabic = runs.filter((run) => ARABIC.test(run));
    expect(arabic.length).toBeGreaterThan(0);
    for (const run of arabic) expect([run.at(0), run.at(-1)]).toEqual([RLE, PDF]);
    // Tick labels and other Latin-only runs are left as they are.
    for (const run of runs.filter((r) => !ARABIC.test(r))) expect(run).not.toContain(RLE);
  });

  it("isolates the publishers of the source line and lets a Latin table cell keep its direction", () => {
    const figure = draw(chart);
    const links = [...figure.querySelectorAll(".k23-sources a")];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.parentElement?.tagName.toLowerCase()).toBe("bdi");
    const cells = [...figure.querySelectorAll(".k23-table td:not(.k23-num)")];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.getAttribute("dir")).toBe("auto");
  });
});

describe("the same charts in a left-to-right locale", () => {
  it.each(CHART_IDS)("%s: no isolate, no bdi, no dir=auto (output unchanged)", (chart) => {
    const figure = draw(chart, 640, "en");
    expect(figure.getAttribute("dir")).toBe("ltr");
    expect(figure.querySelector(".k23-plot svg")?.getAttribute("direction")).toBeNull();
    expect(figure.textContent).not.toContain(RLE);
    expect(figure.querySelector("bdi, td[dir]")).toBeNull();
  });
});

describe("text a right-to-left reader reads", () => {
  it("casualtyComparison at 320 px breaks an attribution after the table's own comma (،)", () => {
    const svg = draw("casualties", 320).querySelector(".k23-plot svg");
    const lines = [...(svg?.querySelectorAll("tspan") ?? [])].map((t) => t.textContent ?? "");
    const broken = lines.filter((line) => /[،,]\u202c?$/.test(line));
    expect(broken.length).toBeGreaterThan(0);
    for (const line of broken) expect(line).toMatch(/،\u202c?$/);
  });

  it("the stylesheet aligns the chrome to the start of the line, so it mirrors under dir=rtl", () => {
    expect(figureCss).not.toMatch(/text-align: left|padding-left/);
    expect(figureCss).toMatch(/\.k23-notes \{ padding-inline-start/);
  });

  it("numbers and dates are Intl's for ar, in Arabic words", () => {
    const figure = draw("refugees");
    const axis = [...figure.querySelectorAll(".k23-plot svg text")].map((t) => t.textContent).join("|");
    expect(axis).toContain(new Intl.NumberFormat("ar").format(100000));
    expect(axis).toContain(
      `${RLE}${new Intl.DateTimeFormat("ar", { day: "numeric", month: "short", timeZone: "Asia/Yerevan" }).format(new Date("2023-09-20T12:00:00Z"))}${PDF}`,
    );
  });
});
