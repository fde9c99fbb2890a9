/**
 * The script-tag bundle and <karabakh-chart> under a strict Content-Security-Policy:
 * no eval, no inline script, inline styles only with the page's nonce.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensureBundle, launch, type StaticServer, serve } from "./harness.js";

const NONCE = "k23TestNonce0123456789";
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const bundle = ensureBundle();
  const headers = { "content-security-policy": CSP };
  server = await serve({
    "/karabakh2023.min.js": { file: bundle, headers },
    // External, so the policy allows it: collects violations from the first byte on.
    "/probe.js": {
      headers,
      body: `window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));`,
    },
    "/article.css": { headers, body: "body { margin: 0 auto; max-width: 680px; padding: 0 16px; }" },
    "/csp.html": {
      headers,
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title>
<script src="/probe.js"></script>
<script src="/karabakh2023.min.js" defer blocking="render"></script>
<link rel="stylesheet" href="/article.css"></head><body>
<karabakh-chart chart="casualties" nonce="${NONCE}"></karabakh-chart>
<karabakh-chart chart="refugees" nonce="${NONCE}"></karabakh-chart>
<karabakh-chart chart="reactions" nonce="${NONCE}"></karabakh-chart>
</body></html>`,
    },
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("three charts render under a strict CSP with 0 violation reports, and their styles apply", async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") console.push(m.text());
  });
  page.on("pageerror", (e) => console.push(e.message));
  const response = await page.goto(`${server.origin}/csp.html`, { waitUntil: "load" });
  expect(response?.headers()["content-security-policy"]).toBe(CSP);
  await page.waitForTimeout(300);

  const charts = await page.$$eval("karabakh-chart", (els) =>
    els.map((el) => ({
      svg: el.querySelector(".k23-plot svg") !== null,
      // Proof the figure stylesheet applied: the title is bold, the element is a block.
      titleWeight: getComputedStyle(el.querySelector(".k23-title") ?? el).fontWeight,
      display: getComputedStyle(el).display,
    })),
  );
  expect(charts).toEqual(Array(3).fill({ svg: true, titleWeight: "700", display: "block" }));
  // Every inline <style> the charts added carries the nonce (the browser hides its value).
  const styles = await page.$$eval("style", (els) => els.map((s) => (s as HTMLStyleElement).nonce));
  expect(styles.length).toBeGreaterThan(0);
  expect(styles.every((n) => n === NONCE)).toBe(true);

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  expect(console).toEqual([]);
  await page.close();
});
