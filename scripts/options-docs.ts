/**
 * The options of every chart are documented once, in the JSDoc of their interfaces
 * (`CommonOptions` in packages/charts/src/figure/contract.ts, `<Chart>Options` in each chart's
 * `options.ts`). This script reads those interfaces with the TypeScript compiler API and writes
 * what is generated from them:
 *
 * - the option tables of packages/charts/README.md, between `<!-- options:<key>:start -->` and
 *   `<!-- options:<key>:end -->` (key: `common` or the chart's folder);
 * - stories/charts/generated/option-docs.ts, the Storybook argTypes documentation the chart
 *   stories import (the stories add only the controls).
 *
 *   pnpm docs:options           # rewrite both
 *   pnpm docs:options --check   # exit 1 naming what differs (tests/docs/options-docs.test.ts too)
 *
 * An option's default is its `@default` tag, else the sentence of its JSDoc starting "Default".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "packages/charts/src");
export const README = join(ROOT, "packages/charts/README.md");
export const ARG_TYPES = join(ROOT, "stories/charts/generated/option-docs.ts");

/** One documented option, as read from its interface. */
export interface OptionDoc {
  readonly name: string;
  /** The declared type, as written (`readonly` dropped). */
  readonly type: string;
  /** The JSDoc without its default sentence; "" when the option has no JSDoc. */
  readonly description: string;
  /** The default, as the JSDoc states it; undefined when it states none. */
  readonly default: string | undefined;
}

/** The options of one interface: `common` (CommonOptions) or a chart's own. */
export interface OptionGroup {
  /** `common` or the chart's folder. */
  readonly key: string;
  /** The interface read: "CommonOptions", "RefugeeCurveOptions"... */
  readonly interfaceName: string;
  /** The file it is declared in, relative to the repository. */
  readonly file: string;
  /** Storybook's table category: "Common options", "Refugee curve"... */
  readonly category: string;
  readonly options: readonly OptionDoc[];
}

