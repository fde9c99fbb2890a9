/**
 * One page interface over the three engines a newsroom's readers use, all from Debian's
 * packages (nothing downloaded):
 *
 * - Chromium: `/usr/bin/chromium` through `playwright-core` (CDP);
 * - Firefox: `/usr/bin/firefox-esr` through `puppeteer-core` over WebDriver BiDi (Playwright
 *   drives only its own patched Firefox builds);
 * - WebKit: `/usr/bin/WebKitWebDriver` driving WebKitGTK's MiniBrowser under `xvfb-run`, through
 *   `webdriverio` (WebDriver classic: the only protocol WebKitGTK's driver speaks fully).
 *
 * MiniBrowser's window cannot be narrower than 447 px, so in WebKit every page is opened inside
 * an iframe of exactly the viewport's size on an `about:blank` wrapper, and commands run in that
 * frame: the page sees a real 320 px viewport (media queries, `innerWidth`), as on a phone.
 *
 * WebDriver classic reports no console messages, so every page gets `ERROR_PROBE` (served into
 * its HTML by the test servers): it records console errors, uncaught exceptions, unhandled
 * rejections and failed resource loads in `window.__k23Errors`, which `errors()` reads in
 * every engine, next to the engine's own events where it has them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, connect as tcpConnect } from "node:net";
import { chromium } from "playwright-core";
import pngjs from "pngjs";
import puppeteer from "puppeteer-core";
import { remote } from "webdriverio";

const { PNG } = pngjs;

export const ENGINES = ["chromium", "firefox", "webkit"] as const;
export type EngineName = (typeof ENGINES)[number];

/** ENGINES=firefox,webkit limits a run to those engines (all three by default). */
export function selectedEngines(): EngineName[] {
  const wanted = process.env.ENGINES?.split(",").map((s) => s.trim()) ?? [...ENGINES];
  const unknown = wanted.filter((e) => !(ENGINES as readonly string[]).includes(e));
  if (unknown.length > 0) throw new Error(`invalid ENGINES: ${unknown.join(",")} (expected ${ENGINES})`);
  return ENGINES.filter((e) => wanted.includes(e));
}

/** Runs first in every page the test servers serve (see `injectProbe`). */
export const ERROR_PROBE = `(() => {
  const errors = (window.__k23Errors = []);
  const original = console.error.bind(console);
  console.error = (...args) => { errors.push("console.error: " + args.map(String).join(" ")); original(...args); };
  addEventListener("error", (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push("failed to load: " + (t.src || t.href));
    else errors.push("uncaught: " + (e.message || String(e.error)));
  }, true);
  addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + String(e.reason)));
})();`;

