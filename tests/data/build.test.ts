import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const packageDir = path.join(root, "packages/data");
const validFixtures = fileURLToPath(new URL("./fixtures/valid", import.meta.url));
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Runs `scripts/build.ts --check` on a copy of the valid fixtures with one file edited. */
async function check(
  edit?: (dir: string) => void,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "karabakh-data-"));
  temporary.push(dir);
  cpSync(validFixtures, dir, { recursive: true });
  edit?.(dir);
  try {
    const { stdout, stderr } = await run(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/build.ts", "--check", "--data", dir],
      { cwd: packageDir },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function editFile(file: string, change: (text: string) => string) {
  return (dir: string) => {
    const p = path.join(dir, file);
    writeFileSync(p, change(readFileSync(p, "utf8")));
  };
}

describe("scripts/build.ts --check", () => {
  it("build --check on valid CSV files exits 0 and counts the rows", async () => {
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout).toContain(
      "3 sources, 2 claimants, 1 casualties, 3 refugees, 3 reactions, 1 events, 32 terms",
    );
  });

  it("build --check names a casualty party missing from data/vocabulary.csv and a vocabulary row without its French label", async () => {
    const { code, stderr } = await check((dir) => {
      editFile("casualties.csv", (t) =>
        t.replace("artsakh-killed-213,artsakh,", "artsakh-killed-213,sudan,"),
      )(dir);
      editFile("vocabulary.csv", (t) =>
        t.replace("party,armenia,side,Armenia,Arménie", "party,armenia,side,Armenia,"),
      )(dir);
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/data\/casualties\.csv:\d+: party = sudan: not in vocabulary\.parties/);
    expect(stderr).toMatch(
      /data\/vocabulary\.csv:4: label_fr = : (must not be empty|missing text in a locale of the story)/,
    );
  });

  it("build --check names data/story.json timeZone.id when it is not an IANA zone", async () => {
    const { code, stderr } = await check(
      editFile("story.json", (t) => t.replace('"Asia/Yerevan"', '"UTC+4"')),
    );
    expect(code).toBe(1);
    expect(stderr).toContain("data/story.json:0: timeZone.id = UTC+4: must be an IANA time zone");
  });

  it("build --check prints data/refugees.csv:<line>: value = 1,234 and exits 1 for a number written as text", async () => {
    const { code, stderr } = await check(editFile("refugees.csv", (t) => t.replace(",28120,", ',"1,234",')));
    expect(code).toBe(1);
    expect(stderr).toContain("data/refugees.csv:3: value = 1,234: must be a number, not text");
  });

  it("build --check counts the lines of a multi-line quoted note when naming the line of an error", async () => {
    const { code, stderr } = await check(
      editFile(
        "casualties.csv",
        (t) =>
          `${t}bad-row,artsakh,all,killed,-5,exact,2023-02-30,,,artsakh-authorities,offensive,high,nope,,\n`,
      ),
    );
    expect(code).toBe(1);
    // Header on line 1, the first record spans lines 2-3, so the new record starts on line 4.
    expect(stderr.split("\n")).toEqual(
      expect.arrayContaining([
        "data/casualties.csv:4: value = -5: must not be negative",
        "data/casualties.csv:4: as_of = 2023-02-30: is not a real calendar date",
        "data/casualties.csv:4: sources = nope: unknown source id",
      ]),
    );
  });

  it("build --check names note_fr, url and iso3 by their CSV columns", async () => {
    const { stderr } = await check((dir) => {
      editFile("sources.csv", (t) => t.replace("https://armenpress.am/en", "javascript:alert(1)"))(dir);
      editFile("reactions.csv", (t) => t.replace("FRA,state", "XYZ,state"))(dir);
      editFile("casualties.csv", (t) => t.replace(',"Revu à la hausse depuis « au moins 200 »."', ","))(dir);
    });
    expect(stderr).toContain("data/sources.csv:4: url = javascript:alert(1): must be an https:// URL");
    expect(stderr).toContain("data/reactions.csv:2: iso3 = XYZ: unknown ISO 3166-1 alpha-3 code");
    expect(stderr).toContain(
      "data/casualties.csv:2: note_fr = undefined: missing text in a locale of the story",
    );
  });

  it("build --check rejects a state whose name is written in the CSV, and a missing or unknown column", async () => {
    const { code, stderr } = await check((dir) => {
      editFile("reactions.csv", (t) => t.replace("FRA,state,,", "FRA,state,France,"))(dir);
      editFile("events.csv", (t) => t.replace("location,", "place,"))(dir);
    });
    expect(code).toBe(1);
    expect(stderr).toContain("data/reactions.csv:2: name_en = ");
    expect(stderr).toContain("must be empty for a state: its name comes from i18n-iso-countries");
    expect(stderr).toContain("data/events.csv:1: location = undefined: missing column");
    expect(stderr).toContain("data/events.csv:1: place = undefined: unknown column");
  });

  it("build --check names the old single speaker column of reactions.csv and the two it now needs", async () => {
    const { code, stderr } = await check(
      editFile("reactions.csv", (t) =>
        t
          .replace("speaker_en,speaker_fr", "speaker")
          .replace(/(Foreign Affairs|Pope Francis|Josep Borrell),[^,]+,/g, "$1,"),
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toContain("data/reactions.csv:1: speaker_en = undefined: missing column");
    expect(stderr).toContain("data/reactions.csv:1: speaker_fr = undefined: missing column");
    expect(stderr).toContain("data/reactions.csv:1: speaker = undefined: unknown column");
  });

  it("build --check fails when no row gives the pre-war population", async () => {
    const { code, stderr } = await check(
      editFile("refugees.csv", (t) => t.replace(/^pre-war-population.*\n/m, "")),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "data/refugees.csv:0: metric = pre-war-population: no row gives the pre-war population",
    );
  });
});
