/**
 * esbuild, borrowed from tsup (a root dev dependency) rather than added as one more: the bench
 * uses it to bundle the alternatives' pages and to bundle each chart as a consumer would.
 * Typed here by the few options the bench passes (esbuild's own types are not reachable from
 * the root without a direct dependency).
 */
import { createRequire } from "node:module";

export interface BuildOptions {
  entryPoints?: string[];
  stdin?: { contents: string; resolveDir: string; loader?: "ts" | "js" };
  bundle: true;
  write: false;
  minify: boolean;
  format: "iife" | "esm";
  platform: "browser" | "node";
  target?: string;
  logLevel?: "error" | "silent";
  /** `{}` ignores the repository's tsconfig paths, as a consumer's build would. */
  tsconfigRaw?: Record<string, unknown>;
  legalComments?: "none" | "eof" | "inline";
}

export interface Esbuild {
  build(options: BuildOptions): Promise<{ outputFiles: { contents: Uint8Array }[] }>;
}

const require = createRequire(import.meta.url);
export const esbuild = createRequire(require.resolve("tsup"))("esbuild") as Esbuild;

/** Bundles to a single file in memory. */
export async function bundle(options: Omit<BuildOptions, "bundle" | "write">): Promise<Buffer> {
  const result = await esbuild.build({ logLevel: "error", ...options, bundle: true, write: false });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return Buffer.from(file.contents);
}
