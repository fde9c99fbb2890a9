/**
 * The provenance table of data/README.md ("Provenance of the source addresses") states how many
 * sources link the article itself, a copy, or only the publisher's site: it must say what the
 * shipped sources.csv holds, so a correction cannot leave the README's figures behind.
 */
import { readFileSync } from "node:fs";
import { sources } from "@karabakh2023/data";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");
const table = readme.split("### Provenance of the source addresses")[1] ?? "";

describe("data/README.md provenance counts", () => {
  it("the README's count of sources per url_kind (and of those the seed cites) is the data's", () => {
    const total = /\((\d+) sources;/.exec(table)?.[1];
    expect(Number(total)).toBe(sources.length);
    for (const kind of ["article", "copy", "site"] as const) {
      const row = new RegExp(`\\| \`${kind}\` \\| (\\d+) \\| (\\d+) % \\| (\\d+) \\|`).exec(table);
      expect(row, `row for ${kind}`).not.toBeNull();
      const ofKind = sources.filter((s) => s.urlKind === kind);
      expect(Number(row?.[1]), kind).toBe(ofKind.length);
      expect(Number(row?.[2]), `${kind} share`).toBe(Math.round((100 * ofKind.length) / sources.length));
      expect(Number(row?.[3]), `${kind} seed`).toBe(ofKind.filter((s) => s.seedRef !== undefined).length);
    }
  });
});
