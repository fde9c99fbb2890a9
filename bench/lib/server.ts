/** A tiny static server on 127.0.0.1 for the benchmark pages, serving files held in memory. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Asset {
  readonly type: string;
  readonly body: string | Buffer;
}

export async function serve(
  assets: ReadonlyMap<string, Asset>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const asset = assets.get(path);
    if (!asset) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    // No caching: every page load in a fresh context fetches and parses the scripts again.
    response.writeHead(200, { "content-type": asset.type, "cache-control": "no-store" }).end(asset.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