// "Default: the story's events." / "Default true; a story without events has none." / 'Default "en".'
const DEFAULT_SENTENCE = /(?:^|(?<=[.)]\s))Default(?::|\s+is)?\s+(.+?)\.(?=\s+[A-Z`(]|\s*$)/s;

/** A program over the options files, with the repository's compiler options (paths to sources). */
function program(files: readonly string[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  return ts.createProgram({ rootNames: files, options: { ...config?.options, noEmit: true } });
}

/**
 * The type a reader needs: an alias of literals or of a primitive is spelt out (`Locale` →
 * `"fr" | "en"`, `Incident` → `string`); anything else as written (`Claimant[]`, `Region`).
 */
function typeText(member: ts.PropertySignature, checker: ts.TypeChecker): string {
  const written = (member.type?.getText() ?? "unknown").replace(/\breadonly\s+/g, "").replace(/\s+/g, " ");
  if (!member.type || !ts.isTypeReferenceNode(member.type)) return written;
  const type = checker.getTypeFromTypeNode(member.type);
  const parts = type.isUnion() ? type.types : [type];
  const plain = parts.every(
    (t) =>
      t.isLiteral() || (t.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean)) !== 0,
  );
  return plain ? checker.typeToString(type) : written;
}

function docOf(node: ts.Node): { text: string; defaultTag: string | undefined } {
  const jsDocs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = jsDocs.at(-1);
  const text = (ts.getTextOfJSDocComment(doc?.comment) ?? "").replace(/\s+/g, " ").trim();
  const tag = doc?.tags?.find((t) => t.tagName.text === "default");
  const defaultTag = tag
    ? (ts.getTextOfJSDocComment(tag.comment) ?? "").replace(/\s+/g, " ").trim()
    : undefined;
  return { text, defaultTag };
}

function optionOf(member: ts.PropertySignature, checker: ts.TypeChecker): OptionDoc {
  const name = member.name.getText();
  const type = typeText(member, checker);
  const { text, defaultTag } = docOf(member);
  if (defaultTag !== undefined) return { name, type, description: text, default: defaultTag };
  const match = DEFAULT_SENTENCE.exec(text);
  if (!match) return { name, type, description: text, default: undefined };
  const description = (text.slice(0, match.index) + text.slice(match.index + match[0].length))
    .replace(/\s+/g, " ")
    .trim();
  return { name, type, description, default: match[1]?.trim() };
}

/** The properties of `interfaceName` in `file`, or of the interface there extending `CommonOptions`. */
function readInterface(
  file: string,
  pick: (node: ts.InterfaceDeclaration) => boolean,
  programme: ts.Program,
): OptionGroup {
  const source = programme.getSourceFile(file);
  if (!source) throw new Error(`options-docs: cannot read ${file}`);
  const checker = programme.getTypeChecker();
  const node = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && pick(s),
  );
  if (!node) throw new Error(`options-docs: no options interface in ${file}`);
  return {
    key: "",
    interfaceName: node.name.text,
    file: file.slice(ROOT.length + 1),
    category: "",
    options: node.members.filter(ts.isPropertySignature).map((m) => optionOf(m, checker)),
  };
}

const extendsCommon = (node: ts.InterfaceDeclaration) =>
  (node.heritageClauses ?? []).some((h) => h.types.some((t) => t.expression.getText() === "CommonOptions"));

/** "casualty-comparison" → "Casualty comparison". */
const categoryOf = (folder: string) => {
  const words = folder.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The chart folders, in the registry's order, read from packages/charts/src/registry.ts. */
export function chartFolders(): string[] {
  const text = readFileSync(join(SRC, "registry.ts"), "utf8");
  return [...text.matchAll(/folder:\s*"([a-z][a-z0-9-]*)"/g)].map((m) => m[1] as string);
}

/** Every documented option: the common ones, then each chart's own. */
export function readOptionGroups(folders: readonly string[] = chartFolders()): OptionGroup[] {
  const contract = join(SRC, "figure/contract.ts");
  const files = folders.map((folder) => join(SRC, folder, "options.ts"));
  const programme = program([contract, ...files]);
  const common = readInterface(contract, (n) => n.name.text === "CommonOptions", programme);
  return [
    { ...common, key: "common", category: "Common options" },
    ...folders.map((folder, i) => ({
      ...readInterface(files[i] as string, extendsCommon, programme),
      key: folder,
      category: categoryOf(folder),
    })),
  ];
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** A default as a table shows it: code when it is a literal (`true`, `"en"`, `640`), else prose. */
function defaultCell(value: string | undefined): string {
  if (value === undefined) return "";
  return /^(?:true|false|\[\]|-?\d+(?:\.\d+)?|"[^"]*")$/.test(value) ? `\`${value}\`` : cell(value);
}

/** The README row of one option (the test looks for it by option name). */
export function tableRow(option: OptionDoc): string {
  return `| \`${option.name}\` | \`${cell(option.type)}\` | ${defaultCell(option.default)} | ${cell(option.description)} |`;
}

/** The README table of a group, with its markers. */
export function readmeTable(group: OptionGroup): string {
  const note =
    group.key === "common"
      ? ""
      : "\n\nAnd the common options above. A misspelt option warns once, naming the nearest valid one.";
  return [
    `<!-- options:${group.key}:start (generated from ${group.interfaceName} in ${group.file}: pnpm docs:options) -->`,
    "| option | type | default | meaning |",
    "|---|---|---|---|",
    ...group.options.map(tableRow),
  ]
    .join("\n")
    .concat(note, `\n<!-- options:${group.key}:end -->`);
}

const MARKERS = /<!-- options:([a-z0-9-]+):start[^>]*-->[\s\S]*?<!-- options:\1:end -->/g;

/** `readme` with every marked table replaced by the generated one. */
export function withTables(readme: string, groups: readonly OptionGroup[]): string {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const found = new Set<string>();
  const out = readme.replace(MARKERS, (_block, key: string) => {
    const group = byKey.get(key);
    if (!group)
      throw new Error(`options-docs: README has a table for "${key}", which has no options interface`);
    found.add(key);
    return readmeTable(group);
  });
  const missing = groups.filter((g) => !found.has(g.key)).map((g) => g.key);
  if (missing.length > 0)
    throw new Error(`options-docs: README has no table markers for ${missing.join(", ")}`);
  return out;
}

/** The Storybook documentation of one option (the stories add the control). */
export function argTypeDoc(group: OptionGroup, option: OptionDoc) {
  return {
    description: option.description,
    table: {
      category: group.category,
      type: { summary: option.type },
      defaultValue: { summary: option.default ?? "" },
    },
  };
}

/** The source of stories/charts/generated/option-docs.ts. */
export function argTypesModule(groups: readonly OptionGroup[]): string {
  const docs = Object.fromEntries(
    groups.map((g) => [g.key, Object.fromEntries(g.options.map((o) => [o.name, argTypeDoc(g, o)]))]),
  );
  return `// Generated by scripts/options-docs.ts from the options' JSDoc; do not edit: pnpm docs:options.
// The argTypes documentation (description, type, default) of every option, by chart folder.

export const optionDocs = ${JSON.stringify(docs, null, 2)} as const;
`;
}

/** What the script writes, from the current sources. */
export function generate(readme = readFileSync(README, "utf8")): { readme: string; argTypes: string } {
  const groups = readOptionGroups();
  return { readme: withTables(readme, groups), argTypes: argTypesModule(groups) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { readme, argTypes } = generate();
  const targets: [string, string][] = [
    [README, readme],
    [ARG_TYPES, argTypes],
  ];
  if (process.argv.includes("--check")) {
    const stale = targets.filter(([file, text]) => readFileSync(file, "utf8") !== text).map(([f]) => f);
    for (const file of stale) console.error(`${file.slice(ROOT.length + 1)} is stale: run pnpm docs:options`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const [file, text] of targets) writeFileSync(file, text);
}
