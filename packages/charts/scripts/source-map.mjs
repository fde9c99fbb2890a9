// Source maps of the script-tag files, for the tools that attribute their bytes or their run time
// to the modules they came from (scripts/size-breakdown.mjs, bench/profile/article.ts).
import { rollup } from "rollup";

// The JSON plugin gives no source map: map each JSON module's code to its file, so the geometry
// is counted as itself and not as the module before it. Line n of the code comes from line n.
const lineMap = (id, code) => ({
  version: 3,
  sources: [id],
  names: [],
  mappings: code
    .split("\n")
    .map((_, i) => (i ? "AACA" : "AAAA"))
    .join(";"),
});

/**
 * One bundle of rollup.config.mjs built in memory with a source map (the same code as the file
 * `pnpm build` writes): the output chunk, `{ code, map }`.
 */
export async function buildWithMap(config) {
  const plugins = config.plugins.map((p) =>
    p.name === "json"
      ? {
          ...p,
          async transform(code, id) {
            const out = await p.transform.call(this, code, id);
            return out && { code: out.code, map: lineMap(id, out.code) };
          },
        }
      : p,
  );
  const build = await rollup({ ...config, plugins, onwarn: () => {} });
  const { output } = await build.generate({ ...config.output, sourcemap: true });
  return output[0];
}

/** Base64 VLQ, as source maps write positions. */
export function decode(mappings) {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines = [];
  for (const line of mappings.split(";")) {
    const segments = [];
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      segments.push(values);
    }
    lines.push(segments);
  }
  return lines;
}

/** The group a source belongs to: Plot's folder, a node_modules package, or our src folder. */
export function group(source) {
  if (!source) return "(bundle glue)";
  if (source.endsWith(".json")) return source.replace(/^(\.\.\/)+(packages\/charts\/)?/, "");
  const plot = source.match(/@observablehq\/plot\/src\/(?:([^/]+)\/)?/);
  if (plot) return `Plot: ${plot[1] ?? "(top level: plot.js, scales.js, …)"}`;
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/);
  if (pkg) return pkg[1];
  // Our sources, relative to dist/: ../src/… (charts), ../../data/src/… (data).
  const ours = source.match(/^\.\.\/(?:\.\.\/(data)\/)?src\/(?:([^/]+)\/)?/);
  if (ours) return `${ours[1] ?? "charts"}: ${ours[2] ? `${ours[2]}/` : "(top level)"}`;
  return source.replace(/^.*\0/, "(virtual) ");
}
