/**
 * From one chart's folder name a newcomer finds everything about it (CONTRIBUTING.md, "Where a
 * chart lives"): this test checks, for every chart of the registry, that each of those places
 * exists under the names the table promises, so the table cannot go stale.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as charts from "../../packages/charts/src/index.js";
import { CHART_IDS, CHARTS } from "../../packages/charts/src/registry.js";

const ROOT = join(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const camel = (folder: string) => folder.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const words = (folder: string) => folder.charAt(0).toUpperCase() + folder.slice(1).replace(/-/g, " ");

/** The skeleton every chart folder has (CONTRIBUTING.md, "Add a chart"). */
const SKELETON = ["index", "options", "model", "layout", "marks", "text", "examples"];

describe("where a chart lives, from its folder name", () => {
  for (const id of CHART_IDS) {
    const { folder, draw } = CHARTS[id];
    describe(folder, () => {
      it(`code: packages/charts/src/${folder}/{${SKELETON.join(",")}}.ts`, () => {
        for (const file of SKELETON) {
          expect(existsSync(join(ROOT, `packages/charts/src/${folder}/${file}.ts`)), file).toBe(true);
        }
      });
      it(`function: ${camel(folder)}(), exported by @karabakh2023/charts, registered as "${id}"`, () => {
        expect(draw.name).toBe(camel(folder));
        expect((charts as Record<string, unknown>)[camel(folder)]).toBe(draw);
      });
      it(`options: ${folder}/options.ts, documented in the README's ${camel(folder)}() section`, () => {
        const readme = read("packages/charts/README.md");
        expect(readme).toContain(`## ${camel(folder)}(`);
        expect(readme).toContain(`<!-- options:${folder}:start`);
      });
      it(`examples, story and docs page: stories/charts/${folder}.stories.ts and ${folder}.mdx ("Charts/${words(folder)}")`, () => {
        const story = read(`stories/charts/${folder}.stories.ts`);
        expect(story).toContain(`packages/charts/src/${folder}/examples`);
        expect(story).toContain(`chartArgTypes("${folder}"`);
        expect(story).toContain(`title: "Charts/${words(folder)}"`);
        expect(read(`stories/charts/${folder}.mdx`)).toContain(`./${folder}.stories`);
      });
      it(`tests, snapshots, screenshots: tests/charts/${folder}.test.ts, __snapshots__/${folder}/, charts-${folder}--*.png`, () => {
        expect(existsSync(join(ROOT, `tests/charts/${folder}.test.ts`))).toBe(true);
        expect(existsSync(join(ROOT, `tests/charts/__snapshots__/${folder}/default.html`))).toBe(true);
        const shots = readdirSync(join(ROOT, "tests/browser/__screenshots__"));
        expect(shots.some((f) => f.startsWith(`charts-${folder}--default-`))).toBe(true);
      });
    });
  }
});
