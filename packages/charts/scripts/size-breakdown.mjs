// What a script-tag file holds, by origin: rebuilds one bundle of rollup.config.mjs in memory with
// a source map, attributes every byte of the minified output to the module it came from, groups
// the modules (a Plot folder, a d3 package, one of our folders), and prints a markdown table.
//
//   node scripts/size-breakdown.mjs [file]     # file: karabakh2023.core.min.js (default), ...
//
// "gzip KB" is what the file would lose without that group's bytes: gzip of the whole, minus gzip
// of the whole with them cut out (node:zlib, level 9). Compression shares context between groups,
// so these add up to a little less than the file's gzip size; the remainder is the last row.
import { gzipSync } from "node:zlib";
import configs from "../rollup.config.mjs";
import { buildWithMap, decode, group } from "./source-map.mjs";

const file = process.argv[2] ?? "karabakh2023.core.min.js";
const config = configs.find((c) => c.output.file === `dist/${file}`);
if (!config) throw new Error(`no bundle dist/${file} in rollup.config.mjs`);

const chunk = await buildWithMap(config);
const code = Buffer.from(chunk.code);

// Attribute each output byte (the code is ASCII after terser; offsets are per line).
const owner = new Array(code.length).fill("(bundle glue)");
let offset = 0;
const lines = chunk.code.split("\n");
decode(chunk.map.mappings).forEach((segments, l) => {
  let source = 0;
  for (let s = 0; s < segments.length; s++) {
    const [column, sourceDelta] = segments[s];
    if (sourceDelta !== undefined) source += sourceDelta;
    // Columns are deltas within a line.
    segments[s].absolute = (segments[s - 1]?.absolute ?? 0) + column;
    segments[s].source = sourceDelta !== undefined ? source : undefined;
  }
  for (let s = 0; s < segments.length; s++) {
    const start = segments[s].absolute;
    const end = segments[s + 1]?.absolute ?? lines[l].length;
    const name =
      segments[s].source === undefined ? "(bundle glue)" : group(chunk.map.sources[segments[s].source]);
    for (let i = start; i < end; i++) owner[offset + i] = name;
  }
  offset += lines[l].length + 1;
});

const gz = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;
const total = gz(code);
const groups = new Map();
for (const name of owner) {
  const g = groups.get(name) ?? { min: 0 };
  g.min++;
  groups.set(name, g);
}
const rows = [...groups].map(([name, g]) => {
  const without = Buffer.from(code.filter((_, i) => owner[i] !== name));
  return { name, min: g.min, gzip: total - gz(without) };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1000).toFixed(1);
const attributed = rows.reduce((t, r) => t + r.gzip, 0);
console.log(`| \`${file}\`: what it holds | min KB | gzip KB (without it, the file loses) |`);
console.log("| --- | --- | --- |");
for (const r of rows) console.log(`| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} |`);
console.log(`| (shared compression context) |  | ${kb(total - attributed)} |`);
console.log(`| **total** | **${kb(code.length)}** | **${kb(total)}** |`);
