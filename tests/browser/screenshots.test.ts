import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pngjs from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { compareScreenshot } from "./screenshots";

const { PNG } = pngjs;

/** A 100×40 white image with a black 30×10 bar whose right edge is softened by `edge` grey. */
function bar(length: number, edge = 0): Buffer {
  const png = new PNG({ width: 100, height: 40 });
  png.data.fill(255);
  for (let y = 15; y < 25; y++) {
    for (let x = 10; x < 10 + length + (edge ? 1 : 0); x++) {
      const v = x < 10 + length ? 0 : 255 - edge;
      const i = (y * 100 + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
    }
  }
  return PNG.sync.write(png);
}

let dir = "";
const setup = () => {
  dir = mkdtempSync(join(tmpdir(), "shots-"));
  return { references: join(dir, "refs"), artifacts: join(dir, "artifacts") };
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const local = { ci: false, update: false };

describe("compareScreenshot", () => {
  it("writes a missing reference locally and reports it", () => {
    const paths = setup();
    expect(compareScreenshot(paths, "a--b", 320, bar(30), local).status).toBe("written");
    expect(readdirSync(paths.references)).toEqual(["a--b-320.png"]);
    expect(compareScreenshot(paths, "a--b", 320, bar(30), local).status).toBe("match");
  });

  it("fails a missing reference on CI without writing it", () => {
    const paths = setup();
    expect(compareScreenshot(paths, "a--b", 1024, bar(30), { ci: true, update: false }).status).toBe(
      "missing",
    );
    expect(() => readdirSync(paths.references)).toThrow();
  });

  it("keeps the 640 px capture as an artifact only", () => {
    const paths = setup();
    expect(compareScreenshot(paths, "a--b", 640, bar(30), local).status).toBe("not-referenced");
    expect(readdirSync(paths.artifacts)).toEqual(["a--b-640.png"]);
  });

  it("tolerates anti-aliasing on an edge", () => {
    const paths = setup();
    compareScreenshot(paths, "a--b", 320, bar(30), local);
    expect(compareScreenshot(paths, "a--b", 320, bar(30, 60), local).status).toBe("match");
  });

  it("fails when a bar changes length, and writes a diff image", () => {
    const paths = setup();
    compareScreenshot(paths, "a--b", 320, bar(30), local);
    const result = compareScreenshot(paths, "a--b", 320, bar(45), local);
    expect(result.status).toBe("differs");
    expect(readdirSync(paths.artifacts)).toContain("a--b-320-diff.png");
  });
});
