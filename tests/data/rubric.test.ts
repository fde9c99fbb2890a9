/**
 * The mechanical parts of the reactions rubric and of the URL convention, checked on the shipped
 * dataset. The rubric's period, categories and left-out entities are read from data/README.md, so
 * the written rubric and the data cannot drift apart silently.
 */
import { readFileSync } from "node:fs";
import { karabakh, reactions, sources, termIds } from "@karabakh2023/data";
import { describe, expect, it } from "vitest";

const REACTION_CATEGORIES = termIds(karabakh.vocabulary, "reactionCategories");
const readme = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");

/** The text of the README from `start` up to the next heading of the same or a higher level. */
function section(start: string): string {
  const from = readme.indexOf(start);
  if (from < 0) throw new Error(`data/README.md has no "${start}"`);
  const level = start.match(/^#+/)?.[0] ?? "##";
  const rest = readme.slice(from + start.length);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

const rubric = section("### Rubric");
const period = rubric.match(/\*\*Period:\*\* `(\d{4}-\d{2}-\d{2})` to `(\d{4}-\d{2}-\d{2})`/);
const rubricCategories = [...rubric.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
const leftOut = section("## Deliberately excluded").split("- **Reactions left out**")[1]?.split(/\n- /)[0];
const leftOutIds = [...(leftOut ?? "").matchAll(/^ {2}- `([a-z0-9-]+)`/gm)].map((m) => m[1]);

// A quotation opens after a space or punctuation (so "Azerbaijan's … Armenia's" is not one) and
// holds at least three characters.
const ENGLISH_QUOTE = /(^|[\s(:;,—–])(['‘“])[^'‘’“”]{3,}['’”]/;
const FRENCH_QUOTE = /«\s?[^«»]{3,}\s?»/;

describe("the reactions rubric (data/README.md) and the rows of reactions.csv", () => {
  it("the README states the period and lists the same categories as the package", () => {
    expect(period, "**Period:** `YYYY-MM-DD` to `YYYY-MM-DD`").not.toBeNull();
    expect([...rubricCategories].sort()).toEqual([...REACTION_CATEGORIES].sort());
  });

  it("every row is dated to a full day within the period", () => {
    const [, first, last] = period ?? [];
    const outside = reactions
      .filter((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date) || r.date < (first ?? "") || r.date > (last ?? ""))
      .map((r) => `${r.id} ${r.date}`);
    expect(outside).toEqual([]);
  });

  it("every row names its speaker, in English and in French", () => {
    const vague = reactions.flatMap((r) =>
      (["en", "fr"] as const)
        .map((locale) => [locale, (r.speaker[locale] ?? "").trim()] as const)
        .filter(([, s]) => s.length < 3 || /^(unspecified|unknown|n\/a|inconnu)$/i.test(s))
        .map(([locale, s]) => `${r.id} ${locale} "${s}"`),
    );
    expect(vague).toEqual([]);
  });

  it("every summary carries a quotation of the statement, in English and in French", () => {
    expect(reactions.filter((r) => !ENGLISH_QUOTE.test(r.summary.en ?? "")).map((r) => r.id)).toEqual([]);
    expect(reactions.filter((r) => !FRENCH_QUOTE.test(r.summary.fr ?? "")).map((r) => r.id)).toEqual([]);
  });

  it("every category is one of the rubric's", () => {
    expect(reactions.filter((r) => !rubricCategories.includes(r.category)).map((r) => r.id)).toEqual([]);
  });

  it("the entities the README leaves out have no row", () => {
    expect(leftOutIds.length).toBeGreaterThan(0);
    expect(reactions.filter((r) => leftOutIds.includes(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("the quotation patterns reject a summary with no quotation", () => {
    expect(ENGLISH_QUOTE.test("Azerbaijan's call and Armenia's answer")).toBe(false);
    expect(ENGLISH_QUOTE.test("said it 'must stop now'")).toBe(true);
    expect(FRENCH_QUOTE.test("l'Azerbaïdjan doit cesser")).toBe(false);
    expect(FRENCH_QUOTE.test("a dit « cesser immédiatement »")).toBe(true);
  });
});

describe("source URLs", () => {
  it("no article or copy URL is a bare homepage", () => {
    const bare = sources
      .filter((s) => s.urlKind !== "site")
      .filter((s) => {
        const url = new URL(s.url);
        return (url.pathname === "/" || url.pathname === "") && url.search === "";
      })
      .map((s) => `${s.id} ${s.url}`);
    expect(bare).toEqual([]);
  });
});
