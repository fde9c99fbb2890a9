/**
 * The published package, as a consumer gets it: packs packages/data (the build must have run,
 * as the root test command does first), lints the tarball with publint and
 * @arethetypeswrong/cli, then loads the ESM and CJS builds in fresh Node processes.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const packageDir = path.join(root, "packages/data");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const TABLES = ["sources", "claimants", "casualties", "refugees", "reactions", "events"];

let destination = "";
let tarball = "";
let files: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(packageDir, "dist/index.js"))) {
    throw new Error("packages/data/dist is missing: run `pnpm --filter @karabakh2023/data build` first");
  }
  destination = mkdtempSync(path.join(tmpdir(), "karabakh-data-pack-"));
  await run("pnpm", ["pack", "--pack-destination", destination], { cwd: packageDir });
  const [name] = readdirSync(destination).filter((f) => f.endsWith(".tgz"));
  tarball = path.join(destination, name ?? "");
  const { stdout } = await run("tar", ["-tzf", tarball]);
  files = stdout
    .trim()
    .split("\n")
    .map((f) => f.replace(/^package\//, ""));
}, 60_000);
afterAll(() => {
  if (destination) rmSync(destination, { recursive: true, force: true });
});

describe("the packed @karabakh2023/data tarball", () => {
  it("pnpm pack ships dist, the data files, README and LICENSE, and no sources or scripts", () => {
    for (const table of TABLES) {
      expect(files).toContain(`dist/json/${table}.json`);
      expect(files).toContain(`dist/csv/${table}.csv`);
      expect(files).toContain(`dist/schema/${table}.schema.json`);
    }
    expect(files).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/datapackage.json",
        "README.md",
        "LICENSE",
        "package.json",
      ]),
    );
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("scripts/"))).toEqual([]);
  });

  it("publint <tgz> reports no error or warning", async () => {
    const { stdout } = await run(bin("publint"), ["--strict", tarball], { cwd: root });
    expect(stdout).not.toMatch(/Errors:|Warnings:/);
  }, 60_000);

  it("attw --profile node16 <tgz> finds no type problem", async () => {
    // node10 cannot resolve subpath exports such as ./datapackage.json: that profile is excluded.
    await expect(run(bin("attw"), ["--profile", "node16", tarball], { cwd: root })).resolves.toBeDefined();
  }, 60_000);

  it("datapackage.json lists each table with a CSV path that is shipped and the data licence", () => {
    const datapackage = JSON.parse(readFileSync(path.join(packageDir, "dist/datapackage.json"), "utf8"));
    expect(datapackage.resources.map((r: { name: string }) => r.name)).toEqual(TABLES);
    for (const resource of datapackage.resources) expect(files).toContain(`dist/${resource.path}`);
    expect(datapackage.licenses.map((l: { name: string }) => l.name)).toEqual(["CC-BY-SA-4.0", "MIT"]);
    expect(datapackage.sources[0].path).toBe("https://fr.wikipedia.org/wiki/Guerre_de_2023_au_Haut-Karabagh");
  });
});

describe("the ESM and CJS builds", () => {
  const probe = `
    const m = MODULE;
    const out = {
      exports: Object.keys(m).sort(),
      rows: ${JSON.stringify(TABLES)}.map((t) => m[t].length),
      arm: m.countryName("ARM", "fr"),
      latest: typeof m.latestRefugeeCount()?.value,
      ok: m.validateDataset({ sources: m.sources, claimants: m.claimants, casualties: m.casualties,
        refugees: m.refugees, reactions: m.reactions, events: m.events }).ok,
    };
    console.log(JSON.stringify(out));`;

  it("import('dist/index.js') and require('dist/index.cjs') load in Node with the same exports and data", async () => {
    const esm = await run(
      process.execPath,
      ["--input-type=module", "-e", `${probe.replace("MODULE", "await import('./dist/index.js')")}`],
      { cwd: packageDir },
    );
    const cjs = await run(process.execPath, ["-e", probe.replace("MODULE", "require('./dist/index.cjs')")], {
      cwd: packageDir,
    });
    const fromEsm = JSON.parse(esm.stdout);
    expect(JSON.parse(cjs.stdout)).toEqual(fromEsm);
    expect(fromEsm.exports).toEqual(
      expect.arrayContaining(["refugeeSeries", "validateDataset", "countries", "population", "label"]),
    );
    expect(fromEsm.rows.every((n: number) => n > 0)).toBe(true);
    expect(fromEsm.arm).toBe("Arménie");
    expect(fromEsm.latest).toBe("number");
    expect(fromEsm.ok).toBe(true);
  }, 30_000);

  it("dist/index.d.ts and dist/index.d.cts declare the public API", () => {
    for (const file of ["dist/index.d.ts", "dist/index.d.cts"]) {
      const types = readFileSync(path.join(packageDir, file), "utf8");
      for (const name of [
        "refugeeSeries",
        "validateDataset",
        "CasualtyClaim",
        "countryByNumeric",
        "UNMAPPED_ISO3",
      ]) {
        expect(types, `${file}: ${name}`).toContain(name);
      }
    }
  });
});
