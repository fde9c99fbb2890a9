// The script-tag bundles, minified IIFEs:
// - karabakh2023.min.js: everything in one file (global `Karabakh2023`, registers <karabakh-chart>);
// - karabakh2023.core.min.js: the same code without the dataset, the map and the curve, which are
//   karabakh2023.data.min.js, karabakh2023.map.min.js (the map's code and the default map's
//   paths) and karabakh2023.curve.min.js (the curve's code), for pages that want the fewest
//   bytes: a page drawing its own data in bars loads the core alone, a bar chart page loads
//   neither the map nor the curve;
// - the message tables beyond en and fr (karabakh2023.locale-<tag>.min.js) and the dataset's
//   texts in those languages (karabakh2023.data[.<chart>].locale-<tag>.min.js), for pages that
//   draw in them.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// The dataset from its sources, not its dist: dist/index.js is one module that also holds the zod
// schemas (validation, unused by the charts), and rollup cannot drop zod's top-level calls from
// it. From the sources, schema.ts is a separate module of a side-effect-free package: dropped.
const datasetFromSource = {
  name: "karabakh2023-data-source",
  resolveId(source) {
    if (source === "@karabakh2023/data")
      return this.resolve(here("../data/src/index.ts"), undefined, { skipSelf: true });
    const locale = /^@karabakh2023\/data\/i18n\/(.+)$/.exec(source)?.[1];
    return locale
      ? this.resolve(here(`../data/src/generated/i18n-${locale}.ts`), undefined, { skipSelf: true })
      : null;
  },
};

