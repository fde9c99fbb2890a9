/**
 * `renderHtml()` and `karabakh2023-render --format html` in Node: what a CMS gets to paste, and
 * the errors a desk gets for a wrong option, each naming the option (or flag) and the value.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markupDigest, prerenderKey, readConfig, sampleStory } from "@karabakh2023/charts";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { main } from "../../packages/embed/src/cli.js";
import { renderHtml } from "../../packages/embed/src/html.js";

const parse = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe("renderHtml", () => {
  test('renderHtml({chart: "refugees", locale: "fr", attributes: {theme: "dark"}}) writes the element the page will read', () => {
    const html = renderHtml({ chart: "refugees", locale: "fr", width: 600, attributes: { theme: "dark" } });
    const element = parse(html).querySelector("karabakh-chart") as Element;
    expect(element.getAttribute("chart")).toBe("refugees");
    expect(element.getAttribute("lang")).toBe("fr");
    expect(element.getAttribute("theme")).toBe("dark");
    const figure = element.querySelector("figure") as Element;
    expect(figure.getAttribute("data-theme")).toBe("dark");
    expect(figure.getAttribute("lang")).toBe("fr");
    expect(figure.getAttribute("data-k23-width")).toBe("600");
    // The key the element computes from the same attributes and the built-in story.
    const config = readConfig((name) => element.getAttribute(name));
    expect(figure.getAttribute("data-k23-key")).toBe(prerenderKey("refugees", config.options, undefined));
    expect(figure.getAttribute("data-k23-digest")).toBe(markupDigest(figure));
    // No style attributes (a strict CSP drops them): Plot's are rules of a <style> in the figure.
    expect(figure.querySelectorAll("[style]")).toHaveLength(0);
    expect(figure.querySelector("[data-k23-style]")).not.toBeNull();
    // Complete for a reader without JavaScript, and no tab stop that only a script could keep.
    expect(figure.querySelector(".k23-title")?.textContent).toMatch(/exode/i);
    expect(figure.querySelectorAll(".k23-table tbody tr").length).toBeGreaterThan(5);
    expect(figure.querySelector(".k23-data-link a")?.getAttribute("href")).toMatch(/^data:text\/csv/);
    expect(figure.querySelector(".k23-plot")?.hasAttribute("tabindex")).toBe(false);
    const points = JSON.parse(figure.querySelector(".k23-plot")?.getAttribute("data-k23-points") ?? "");
    expect(points.width).toBe(600);
    expect(points.points.length).toBeGreaterThan(5);
  });

  test("renderHtml({nonce}) puts the nonce on every <style> and on the element; {styles: false} leaves the stylesheet out", () => {
    const doc = parse(renderHtml({ chart: "casualties", nonce: "abc123" }));
    const styles = [...doc.querySelectorAll("style")];
    expect(styles.length).toBeGreaterThan(1);
    for (const style of styles) expect(style.getAttribute("nonce")).toBe("abc123");
    expect(doc.querySelector("karabakh-chart")?.getAttribute("nonce")).toBe("abc123");
    const bare = parse(renderHtml({ chart: "casualties", styles: false }));
    expect(bare.querySelector("karabakh-chart > style")).toBeNull();
  });

  test("renderHtml({data}) writes the data as an inline JSON block the element draws from, the same rows in the table", () => {
    const html = renderHtml({ chart: "reactions", data: sampleStory });
    const element = parse(html).querySelector("karabakh-chart") as Element;
    const block = element.querySelector(':scope > script[type="application/json"]');
    expect(JSON.parse(block?.textContent ?? "")).toEqual(JSON.parse(JSON.stringify(sampleStory)));
    const rows = element.querySelectorAll(".k23-table table:first-of-type tbody tr").length;
    expect(rows).toBe(sampleStory.reactions.length);
    // With src, the element fetches the file: no block.
    const fetched = parse(
      renderHtml({ chart: "reactions", data: sampleStory, attributes: { src: "/story.json" } }),
    );
    expect(fetched.querySelector('script[type="application/json"]')).toBeNull();
  });

  test.each([
    [{ chart: "pie" }, 'invalid chart: "pie"'],
    [{ chart: "refugees", width: 100 }, "invalid width: 100"],
    [{ chart: "refugees", locale: "de" }, "invalid locale: de"],
    [{ chart: "refugees", attributes: { colour: "red" } }, 'invalid attributes.colour: "red"'],
    [{ chart: "refugees", attributes: { lang: "fr" } }, "use the locale option"],
    [
      { chart: "refugees", attributes: { theme: "sepia" } },
      'invalid attributes.theme: invalid attribute theme="sepia"',
    ],
    [
      { chart: "refugees", attributes: { inset: "true" } },
      'invalid attributes.inset: "true" (does not apply to chart "refugees")',
    ],
    [{ chart: "refugees", width: 600, attributes: { width: "500" } }, "invalid width: 600"],
    [
      { chart: "refugees", attributes: { src: "/x.json" } },
      'attributes.src="/x.json" is drawn by the element',
    ],
    [{ chart: "refugees", nonce: '"><script>' }, "invalid nonce"],
    [{ chart: "refugees", data: { id: "x" } }, "invalid data"],
  ])("renderHtml(%j) throws a RangeError: %s", (options, message) => {
    expect(() => renderHtml(options as never)).toThrow(RangeError);
    expect(() => renderHtml(options as never)).toThrow(message);
  });
});

describe("karabakh2023-render --format html", () => {
  const run = (...args: string[]) => {
    let err = "";
    const code = main(args, { out: () => {}, err: (s) => (err += s) });
    return { code, err };
  };

  test("--format html --attr highlight=… --theme auto writes the element with those attributes", () => {
    const out = join(mkdtempSync(join(tmpdir(), "k23-html-")), "refugees.html");
    const { code, err } = run(
      "--chart",
      "refugees",
      "--format",
      "html",
      "--theme",
      "auto",
      "--attr",
      "chart-title=Arrivals",
      "--out",
      out,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const element = parse(readFileSync(out, "utf8")).querySelector("karabakh-chart") as Element;
    expect(element.getAttribute("theme")).toBe("auto");
    expect(element.querySelector(".k23-title")?.textContent).toBe("Arrivals");
  });

  test.each([
    [["--chart", "refugees", "--out", "x.txt"], 'invalid --out: "x.txt"'],
    [["--chart", "refugees", "--format", "pdf", "--out", "x.html"], 'invalid --format: "pdf"'],
    [["--chart", "refugees", "--format", "html", "--out", "x.svg"], "a .svg file, but --format is html"],
    [
      ["--chart", "refugees", "--scale", "2", "--out", "x.html"],
      "invalid --scale: does not apply to --format html",
    ],
    [
      ["--chart", "refugees", "--attr", "theme", "--out", "x.html"],
      'invalid --attr: "theme" (expected name=value)',
    ],
    [["--chart", "refugees", "--attr", "colour=red", "--out", "x.html"], 'invalid --attr colour: "red"'],
    [
      ["--chart", "refugees", "--nonce", "n", "--out", "x.svg"],
      "invalid --nonce: applies to --format html only",
    ],
  ])("%j exits 2 naming the flag: %s", (args, message) => {
    const { code, err } = run(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
