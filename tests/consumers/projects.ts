/**
 * The throwaway consumer projects of tests/consumers/consumers.test.ts, as file maps written to a
 * temp dir. They are strings, not files in the repo, so that the root type-check (which resolves
 * the packages to their sources) never sees them: they are type-checked here against the
 * installed tarballs, which is the point.
 */

export type Tarballs = Record<"data" | "charts" | "embed", string>;
export type Project = Record<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * package.json of a consumer. Each tarball is a `file:` dependency; `overrides` make the charts
 * and embed tarballs' own dependency on `@karabakh2023/data@0.1.0` (and embed's on charts) use the
 * tarball too, instead of asking the registry for a version that may not be published yet.
 */
function manifest(
  name: string,
  type: "module" | "commonjs",
  tarballs: Tarballs,
  packages: (keyof Tarballs)[],
  extra: Record<string, string> = {},
) {
  const deps = Object.fromEntries(packages.map((p) => [`@karabakh2023/${p}`, `file:${tarballs[p]}`]));
  return json({
    name,
    private: true,
    version: "0.0.0",
    type,
    dependencies: { ...deps, ...extra },
    overrides: deps,
  });
}

/** Vite + TypeScript app: ESM imports, the element entry, two type-checks, a production build. */
export function viteApp(tarballs: Tarballs): Project {
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    strict: true,
    noEmit: true,
    types: [],
  };
  return {
    "package.json": manifest("karabakh-consumer-vite", "module", tarballs, ["charts", "data"]),
    "tsconfig.bundler.json": json({
      // The packages' declaration files, and everything they import, are type-checked too.
      compilerOptions: {
        ...compilerOptions,
        module: "ESNext",
        moduleResolution: "bundler",
        skipLibCheck: false,
      },
      include: ["src"],
    }),
    "tsconfig.node16.json": json({
      // Resolution as Node resolves it; checking zod's and Plot's own .d.ts again is slow and adds nothing.
      compilerOptions: {
        ...compilerOptions,
        module: "node16",
        moduleResolution: "node16",
        skipLibCheck: true,
      },
      include: ["src"],
    }),
    "index.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Vite consumer</title></head>
<body>
<main id="app"></main>
<karabakh-chart chart="refugees" lang="fr"></karabakh-chart>
<script type="module" src="/src/main.ts"></script>
</body>
</html>
`,
    "src/main.ts": `import {
  type CasualtyComparisonOptions,
  casualtyComparison,
  reactionsMap,
  refugeeCurve,
  safeUrl,
} from "@karabakh2023/charts";
import "@karabakh2023/charts/element";
import { type CasualtyClaim, casualties, latestRefugeeCount } from "@karabakh2023/data";

const app = document.getElementById("app");
if (!app) throw new Error("#app is missing");

const claims: readonly CasualtyClaim[] = casualties;
const options: CasualtyComparisonOptions = { locale: "en", theme: "light" };
app.append(casualtyComparison(claims, options), refugeeCurve(), reactionsMap(undefined, { locale: "fr" }));

// The declarations are real types, not \`any\`: a wrong option must fail the type-check.
// @ts-expect-error "sepia" is not a theme
const wrong: CasualtyComparisonOptions = { theme: "sepia" };
const latest: number | undefined = latestRefugeeCount()?.value;
app.dataset.latest = String(latest);
app.dataset.safe = String(safeUrl("javascript:alert(1)") ?? "rejected");
app.dataset.wrong = typeof wrong;
`,
  };
}

/** Node ESM script: renders every chart to SVG on the server with a linkedom document. */
export function nodeEsm(tarballs: Tarballs): Project {
  return {
    "package.json": manifest("karabakh-consumer-node-esm", "module", tarballs, ["charts", "data", "embed"], {
      linkedom: "0.18.15",
    }),
    "render.mjs": `import { casualtyComparison, reactionsMap, refugeeCurve } from "@karabakh2023/charts";
import refugees from "@karabakh2023/data/json/refugees.json" with { type: "json" };
import { renderSvg } from "@karabakh2023/embed";
import { parseHTML } from "linkedom";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
const charts = { casualties: casualtyComparison, refugees: refugeeCurve, reactions: reactionsMap };
const figures = {};
for (const [name, chart] of Object.entries(charts)) {
  const figure = chart(undefined, { document, locale: "en", idPrefix: name });
  document.body.append(figure);
  figures[name] = figure.outerHTML;
}
const standalone = renderSvg({ chart: "refugees", locale: "fr", width: 480 });
console.log(JSON.stringify({ figures, refugeeRows: refugees.length, standalone }));
`,
  };
}

/** Node CommonJS script: requires the data package and prints the row counts. */
export function nodeCjs(tarballs: Tarballs): Project {
  return {
    "package.json": manifest("karabakh-consumer-node-cjs", "commonjs", tarballs, ["data"]),
    "count.js": `const data = require("@karabakh2023/data");

const tables = ["sources", "claimants", "casualties", "refugees", "reactions", "events"];
const counts = Object.fromEntries(tables.map((t) => [t, data[t].length]));
const jsonCounts = Object.fromEntries(tables.map((t) => [t, require(\`@karabakh2023/data/json/\${t}.json\`).length]));
const dataset = Object.fromEntries(tables.map((t) => [t, data[t]]));
const { resources } = require("@karabakh2023/data/datapackage.json");
console.log(
  JSON.stringify({
    counts,
    jsonCounts,
    valid: data.validateDataset(dataset).ok,
    latest: data.latestRefugeeCount(),
    resources: resources.map((r) => r.name),
    version: require("@karabakh2023/data/package.json").version,
  }),
);
`,
  };
}

/**
 * Plain HTML pages with only script tags (the files copied next to them from the tarball): the
 * all-in-one bundle, and the split files (code, dataset, geometry) in the order the README gives.
 */
export function scriptTagPage(): Project {
  const page = (scripts: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Script tag consumer</title>
${scripts}
</head>
<body>
<karabakh-chart chart="casualties"></karabakh-chart>
<karabakh-chart chart="refugees" lang="fr" theme="dark"></karabakh-chart>
<karabakh-chart chart="reactions"></karabakh-chart>
<div id="direct"></div>
<script>document.getElementById("direct").append(Karabakh2023.refugeeCurve(undefined, { locale: "en" }));</script>
</body>
</html>
`;
  return {
    "index.html": page(`<script src="karabakh2023.min.js"></script>`),
    "split.html": page(
      ["data", "map", "curve", "core"]
        .map((f) => `<script src="karabakh2023.${f}.min.js"></script>`)
        .join("\n"),
    ),
  };
}

/** A newsroom article on another origin: the embed page in an iframe, sized by resizer.js. */
export function embedHost(embedOrigin: string): Project {
  return {
    "index.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Article</title></head>
<body>
<p>Article text.</p>
<iframe data-karabakh2023 src="${embedOrigin}/iframe/refugees-en.html" title="Refugee arrivals" width="640" height="150" style="border:0;width:100%"></iframe>
<script src="${embedOrigin}/resizer.js" data-origin="${embedOrigin}" defer></script>
</body>
</html>
`,
  };
}
