/**
 * Shared pieces of the browser tests: fresh builds of what ships, a tiny static server on
 * 127.0.0.1 (with per-route headers, for the CSP page), and Debian's Chromium.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { SCRIPT_TAG_BUNDLE, SPLIT_BUNDLE } from "../../bench/lib/paths.js";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const CHARTS = join(ROOT, "packages/charts");
export const EMBED = join(ROOT, "packages/embed");

function newest(dir: string): number {
  if (statSync(dir).isFile()) return statSync(dir).mtimeMs;
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

export function stale(output: string, ...inputs: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => newest(input) > built);
}

/**
 * The script-tag bundles, rebuilt with rollup when one is missing or older than what they are
 * built from: the charts' sources, the dataset's sources (rollup reads packages/data/src, not its
 * dist) and the rollup config.
 */
export function ensureBundle(): string {
  const inputs = [join(CHARTS, "src"), join(ROOT, "packages/data/src"), join(CHARTS, "rollup.config.mjs")];
  if ([SCRIPT_TAG_BUNDLE, ...Object.values(SPLIT_BUNDLE)].some((file) => stale(file, ...inputs))) {
    execFileSync("pnpm", ["exec", "rollup", "-c"], { cwd: CHARTS, stdio: "pipe" });
  }
  return SCRIPT_TAG_BUNDLE;
}

/**
 * The embed package's dist (resizer.js, iframe pages), rebuilt when missing or older than the
 * sources. Its page script bundles `@karabakh2023/charts/element` from the charts' dist.
 */
export function ensureEmbedBuilt(): string {
  const dist = join(EMBED, "dist");
  if (stale(join(dist, "iframe/refugees-fr.html"), join(EMBED, "src"), join(CHARTS, "dist"))) {
    execFileSync("pnpm", ["run", "build"], { cwd: EMBED, stdio: "pipe" });
  }
  return dist;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
};

export interface Route {
  /** File to serve, or inline content. */
  file?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `routes` (exact paths) and, under each `mounts` prefix, files of a directory. */
export async function serve(
  routes: Record<string, Route>,
  mounts: Record<string, string> = {},
  host = "127.0.0.1",
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      // A malformed escape ("100% +" from a hostile src): answer, never leave the request hanging.
      res.writeHead(400).end("bad request");
      return;
    }
    // Browsers ask for it unprompted; a 404 would be a console error in every test.
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    let route = routes[path];
    if (!route) {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix) && !path.includes("..")) {
          const file = join(dir, path.slice(prefix.length));
          if (existsSync(file) && statSync(file).isFile()) route = { file };
        }
      }
    }
    if (!route) {
      res.writeHead(404).end("not found");
      return;
    }
    const type = TYPES[extname(route.file ?? path)] ?? "text/html; charset=utf-8";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...route.headers });
    res.end(route.body ?? readFileSync(route.file as string));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless. `extraArgs` e.g. host-resolver rules for look-alike hostnames. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}