/** `html` with ERROR_PROBE as the first thing in its `<head>`. */
export function injectProbe(html: string): string {
  const script = `<script>${ERROR_PROBE}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + script) : script + html;
}

export interface PageOptions {
  readonly width: number;
  readonly height: number;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (awaiting a returned promise); `fn` must be self-contained. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resizes the viewport; the page stays loaded. */
  setViewport(width: number, height: number): Promise<void>;
  /** Presses and releases one key ("Tab", "ArrowRight", "Escape"). */
  press(key: "Tab" | "ArrowRight" | "ArrowLeft" | "Escape" | "Enter"): Promise<void>;
  /** PNG of the page's top `height` px at the viewport's width (may be taller than the viewport). */
  screenshot(height: number): Promise<Buffer>;
  /** Errors since the last `goto`: the probe's, and the engine's own where it reports them. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  newPage(options: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Classic (space-taking) scrollbars, as most desktop readers have. Firefox and WebKitGTK
   * show them anyway; headless Chromium hides them unless asked.
   */
  readonly scrollbars?: boolean;
  /** Extra Chromium switches, e.g. host-resolver rules. */
  readonly chromiumArgs?: readonly string[];
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

export function launchEngine(name: EngineName, options: LaunchOptions = {}): Promise<Engine> {
  if (name === "chromium") return launchChromium(options);
  if (name === "firefox") return launchFirefox();
  return launchWebKit();
}

const readProbe = () => (window as unknown as { __k23Errors?: string[] }).__k23Errors ?? [];

async function launchChromium(options: LaunchOptions): Promise<Engine> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
    ignoreDefaultArgs: options.scrollbars ? ["--hide-scrollbars"] : [],
  });
  return {
    name: "chromium",
    close: () => browser.close(),
    async newPage({ width, height }) {
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
        reducedMotion: "reduce",
        colorScheme: "light",
        locale: "en-GB",
        timezoneId: "UTC",
      });
      // Only the local servers answer: the suite never reaches the network.
      await context.route(/^(?!http:\/\/(127\.0\.0\.1|[\w.-]+\.localhost):)/, (route) => route.abort());
      const page = await context.newPage();
      let native: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") native.push(`console.error: ${m.text()}`);
      });
      page.on("pageerror", (e) => native.push(`uncaught: ${e.message}`));
      page.on("requestfailed", (r) => native.push(`request failed: ${r.url()}`));
      return {
        engine: "chromium",
        async goto(url) {
          native = [];
          await page.goto(url, { waitUntil: "load" });
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        setViewport: (w, h) => page.setViewportSize({ width: w, height: h }),
        press: (key) => page.keyboard.press(key),
        screenshot: (h) =>
          page.screenshot({
            clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? width, height: h },
            // A full-page capture lays the page out again at its full height (its scrollbar gone).
            fullPage: h > (page.viewportSize()?.height ?? 0),
            animations: "disabled",
            caret: "hide",
          }),
        errors: async () => [...native, ...(await page.evaluate(readProbe))],
        close: () => context.close(),
      };
    },
  };
}

async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: {
      "ui.prefersReducedMotion": 1,
      "intl.accept_languages": "en-GB",
      // Light, like the other two engines, whatever the machine's GTK theme says.
      "layout.css.prefers-color-scheme.content-override": 1,
    },
  });
  return {
    name: "firefox",
    close: () => browser.close(),
    async newPage({ width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      let native: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") native.push(`console.error: ${m.text()}`);
      });
      page.on("pageerror", (e) => native.push(`uncaught: ${(e as Error).message ?? e}`));
      return {
        engine: "firefox",
        async goto(url) {
          native = [];
          await page.goto(url, { waitUntil: "load" });
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        setViewport: (w, h) => page.setViewport({ width: w, height: h, deviceScaleFactor: 1 }),
        press: (key) => page.keyboard.press(key),
        async screenshot(h) {
          const w = page.viewport()?.width ?? width;
          const png = await page.screenshot({
            clip: { x: 0, y: 0, width: w, height: h },
            captureBeyondViewport: true,
          });
          return Buffer.from(png);
        },
        errors: async () => [...native, ...(await page.evaluate(readProbe))],
        close: () => page.close(),
      };
    },
  };
}

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/** Room for a 1024 px viewport and a 1200 px capture (the window's own toolbar is 38 px). */
const SCREEN = { width: 1100, height: 1300 };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  const driver: ChildProcess = spawn(
    "xvfb-run",
    [
      "-a",
      `--server-args=-screen 0 ${SCREEN.width}x${SCREEN.height}x24`,
      "/usr/bin/WebKitWebDriver",
      `--port=${port}`,
    ],
    {
      // As root the web process sandbox cannot start and session creation hangs.
      // GTK_OVERLAY_SCROLLING=0: classic scrollbars, like a desktop Safari with a mouse.
      env: { ...process.env, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: "1", GTK_OVERLAY_SCROLLING: "0" },
      detached: true,
      stdio: "ignore",
    },
  );
  const stopDriver = () => {
    if (driver.pid && driver.exitCode === null) {
      try {
        process.kill(-driver.pid, "SIGTERM");
      } catch {}
    }
  };
  const connect = () =>
    remote({
      hostname: "127.0.0.1",
      port,
      path: "/",
      logLevel: "error",
      connectionRetryCount: 0,
      capabilities: {
        "wdio:enforceWebDriverClassic": true,
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      } as WebdriverIO.Capabilities,
    });
  // The driver listens a moment after xvfb-run starts; connect once it does.
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = tcpConnect(port, "127.0.0.1");
      socket.once("connect", () => resolve(socket.end() && true));
      socket.once("error", () => resolve(false));
    });
  for (let attempt = 0; !(await listening()); attempt++) {
    if (attempt > 80 || driver.exitCode !== null) {
      stopDriver();
      throw new Error(`WebKitWebDriver did not start on port ${port} (is webkit2gtk-driver installed?)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const browser = await connect().catch((error) => {
    stopDriver();
    throw error;
  });
  const b = browser;
  await b.setWindowSize(SCREEN.width, SCREEN.height);
  let open = false;
  return {
    name: "webkit",
    async close() {
      await b.deleteSession().catch(() => {});
      stopDriver();
    },
    async newPage({ width, height }) {
      if (open) throw new Error("WebKit: one page at a time (MiniBrowser has one window)");
      open = true;
      let size = { width, height };
      const frame = async () => {
        await b.switchToParentFrame();
        await b.switchFrame(await b.$("#k23-viewport"));
      };
      let loaded = false;
      const sizeFrame = async (w: number, h: number) => {
        if (!loaded) return;
        await b.switchToParentFrame();
        await b.execute(
          (fw: number, fh: number) => {
            const f = document.getElementById("k23-viewport") as HTMLIFrameElement;
            f.style.width = `${fw}px`;
            f.style.height = `${fh}px`;
          },
          w,
          h,
        );
        await frame();
      };
      return {
        engine: "webkit",
        async goto(url) {
          await b.switchToParentFrame();
          await b.url("about:blank");
          await b.executeAsync(
            (src: string, w: number, h: number, done: () => void) => {
              document.body.style.margin = "0";
              const f = document.createElement("iframe");
              f.id = "k23-viewport";
              f.style.cssText = `display:block;border:0;width:${w}px;height:${h}px`;
              f.addEventListener("load", () => done(), { once: true });
              f.src = src;
              document.body.appendChild(f);
            },
            url,
            size.width,
            size.height,
          );
          loaded = true;
          await frame();
        },
        evaluate: (fn, arg) => b.execute(fn as never, arg as never) as never,
        async setViewport(w, h) {
          size = { width: w, height: h };
          await sizeFrame(w, h);
        },
        press: (key) => b.keys(key),
        async screenshot(h) {
          // The window's screenshot cropped to the frame (an element screenshot of an iframe
          // comes out black in WebKitGTK).
          const viewport = size;
          await sizeFrame(viewport.width, h);
          await b.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await b.switchToParentFrame();
          const whole = PNG.sync.read(Buffer.from(await b.takeScreenshot(), "base64"));
          const crop = new PNG({ width: viewport.width, height: h });
          PNG.bitblt(whole, crop, 0, 0, viewport.width, h, 0, 0);
          await sizeFrame(viewport.width, viewport.height);
          return PNG.sync.write(crop);
        },
        errors: () => b.execute(readProbe),
        async close() {
          open = false;
          loaded = false;
          await b.switchToParentFrame();
          await b.url("about:blank");
        },
      };
    },
  };
}

/** Polls `fn` in the page until it returns true (20 s at most). */
export async function until<A>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => boolean,
  arg?: A,
): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(fn, arg as A)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
