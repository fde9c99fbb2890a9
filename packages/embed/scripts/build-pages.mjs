// Writes the static embed pages, one per chart and locale, after tsup has bundled page.js:
//   dist/iframe/<chart>-<locale>.html   the page, its chart prerendered (renderHtml): shown at once,
//                                       with or without JavaScript, and adopted by page.js at 640 px
//                                       (no inline script, no style attribute; the figure's <style>
//                                       elements are Plot's and those renderHtml moves its style attributes to)
//   dist/iframe/<chart>-<locale>.svg    the same chart as a standalone image
//   dist/iframe/embed.css               the figure stylesheet plus the page's own rules
// Run from packages/embed: `node scripts/build-pages.mjs`.
import { mkdirSync, writeFileSync } from "node:fs";
import { BUILT_IN_LOCALES, CHART_IDS, figureCss } from "@karabakh2023/charts";
import { karabakh } from "@karabakh2023/data";
import { renderHtml, renderSvg } from "../dist/esm/index.js";

// A page per built-in locale the story has texts in (exactly, or by its language: en-US → en).
const LOCALES = BUILT_IN_LOCALES.filter((tag) => karabakh.locales.includes(tag.split("-")[0]));
const dir = new URL("../dist/iframe/", import.meta.url);
mkdirSync(dir, { recursive: true });

writeFileSync(
  new URL("embed.css", dir),
  `${figureCss}
html, body { margin: 0; padding: 0; background: transparent; }
/* The page never scrolls: a scrollbar while the parent catches up with a new height would narrow
   the chart, which changes its height, which removes the scrollbar… and the iframe never settles. */
html { overflow: hidden; }
karabakh-chart { display: block; }
`,
);

for (const chart of CHART_IDS) {
  for (const locale of LOCALES) {
    const svg = renderSvg({ chart, locale, width: 640, margin: 0 });
    writeFileSync(new URL(`${chart}-${locale}.svg`, dir), svg);
    const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? chart;
    writeFileSync(
      new URL(`${chart}-${locale}.html`, dir),
      `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<base target="_blank">
<link rel="stylesheet" href="embed.css">
<script src="page.js" defer></script>
</head>
<body>
${renderHtml({ chart, locale, width: 640, attributes: { "src-origin": "same" }, styles: false }).trim()}
</body>
</html>
`,
    );
  }
}
console.log(`wrote ${CHART_IDS.length * LOCALES.length} embed pages to dist/iframe/`);
