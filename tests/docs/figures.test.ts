/**
 * Figures quoted in the READMEs come from the data and the charts (scripts/docs-figures.ts):
 * a correction of data/*.csv that changes one makes this test fail, naming the file and the
 * figure, until `pnpm docs:figures` rewrites it.
 */
import { describe, expect, it } from "vitest";
import { figure, quotedFigures, withFigures } from "../../scripts/docs-figures.js";

const quoted = quotedFigures();

describe("figures in the documentation", () => {
  it("the charts README quotes the population share the default refugee curve draws", () => {
    expect(quoted.map((f) => f.key)).toContain("refugee-curve/population-share");
  });

  for (const { file, key, written, current } of quoted) {
    it(`${file}: ${key} is what the data and the charts say now`, () => {
      expect(written, `${file}: ${key} (run pnpm docs:figures)`).toBe(current);
    });
  }

  it("a figure of a row that is no longer in the data is an error naming the row", () => {
    expect(() => figure("refugees/arrived-999999-0101")).toThrow(
      /no row "arrived-999999-0101" in data\/refugees.csv/,
    );
    expect(() => withFigures("<!-- figure:nothing/x -->1<!-- /figure -->")).toThrow(/unknown figure/);
  });
});
