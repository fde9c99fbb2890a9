/**
 * The same input gives byte-identical output across runs, processes and time zones: every named
 * example of every chart (figure and SVG) and the standalone SVG of the embed renderer, rendered
 * in three fresh Node processes (TZ=UTC, Asia/Yerevan, America/Los_Angeles), must hash the same. The charts show Yerevan time whatever the machine's zone; a stray `getHours()` or
 * `toLocaleString()` without a zone would break this test.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;
const ZONES = ["UTC", "Asia/Yerevan", "America/Los_Angeles"] as const;

interface Rendered {
  readonly tz: string;
  readonly offset: number;
  readonly out: Record<string, string>;
}

async function render(tz: string): Promise<Rendered> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "tests/security/render-examples.ts"], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Rendered;
}

describe("determinism", () => {
  let runs: Rendered[] = [];
  beforeAll(async () => {
    runs = await Promise.all(ZONES.map(render));
  }, 180_000);

  it("each process really ran in its time zone (offsets 0, -240 and 420 minutes on 28 Sept 2023)", () => {
    expect(runs.map((r) => [r.tz, r.offset])).toEqual([
      ["UTC", 0],
      ["Asia/Yerevan", -240],
      ["America/Los_Angeles", 420],
    ]);
  });

  it("renders every example of the three charts and the three standalone SVGs in both locales", () => {
    const names = Object.keys(runs[0]?.out ?? {});
    for (const chart of ["casualty-comparison", "refugee-curve", "reactions-map"]) {
      expect(names.filter((n) => n.startsWith(`${chart}/`)).length).toBeGreaterThanOrEqual(5);
    }
    expect(names.filter((n) => n.startsWith("render-svg/"))).toHaveLength(6);
  });

  it.each(ZONES.slice(1))("TZ=%s gives output byte-identical to TZ=UTC", (tz) => {
    const other = runs.find((r) => r.tz === tz);
    const differing = Object.keys(runs[0]?.out ?? {}).filter(
      (name) => other?.out[name] !== runs[0]?.out[name],
    );
    expect(differing).toEqual([]);
  });
});
