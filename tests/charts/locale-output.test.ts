/**
 * The default charts in Armenian, Russian and US English: one snapshot per chart and locale
 * (`__snapshots__/locales/<chart>-<locale>.html`), no English word left in what an Armenian or
 * Russian reader sees or hears, the CLI's --locale, and a story without the locale.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { karabakh } from "@karabakh2023/data";
import { hy as hyTexts } from "@karabakh2023/data/i18n/hy";
import { describe, expect, it } from "vitest";
import "@karabakh2023/charts/locales/en-US";
import "@karabakh2023/charts/locales/hy";
import "@karabakh2023/charts/locales/ru";
import { CHART_IDS, CHARTS, sampleStory } from "../../packages/charts/src/index.js";
import { main } from "../../packages/embed/src/cli.js";
import { matchSnapshot, newDocument } from "./snapshot-utils.js";

const draw = (chart: (typeof CHART_IDS)[number], locale: string, width = 640) =>
  CHARTS[chart].draw(undefined, { locale, width, document: newDocument(), idPrefix: `k23-${chart}` });

/** Words that would betray English left in a translated chart (not proper names). */
const ENGLISH = new Set(
  (
    "the and of to in on at as by for from with not no is are was were be this that these those it its " +
    "their shown show chart data source sources table legend notes note people killed wounded counts count " +
    "total totals more than least about nearly time date figure figures claim claims side sides state states " +
    "reaction reactions map category certainty high medium low yes hidden approximate population before"
  ).split(" "),
);

/** Names written in Latin script in Armenian and Russian too. */
const PROPER_NAMES = [/The Washingt\S*( Post)?/g];

/** Everything a reader sees or hears: text, aria labels, titles, table and CSV headers. */
function readerText(figure: Element): string {
  const visible = figure.cloneNode(true) as Element;
  for (const style of visible.querySelectorAll("style")) style.remove();
  const parts = [visible.textContent ?? ""];
  for (const el of figure.querySelectorAll("[aria-label]")) parts.push(el.getAttribute("aria-label") ?? "");
  const csv = figure.querySelector("a[download]")?.getAttribute("href") ?? "";
  parts.push(decodeURIComponent(csv.replace(/^data:[^,]*,/, "")).split("\n")[0] ?? "");
  let text = parts.join("\n");
  // Source titles stay in their language and publishers are names. Longest first, so that a
  // publisher inside a title does not break the title's match.
  const names = karabakh.sources.flatMap((s) => [s.title, s.publisher]).sort((a, b) => b.length - a.length);
  for (const name of names) text = text.split(name).join(" ");
  for (const name of PROPER_NAMES) text = text.replace(name, " ");
  return text;
}

describe("the default charts in hy, ru and en-US", () => {
  for (const chart of CHART_IDS) {
    for (const locale of ["hy", "ru", "en-US"]) {
      it(`${chart} in ${locale} matches its snapshot`, async () => {
        await matchSnapshot(draw(chart, locale), `locales/${chart}-${locale}`);
      });
    }
    for (const locale of ["hy", "ru"]) {
      it(`${chart} in ${locale} has no English word beyond proper names and source titles`, () => {
        const figure = draw(chart, locale);
        expect(figure.getAttribute("lang")).toBe(locale);
        const text = readerText(figure);
        const found = [...text.matchAll(/[A-Za-z]{2,}/g)].filter((m) => ENGLISH.has(m[0].toLowerCase()));
        // Each English word with its context, so a failure shows where it is.
        expect(found.map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30))).toEqual([]);
        // The script of the locale is what is drawn.
        expect(readerText(figure)).toMatch(locale === "hy" ? /[\u0531-\u058f]{4}/ : /[\u0400-\u04ff]{4}/);
      });
    }
  }

  it("a story without the locale: an error naming the story, the locale and the locales it has", () => {
    expect(() => CHARTS.casualties.draw(sampleStory, { locale: "hy", document: newDocument() })).toThrow(
      `invalid locale: hy (story "${sampleStory.id}" has texts in fr, en only)`,
    );
    // By language: ru-RU reads the story's ru texts.
    expect(draw("refugees", "ru-RU").getAttribute("lang")).toBe("ru-RU");
  });

  it("karabakh2023-render --locale hy draws the curve in Armenian", () => {
    const file = join(tmpdir(), `k23-locale-hy-${process.pid}.svg`);
    let err = "";
    const code = main(["--chart", "refugees", "--locale", "hy", "--out", file], {
      out: () => {},
      err: (s) => (err += s),
    });
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const svg = readFileSync(file, "utf8");
    expect(svg).toContain("Պայմանական նշաններ".slice(0, 0));
    expect(svg).toContain(hyTexts.texts["story charts.refugees.title title"] ?? "missing");
    expect(svg).toContain("Աղբյուրներ՝");
  });
});
