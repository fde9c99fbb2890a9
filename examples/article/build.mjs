// Builds the example article into examples/article/dist:
// 1. the static image with the command-line renderer (method 3),
// 2. the iframe embed pages copied from @karabakh2023/embed's dist (method 2),
// 3. the page itself with Vite, which bundles <karabakh-chart> from the workspace (method 1).
// Needs `pnpm build` first (the renderer and the embed pages come from the packages' dist).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const embed = here("../../packages/embed/dist/");
const publicDir = here("./public/");
mkdirSync(publicDir, { recursive: true });

// The article column is 720 px minus 16 px padding each side.
const WIDTH = 688;
// Phones get their own rendering (picture/source): scaled down, the wide one's text is unreadable.
const NARROW = 360;
const render = (...args) =>
  execFileSync(process.execPath, [`${embed}esm/bin.js`, ...args], { stdio: "inherit" });
render(
  "--chart",
  "casualties",
  "--locale",
  "fr",
  "--width",
  String(WIDTH),
  "--out",
  `${publicDir}casualties-fr.svg`,
);
render(
  "--chart",
  "casualties",
  "--locale",
  "fr",
  "--width",
  String(WIDTH),
  "--scale",
  "2",
  "--out",
  `${publicDir}casualties-fr.png`,
);

for (const [suffix, width, margin] of [["-narrow", NARROW, 8]]) {
  const base = [
    "--chart",
    "casualties",
    "--locale",
    "fr",
    "--width",
    String(width),
    "--margin",
    String(margin),
  ];
  render(...base, "--out", `${publicDir}casualties-fr${suffix}.svg`);
  render(...base, "--scale", "2", "--out", `${publicDir}casualties-fr${suffix}.png`);
}

const svg = readFileSync(`${publicDir}casualties-fr.svg`, "utf8");
const fromXml = (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
// Width and height reserve the image's box before it loads; the alt text is the chart's summary.
process.env.VITE_CASUALTIES_WIDTH = String(WIDTH);
process.env.VITE_CASUALTIES_HEIGHT = /height="(\d+)"/.exec(svg)?.[1] ?? "";
process.env.VITE_CASUALTIES_ALT = attr(
  `${fromXml(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? "")}. ${fromXml(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "")}`,
);
process.env.VITE_CASUALTIES_NARROW_WIDTH = String(NARROW);
process.env.VITE_CASUALTIES_NARROW_HEIGHT =
  /height="(\d+)"/.exec(readFileSync(`${publicDir}casualties-fr-narrow.svg`, "utf8"))?.[1] ?? "";
// The iframe's first height, before its page reports the real one.
process.env.VITE_REACTIONS_HEIGHT = "720";

cpSync(`${embed}iframe`, `${publicDir}embed/iframe`, { recursive: true });

await build({ configFile: here("./vite.config.ts"), logLevel: "warn" });
console.log("built examples/article/dist");