// The core bundle reads the dataset from the global the data file sets, and draws the map and the
// curve with the code of their files (src/split/map-shim.ts, curve-shim.ts).
const SHIMS = [
  // The built-in tables beyond en and fr: karabakh2023.locale-<tag>.min.js.
  [/\/locales\/built-in(\.ts|\.js)?$/, here("src/split/no-locales.ts")],
  [/\/data\/src\/generated\/(dataset|countries|version)(\.ts)?$/, here("src/split/dataset-shim.ts")],
  [/\/src\/reactions-map\/index\.ts$/, here("src/split/map-shim.ts")],
  [/\/src\/refugee-curve\/index\.ts$/, here("src/split/curve-shim.ts")],
];
const dataFromGlobals = {
  name: "karabakh2023-data-from-globals",
  async resolveId(source, importer, options) {
    if (!importer || !/generated|(reactions-map|refugee-curve)\/index|built-in/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const shim = resolved && SHIMS.find(([pattern]) => pattern.test(resolved.id));
    return shim ? this.resolve(shim[1], undefined, { skipSelf: true }) : resolved;
  },
};

// --- One chart's part of the dataset (karabakh2023.data.<chart>.min.js) ----------------------
// A page with one chart of the built-in story loads only what that chart draws: its tables
// (as src/default-story.ts gives each chart), the story's metadata and vocabulary, and only
// the claimants and sources its rows cite. The rows are picked here, at build time, from the
// dataset's sources (packages/data/src/generated), and handed to mergeData() with their places
// in the whole tables, so two of these files on one page make the same tables as the whole file.
const CHART_TABLES = {
  casualties: ["casualties"],
  refugees: ["refugees", "events", "population"],
  reactions: ["reactions", "countries"],
};
const CHART_DATA = "\0karabakh2023-chart-data:";
const GENERATED = ["dataset", "countries", "version"].map((name) => here(`../data/src/generated/${name}.ts`));
// The generated modules hold only literals (their imports are types): run them as they build.
async function generated(context, files) {
  const data = {};
  for (const file of files) {
    const { code } = await context.load({ id: file });
    Object.assign(data, await import(`data:text/javascript,${encodeURIComponent(code)}`));
  }
  return data;
}
/** One chart's part of the dataset: its tables, and the claimants and sources they cite. */
async function chartPart(context, chart) {
  const data = await generated(context, GENERATED);
  // The vocabulary is the metadata's own (mergeData sets both keys from it). Every part carries
  // the whole dataset's fingerprint (prerendered figures compare it).
  const part = { storyMeta: data.storyMeta, datasetVersion: data.datasetVersion };
  const rows = (table, keep) => {
    const at = data[table].flatMap((row, i) => (keep(row) ? [i] : []));
    return { at, rows: at.map((i) => data[table][i]) };
  };
  const cited = [];
  for (const table of CHART_TABLES[chart]) {
    const value = data[table];
    part[table] = Array.isArray(value) ? rows(table, () => true) : value;
    cited.push(...(Array.isArray(value) ? value : [value]));
  }
  const claimantIds = new Set(cited.map((row) => row.claimant).filter(Boolean));
  part.claimants = rows("claimants", (c) => claimantIds.has(c.id));
  const sourceIds = new Set([...cited, ...part.claimants.rows].flatMap((row) => row.sources ?? []));
  part.sources = rows("sources", (s) => sourceIds.has(s.id));
  return part;
}
const chartData = {
  name: "karabakh2023-chart-data",
  resolveId: (source) => (source.startsWith(CHART_DATA) ? source : null),
  async load(id) {
    if (!id.startsWith(CHART_DATA)) return null;
    const part = await chartPart(this, id.slice(CHART_DATA.length));
    return [
      `import { mergeData } from ${JSON.stringify(here("src/split/globals.ts"))};`,
      `mergeData(${JSON.stringify(part)});`,
    ].join("\n");
  },
};

// --- The dataset's texts in a locale beyond its own ------------------------------------------
// karabakh2023.data.locale-<tag>.min.js (the whole dataset's) and karabakh2023.data.<chart>.locale-
// <tag>.min.js (the texts of that chart's part: the vocabulary, the story's texts, and the rows of
// its tables, claimants and sources). Apart from the message table (karabakh2023.locale-<tag>):
// a page drawing its own story in that language needs the table, not the dataset's texts; and
// as the data, they follow the per-chart split, so a page in Armenian with the bars alone loads
// the bars' Armenian texts, not the map's and the curve's.
const STORY_TEXTS = "\0karabakh2023-story-texts:";
// One set per locale the data build wrote (data/i18n/<tag>.csv → src/generated/i18n-<tag>.ts).
const TEXT_LOCALES = readdirSync(here("../data/src/generated"))
  .flatMap((name) => /^i18n-(.+)\.ts$/.exec(name)?.[1] ?? [])
  .sort();
const storyTexts = {
  name: "karabakh2023-story-texts",
  resolveId: (source) => (source.startsWith(STORY_TEXTS) ? source : null),
  async load(id) {
    if (!id.startsWith(STORY_TEXTS)) return null;
    const [chart, locale] = id.slice(STORY_TEXTS.length).split(":");
    const file = here(`../data/src/generated/i18n-${locale}.ts`);
    const { texts } = (await generated(this, [file]))[locale.replace(/-/g, "_")];
    let keep = () => true;
    if (chart !== "all") {
      const part = await chartPart(this, chart);
      const ids = new Map(
        Object.entries(part)
          .filter(([, value]) => Array.isArray(value?.rows))
          .map(([table, { rows }]) => [table, new Set(rows.map((row) => row.id))]),
      );
      keep = (key) => {
        const [table, rowId] = key.split(" ");
        return table === "story" || table === "vocabulary" || ids.get(table)?.has(rowId) === true;
      };
    }
    const own = Object.fromEntries(Object.entries(texts).filter(([key]) => keep(key)));
    return [
      `import { mergeStoryTexts } from ${JSON.stringify(here("src/split/globals.ts"))};`,
      `mergeStoryTexts(${JSON.stringify(locale)}, ${JSON.stringify(own)});`,
    ].join("\n");
  },
};

// Parts of Plot and d3 that the three charts never reach, left out of both script-tag bundles.
// Plot's plot.js imports them for options we never pass (tips, Plot's own legends) or lists every
// named projection and colour scheme up front; our charts draw their own legends and tooltips,
// give every colour, and offer three projections (reactions-map/options.ts). Each left-out export
// becomes a function that throws, naming itself, so a future use fails loudly in the tests
// (every chart example is snapshotted) instead of drawing something wrong.
const LEFT_OUT = [
  { source: /\/marks\/tip\.js$/, keep: [] },
  { source: /\/interactions\/pointer\.js$/, keep: [] },
  { source: /\/legends\/(ramp|swatches)\.js$/, keep: [] },
  {
    source: /^d3-geo$/,
    keep: ["geoPath", "geoTransform", "geoClipRectangle", "geoStream", "geoIdentity"].concat([
      "geoEqualEarth",
      "geoEquirectangular",
      "geoMercator",
    ]),
  },
  // Every colour is given (figure/theme.ts, reactions-map/palette.ts): no named scheme is read.
  { source: /^d3-scale-chromatic$/, keep: [] },
  // Every axis has a tickFormat (Intl, figure/format.ts). Plot and d3-scale still make a few
  // formatters when they load or build a scale, so these factories return one that throws if
  // it is ever called.
  { source: /^d3-time-format$/, keep: [], factories: ["timeFormat", "utcFormat", "timeParse", "utcParse"] },
  // Likewise for numbers: every tick and label is formatted with Intl.NumberFormat.
  { source: /^d3-format$/, keep: [], factories: ["format", "formatPrefix"] },
];
// --- The map in its own file (karabakh2023.map.min.js) -----------------------------------------
// Only a map projects, and the default map not even that (its paths are built, see
// scripts/build-map-paths.ts): the core keeps of d3-geo only geoTransform (Plot calls it when it
// loads) and reaches the rest through karabakh2023.world.min.js, which carries them (src/split/geo.ts) with the
// world topology (src/split/world-entry.ts), for maps projected on the page.
const GEO_FORWARDED = [
  "geoPath",
  "geoClipRectangle",
  "geoStream",
  "geoIdentity",
  "geoEqualEarth",
  "geoEquirectangular",
  "geoMercator",
];
const CORE_LEFT_OUT = LEFT_OUT.map((rule) =>
  String(rule.source) === String(/^d3-geo$/)
    ? { ...rule, keep: ["geoTransform"], forward: GEO_FORWARDED }
    : rule,
);

// --- The map and the curve in files of their own (karabakh2023.map.min.js, .curve.min.js) -----
// Their imports from outside their folder (Plot, the figure chrome, the data helpers) are read
// from what the core lends them (src/split/shared.ts, `globalThis.Karabakh2023Shared`).
const SHARED = "\0karabakh2023-shared";
// The map file reads the topology from the world file (src/split/world-shim.ts).
const topologyFromWorldFile = {
  name: "karabakh2023-topology-from-world-file",
  async resolveId(source, importer, options) {
    if (!importer || !source.endsWith("/world.json")) return null;
    return this.resolve(here("src/split/world-shim.ts"), undefined, { ...options, skipSelf: true });
  },
};
/** The file of one chart's folder: what it does not hold itself, it reads from the core. */
const fromCore = (folder) => {
  const own = new RegExp(`/src/(${folder}|split)/|node_modules`);
  // The Plot marks it calls (`Plot.line(…)`): a namespace import does not list them.
  const plotNames = new Set();
  return {
    name: "karabakh2023-from-core",
    async resolveId(source, importer, options) {
      if (!importer || own.test(importer) === false) return null;
      if (
        ["@observablehq/plot", "@karabakh2023/data", "d3-array"].includes(source) &&
        !/node_modules/.test(importer)
      )
        return { id: SHARED, external: true };
      if (!source.startsWith(".") || /node_modules/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && /\/packages\/charts\/src\//.test(resolved.id) && !own.test(resolved.id))
        return { id: SHARED, external: true };
      return resolved;
    },
    transform(code, id) {
      if (!/node_modules/.test(id))
        for (const [, name] of code.matchAll(/\bPlot\.([a-z]\w*)/g)) plotNames.add(name);
      return null;
    },
    // Every name the file takes from the core must be lent by shared.ts.
    generateBundle(_, bundle) {
      const lent = new Set(
        [...readFileSync(here("src/split/shared.ts"), "utf8").matchAll(/export \{([^}]*)\}/g)].flatMap(
          ([, names]) =>
            names
              .split(",")
              .map((n) => n.trim())
              .filter(Boolean),
        ),
      );
      for (const chunk of Object.values(bundle)) {
        const missing = [...(chunk.importedBindings?.[SHARED] ?? []), ...plotNames].filter(
          (n) => n !== "*" && !lent.has(n),
        );
        if (missing.length) this.error(`src/split/shared.ts does not lend ${folder}/ ${missing.join(", ")}`);
      }
    },
  };
};
// The map and curve files may load before the core: they then wait until the core starts them.
const SPLIT_WRAP = [
  `(function(start){var g=globalThis;if(g.Karabakh2023Shared)start(g.Karabakh2023Shared);else(g.Karabakh2023Pending=g.Karabakh2023Pending||[]).push(start)})(function(Karabakh2023Shared){`,
  "});",
];

const leaveOut = (rules) => ({
  name: "karabakh2023-leave-out",
  async resolveId(source, importer, options) {
    const rule = importer && rules.find((r) => r.source.test(source));
    if (!rule) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && `\0left-out:${resolved.id}`;
  },
  async load(id) {
    if (!id.startsWith("\0left-out:")) return null;
    const real = id.slice("\0left-out:".length);
    const rule = rules.find(
      (r) => r.source.test(real) || r.source.test(real.split("node_modules/").pop().split("/")[0]),
    );
    const { exports } = await this.load({ id: real });
    const kept = exports.filter((name) => rule.keep.includes(name));
    const forwarded = exports.filter((name) => rule.forward?.includes(name));
    const stubs = exports
      .filter((name) => !kept.includes(name) && !forwarded.includes(name) && name !== "default")
      .map((name) =>
        rule.factories?.includes(name)
          ? `export const ${name} = (spec) => leftOut(\`${name}("\${spec}")\`);`
          : `export const ${name} = leftOut(${JSON.stringify(name)});`,
      );
    return [
      'const leftOut = (name) => () => { throw new Error("karabakh2023: " + name + " is not in this bundle (rollup.config.mjs)"); };',
      kept.length ? `export { ${kept.join(", ")} } from ${JSON.stringify(real)};` : "",
      forwarded.length
        ? `import { fromFile, WORLD_GLOBAL } from ${JSON.stringify(here("src/split/globals.ts"))};`
        : "",
      ...forwarded.map(
        (name) => `export const ${name} = (...args) => fromFile(WORLD_GLOBAL).d3geo.${name}(...args);`,
      ),
      ...stubs,
    ].join("\n");
  },
});

const LICENCES = "Observable Plot, d3 (ISC), topojson-client";

const bundle = (
  input,
  file,
  banner,
  { plugins: extraPlugins = [], leftOut = LEFT_OUT, wrap, external } = {},
) => ({
  input,
  external,
  output: {
    file: `dist/${file}`,
    format: "iife",
    // Only the code bundles declare the global; the data and map files set theirs (src/split/globals.ts).
    name: /bundle|core-entry/.test(input) ? "Karabakh2023" : undefined,
    globals: { [SHARED]: "Karabakh2023Shared" },
    sourcemap: false,
    banner: wrap ? `${banner}\n${wrap[0]}` : banner,
    footer: wrap?.[1],
  },
  // Plot and d3 read no property for its side effects: assuming so drops a further ~7 KB gzip.
  // Except src/split/lend.ts, the core's first module, imported for what it does.
  treeshake: { preset: "smallest", moduleSideEffects: (id) => /\/src\/split\/lend\.ts$/.test(id) },
  plugins: [
    leaveOut(leftOut),
    ...extraPlugins,
    datasetFromSource,
    nodeResolve({ browser: true, extensions: [".ts", ".js", ".mjs", ".json"] }),
    // Plot imports a CommonJS module (interval-tree-1d).
    commonjs(),
    json({ compact: true }),
    esbuild({ target: "es2020", tsconfig: "../../tsconfig.base.json" }),
    terser({ format: { comments: /^!/ } }),
  ],
  onwarn(warning, warn) {
    // d3 has known, harmless circular imports; anything else is reported.
    if (warning.code === "CIRCULAR_DEPENDENCY") return;
    warn(warning);
  },
});

export default [
  bundle(
    "src/element/bundle.ts",
    "karabakh2023.min.js",
    `/*! @karabakh2023/charts | MIT; dataset CC BY-SA 4.0; bundles ${LICENCES}, world-atlas (Natural Earth) */`,
  ),
  bundle(
    "src/split/core-entry.ts",
    "karabakh2023.core.min.js",
    `/*! @karabakh2023/charts core | MIT; bundles ${LICENCES}. Built-in data: karabakh2023.data.min.js, map: karabakh2023.map.min.js, curve: karabakh2023.curve.min.js */`,
    { plugins: [dataFromGlobals], leftOut: CORE_LEFT_OUT },
  ),
  bundle(
    "src/split/dataset-entry.ts",
    "karabakh2023.data.min.js",
    "/*! @karabakh2023/data | CC BY-SA 4.0, every figure with its source, claimant and as-of date */",
  ),
  ...Object.keys(CHART_TABLES).map((chart) =>
    bundle(
      `${CHART_DATA}${chart}`,
      `karabakh2023.data.${chart}.min.js`,
      `/*! @karabakh2023/data, what chart="${chart}" draws | CC BY-SA 4.0, every figure with its source, claimant and as-of date */`,
      { plugins: [chartData] },
    ),
  ),
  ...TEXT_LOCALES.flatMap((locale) =>
    ["all", ...Object.keys(CHART_TABLES)].map((chart) =>
      bundle(
        `${STORY_TEXTS}${chart}:${locale}`,
        `karabakh2023.data.${chart === "all" ? "" : `${chart}.`}locale-${locale}.min.js`,
        `/*! @karabakh2023/data, the ${locale} texts of ${chart === "all" ? "the dataset" : `what chart="${chart}" draws`} (data/i18n/${locale}.csv) | CC BY-SA 4.0; load with karabakh2023.locale-${locale}.min.js */`,
        { plugins: [storyTexts] },
      ),
    ),
  ),
  bundle(
    "src/split/map-entry.ts",
    "karabakh2023.map.min.js",
    "/*! @karabakh2023/charts reactions map, for karabakh2023.core.min.js | MIT; bundles topojson-client, paths of world-atlas (Natural Earth, public domain), simplified. Other projections and regions: karabakh2023.world.min.js */",
    { plugins: [topologyFromWorldFile, fromCore("reactions-map")], wrap: SPLIT_WRAP },
  ),
  bundle(
    "src/split/curve-entry.ts",
    "karabakh2023.curve.min.js",
    "/*! @karabakh2023/charts refugee curve, for karabakh2023.core.min.js | MIT */",
    { plugins: [fromCore("refugee-curve")], wrap: SPLIT_WRAP },
  ),
  ...["en-US", "hy", "ru"].map((tag) =>
    bundle(
      `src/split/locale-${tag}.ts`,
      `karabakh2023.locale-${tag}.min.js`,
      `/*! @karabakh2023/charts ${tag} message table | MIT; load with karabakh2023.core.min.js */`,
    ),
  ),
  bundle(
    "src/split/lazy-entry.ts",
    "karabakh2023.lazy.min.js",
    '/*! @karabakh2023/charts lazy loader: loads the <script type="karabakh2023/lazy"> chart files when a prerendered figure needs them | MIT */',
  ),
  bundle(
    "src/split/world-entry.ts",
    "karabakh2023.world.min.js",
    "/*! karabakh2023 world geometry and d3-geo, for maps projected on the page | world-atlas (Natural Earth, public domain), simplified; d3-geo (ISC) */",
  ),
];
