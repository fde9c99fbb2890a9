import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, test } from "vitest";
import { main } from "../../packages/embed/src/cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "k23-render-"));
});

function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** Share of pixels that differ from the top-left (background) pixel. */
function inkShare(png: PNG): number {
  const [r, g, b] = png.data;
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] !== r || png.data[i + 1] !== g || png.data[i + 2] !== b) ink++;
  }
  return ink / (png.width * png.height);
}

describe("karabakh2023-render", () => {
  test.each([
    ["casualties", "en", "light"],
    ["refugees", "fr", "dark"],
    ["reactions", "fr", "light"],
  ])(
    "--chart %s --locale %s --theme %s writes a standalone SVG and a PNG of the same picture",
    (chart, locale, theme) => {
      const svgFile = join(dir, `${chart}.svg`);
      const pngFile = join(dir, `${chart}.png`);
      expect(
        run("--chart", chart, "--width", "640", "--theme", theme, "--locale", locale, "--out", svgFile),
      ).toMatchObject({
        code: 0,
        err: "",
      });
      const svg = readFileSync(svgFile, "utf8");
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+"/);
      // No CSS left for a renderer without CSS: no variables, no <style>, no system-ui.
      expect(svg).not.toMatch(/var\(--|<style|system-ui|currentColor/);
      expect(svg).toContain("DejaVu Sans");
      // Every nested plot SVG declares its namespace too.
      expect(svg.match(/<svg/g)?.length).toBe(svg.match(/<svg xmlns=/g)?.length);

      expect(
        run(
          "--chart",
          chart,
          "--width",
          "640",
          "--theme",
          theme,
          "--locale",
          locale,
          "--scale",
          "2",
          "--out",
          pngFile,
        ).code,
      ).toBe(0);
      const png = PNG.sync.read(readFileSync(pngFile));
      const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
      expect([png.width, png.height]).toEqual([1280, svgHeight * 2]);
      expect(inkShare(png)).toBeGreaterThan(0.03);
      // Dark theme has a dark background, light a white one.
      expect(png.data[0]).toBe(theme === "dark" ? 0x16 : 0xff);
    },
  );

  test.each([
    [
      ["--chart", "pie", "--out", "x.svg"],
      'invalid --chart: "pie" (expected one of casualties, refugees, reactions)',
    ],
    [["--chart", "refugees", "--width", "wide", "--out", "x.svg"], 'invalid --width: "wide"'],
    [["--chart", "refugees", "--width", "90", "--out", "x.svg"], "invalid --width: 90"],
    [
      ["--chart", "refugees", "--theme", "auto", "--out", "x.svg"],
      'invalid --theme: "auto" (expected one of light, dark)',
    ],
    [
      ["--chart", "refugees", "--locale", "de", "--out", "x.svg"],
      "invalid --locale: de has no message table",
    ],
    [["--chart", "refugees", "--out", "x.pdf"], 'invalid --out: "x.pdf"'],
    [["--chart", "refugees", "--scale=-1", "--out", "x.png"], 'invalid --scale: "-1"'],
    [["--chart", "refugees"], "missing --out"],
    [["--out", "x.svg"], "missing --chart"],
    [["--chart", "refugees", "--colour", "red", "--out", "x.svg"], "Unknown option '--colour'"],
  ])("%j fails with exit code 2 and a message naming the flag", (args, message) => {
    const { code, err } = run(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: karabakh2023-render");
  });
});
