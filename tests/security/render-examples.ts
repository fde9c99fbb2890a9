/**
 * Child process of determinism.test.ts: renders every named example of every chart (the figure
 * with its SVG, serialized by linkedom) and the standalone SVG of each chart from the embed
 * renderer, and prints a JSON map of name → SHA-256 and length. Run from the repository root with
 * `node --import tsx tests/security/render-examples.ts`: tsx resolves the workspace packages to
 * their sources through tsconfig.json, as the tests do.
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { examples as casualtyExamples } from "../../packages/charts/src/casualty-comparison/examples.js";
import { casualtyComparison, reactionsMap, refugeeCurve } from "../../packages/charts/src/index.js";
import { examples as reactionsExamples } from "../../packages/charts/src/reactions-map/examples.js";
import { examples as refugeeExamples } from "../../packages/charts/src/refugee-curve/examples.js";
import { renderSvg } from "../../packages/embed/src/render.js";

type Chart = (data: unknown, options: Record<string, unknown>) => HTMLElement;
interface Example {
  readonly data?: unknown;
  readonly options?: Record<string, unknown>;
}

const charts: [string, Chart, Readonly<Record<string, Example>>][] = [
  [
    "casualty-comparison",
    casualtyComparison as unknown as Chart,
    casualtyExamples as Record<string, Example>,
  ],
  ["refugee-curve", refugeeCurve as unknown as Chart, refugeeExamples as Record<string, Example>],
  ["reactions-map", reactionsMap as unknown as Chart, reactionsExamples as Record<string, Example>],
];

console.warn = () => {};
const out: Record<string, string> = {};
const digest = (text: string) => `${createHash("sha256").update(text).digest("hex")} ${text.length}`;

for (const [name, chart, examples] of charts) {
  for (const [example, { data, options }] of Object.entries(examples)) {
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    // Default ids: they count charts per process, so the same order must give the same ids.
    const figure = chart(data, { ...options, document });
    out[`${name}/${example}`] = digest(figure.outerHTML);
  }
}
for (const chart of ["casualties", "refugees", "reactions"] as const) {
  for (const locale of ["en", "fr"] as const)
    out[`render-svg/${chart}-${locale}`] = digest(renderSvg({ chart, locale }));
}
process.stdout.write(
  JSON.stringify({ tz: process.env.TZ, offset: new Date(2023, 8, 28).getTimezoneOffset(), out }),
);
