/**
 * The options are documented once, in their JSDoc; the README tables and the Storybook argTypes
 * are generated from it by scripts/options-docs.ts. These tests regenerate both and fail, naming
 * the option, when what is committed differs; and they check that every option a normalizer
 * accepts is documented, with a default.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_OPTION_NAMES } from "../../packages/charts/src/figure/options.js";
import { CHART_IDS, CHARTS } from "../../packages/charts/src/registry.js";
import {
  ARG_TYPES,
  argTypeDoc,
  argTypesModule,
  README,
  readOptionGroups,
  tableRow,
  withTables,
} from "../../scripts/options-docs.js";
import { optionDocs } from "../../stories/charts/generated/option-docs.js";

const groups = readOptionGroups();
const readme = readFileSync(README, "utf8");
const common = groups.find((g) => g.key === "common");

describe("options documented once (pnpm docs:options regenerates what these compare)", () => {
  for (const group of groups) {
    for (const option of group.options) {
      const id = `${group.interfaceName}.${option.name} (${group.file})`;
      it(`${id} has JSDoc stating its default`, () => {
        expect(option.description, `${id}: no JSDoc`).not.toBe("");
        expect(option.default, `${id}: the JSDoc states no default ("Default …" or @default)`).toBeDefined();
      });
      it(`the README row and the Storybook argType of ${group.key}.${option.name} are the generated ones`, () => {
        expect(readme, `packages/charts/README.md: row of ${group.key}.${option.name}`).toContain(
          tableRow(option),
        );
        const docs = optionDocs[group.key as keyof typeof optionDocs] as Record<string, unknown> | undefined;
        expect(docs?.[option.name], `${ARG_TYPES}: ${group.key}.${option.name}`).toEqual(
          argTypeDoc(group, option),
        );
      });
    }
  }

  it("the README tables and stories/charts/generated/option-docs.ts are exactly what the script writes", () => {
    expect(readme).toBe(withTables(readme, groups));
    expect(readFileSync(ARG_TYPES, "utf8")).toBe(argTypesModule(groups));
  });

  it("a README table edited by hand is rewritten, and a chart without markers is an error naming it", () => {
    const row = tableRow(common?.options[0] as never);
    const edited = readme.replace(row, row.replace("Language", "Tongue"));
    expect(edited).not.toBe(readme);
    expect(withTables(edited, groups)).toBe(readme);
    const withoutMap = readme.replace(
      /<!-- options:reactions-map:start[\s\S]*?options:reactions-map:end -->/,
      "",
    );
    expect(() => withTables(withoutMap, groups)).toThrow(/no table markers for reactions-map/);
  });

  for (const id of CHART_IDS) {
    const { folder } = CHARTS[id];
    it(`every option ${folder}'s normalizer accepts is documented, and no other`, async () => {
      const { OWN_OPTION_NAMES } = (await import(`../../packages/charts/src/${folder}/options.ts`)) as {
        OWN_OPTION_NAMES: readonly string[];
      };
      const accepted = new Set([...COMMON_OPTION_NAMES, ...OWN_OPTION_NAMES]);
      const documented = new Set([
        ...(common?.options ?? []).map((o) => o.name),
        ...(groups.find((g) => g.key === folder)?.options ?? []).map((o) => o.name),
      ]);
      expect([...documented].sort()).toEqual([...accepted].sort());
    });
  }
});
