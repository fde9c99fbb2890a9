/**
 * The build merges data/i18n/<locale>.csv into the dataset; a stale row (its English is no longer
 * the data's) or a missing one stops it with a message naming file, line, table, id and field.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { karabakh, translateStory } from "@karabakh2023/data";
import { hy } from "@karabakh2023/data/i18n/hy";
import { ru } from "@karabakh2023/data/i18n/ru";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the build's check on a copy of data/ changed by `edit`; its exit code and stderr. */
function check(edit: (dataDir: string) => void): { code: number; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "k23-i18n-"));
  dirs.push(dir);
  cpSync(path.join(root, "data"), dir, { recursive: true });
  edit(dir);
  try {
    execFileSync("pnpm", ["exec", "tsx", "scripts/build.ts", "--check", "--data", dir], {
      cwd: path.join(root, "packages/data"),
      stdio: "pipe",
    });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { code: e.status, stderr: e.stderr.toString() };
  }
}

const hyCsv = (dir: string) => path.join(dir, "i18n", "hy.csv");

describe("data/i18n in the build", () => {
  it("writes each translation file as a set of its own, which translateStory() adds to the story", () => {
    // The bundled tables hold the story's own locales; hy and ru come with their sets.
    expect(karabakh.locales).toEqual(["fr", "en"]);
    expect(JSON.stringify(karabakh)).not.toMatch(/"(hy|ru)":/);
    const story = [hy, ru].reduce(translateStory, karabakh);
    expect(story.locales).toEqual(["fr", "en", "hy", "ru"]);
    const civilian = story.vocabulary.casualtyCategories.find((c) => c.id === "civilian");
    expect(story.vocabulary.parties.find((p) => p.id === "armenia")?.label.hy).toBe("Հայաստան");
    expect([civilian?.nounOne?.ru, civilian?.nounFew?.ru, civilian?.noun.ru]).toEqual([
      "мирный житель",
      "мирных жителя",
      "мирных жителей",
    ]);
  });

  it("a row whose English changed is a build error naming the file, line, table, id and field", () => {
    const { code, stderr } = check((dir) => {
      const text = readFileSync(hyCsv(dir), "utf8");
      writeFileSync(
        hyCsv(dir),
        text.replace("vocabulary,armenia,label,Armenia,", "vocabulary,armenia,label,Armenia (old),"),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /data\/i18n\/hy\.csv:\d+: en = Armenia \(old\): stale translation of vocabulary armenia label: the English is now "Armenia"/,
    );
  });

  it("a missing row is a build error naming the text", () => {
    const { code, stderr } = check((dir) => {
      const lines = readFileSync(hyCsv(dir), "utf8").split("\n");
      writeFileSync(hyCsv(dir), lines.filter((l) => !l.startsWith("vocabulary,armenia,label,")).join("\n"));
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'data/i18n/hy.csv:0:  = vocabulary armenia label: missing row (English: "Armenia")',
    );
  });
});
