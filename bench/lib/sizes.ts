/**
 * Byte sizes: minified as shipped, gzip (level 9) and brotli (quality 11), all with node:zlib,
 * so the numbers are deterministic and the budget tests can share them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { bundle } from "./esbuild.js";
import {
  BENCH_DIR,
  type CHARTS,
  CHARTS_DIR,
  LOCALE_FILES,
  ONE_CHART_PAGE,
  SCRIPT_TAG_BUNDLE,
  SPLIT_BUNDLE,
  VEGA,
  VEGA_LITE,
} from "./paths.js";

export interface Size {
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function sizeOf(bytes: Uint8Array): Size {
  return {
    min: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

export const sum = (...sizes: Size[]): Size => ({
  min: sizes.reduce((t, s) => t + s.min, 0),
  gzip: sizes.reduce((t, s) => t + s.gzip, 0),
  brotli: sizes.reduce((t, s) => t + s.brotli, 0),
});

export const scriptTagSize = () => sizeOf(readFileSync(SCRIPT_TAG_BUNDLE));
export const splitSizes = () => ({
  ...(Object.fromEntries(
    Object.entries(SPLIT_BUNDLE).map(([key, path]) => [key, sizeOf(readFileSync(path))]),
  ) as Record<keyof typeof SPLIT_BUNDLE, Size>),
  locales: Object.fromEntries(
    Object.entries(LOCALE_FILES).map(([tag, path]) => [tag, sizeOf(readFileSync(path))]),
  ) as Record<keyof typeof LOCALE_FILES, Size>,
});

/** What a page with one chart of the built-in story downloads: its split files together. */
export const onePageSize = (chart: (typeof CHARTS)[number]): Size =>
  sum(...ONE_CHART_PAGE[chart].map((file) => sizeOf(readFileSync(join(CHARTS_DIR, "dist", file)))));

/**
 * One chart as a consumer's bundler would ship it: `import { chart } from "@karabakh2023/charts"`
 * resolved through the package's `exports` to its built dist (the repository's tsconfig paths
 * ignored), minified by esbuild for the browser.
 */
export async function esmEntrySize(chart: (typeof CHARTS)[number]): Promise<Size> {
  const code = await bundle({
    stdin: {
      contents: `import { ${chart} } from "@karabakh2023/charts";\nglobalThis.chart = ${chart};\n`,
      resolveDir: CHARTS_DIR,
      loader: "js",
    },
    minify: true,
    format: "esm",
    platform: "browser",
    tsconfigRaw: {},
    legalComments: "none",
  });
  return sizeOf(code);
}

/** The page bundle of the direct-Plot alternative (three charts, same data and geometry). */
export const plotBundle = () =>
  bundle({
    entryPoints: [`${BENCH_DIR}/page/plot-entry.ts`],
    minify: true,
    format: "iife",
    platform: "browser",
    legalComments: "none",
  });

/** The Vega-Lite specs with the same data and geometry (vega and vega-lite are separate files). */
export const vegaLiteBundle = () =>
  bundle({
    entryPoints: [`${BENCH_DIR}/page/vega-lite-entry.ts`],
    minify: true,
    format: "iife",
    platform: "browser",
    legalComments: "none",
  });

export const harnessBundle = () =>
  bundle({
    entryPoints: [`${BENCH_DIR}/page/harness.ts`],
    minify: false,
    format: "iife",
    platform: "browser",
  });

export async function alternativeSizes() {
  const plot = sizeOf(await plotBundle());
  const specs = sizeOf(await vegaLiteBundle());
  const vega = sizeOf(readFileSync(VEGA));
  const vegaLite = sizeOf(readFileSync(VEGA_LITE));
  return { plot, vegaLite: sum(vega, vegaLite, specs), parts: { vega, vegaLite, specs } };
}
