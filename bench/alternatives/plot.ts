/**
 * The same three charts written directly in Observable Plot, as a desk would without our
 * package: same data, similar marks, a title and a source line, no chrome of ours.
 */
import { annotations, bars, curve, features, fillById, mainClaimant, noReaction } from "./data.js";
import * as Plot from "./deps.js";

export type ChartName = "casualtyComparison" | "refugeeCurve" | "reactionsMap";

const number = new Intl.NumberFormat("en");

export const plotCharts: Record<ChartName, (width: number, document?: Document) => Element> = {
  casualtyComparison: (width, document) =>
    Plot.plot({
      ...(document ? { document } : {}),
      width,
      title: "Killed in the offensive, as each side reported",
      caption: "Sources: see the dataset",
      marginLeft: 230,
      marginRight: 50,
      x: { label: "killed", grid: true },
      y: { label: null },
      color: { legend: true },
      marks: [
        Plot.barX(bars, { x: "value", y: "label", fill: "party", sort: { y: "-x" } }),
        Plot.text(bars, {
          x: "value",
          y: "label",
          text: (d) => number.format(d.value),
          textAnchor: "start",
          dx: 4,
        }),
        Plot.ruleX([0]),
      ],
    }),
  refugeeCurve: (width, document) =>
    Plot.plot({
      ...(document ? { document } : {}),
      width,
      title: "Arrivals in Armenia from Nagorno-Karabakh",
      caption: "Sources: see the dataset",
      y: { grid: true, label: "arrived" },
      marks: [
        Plot.ruleX(annotations, { x: "at", stroke: "#888", strokeDasharray: "2,3" }),
        Plot.text(annotations, { x: "at", text: "label", frameAnchor: "top", textAnchor: "start", dx: 3 }),
        Plot.line(
          curve.filter((d) => d.claimant === mainClaimant),
          { x: "at", y: "value", curve: "step-after" },
        ),
        Plot.dot(curve, { x: "at", y: "value", fill: "claimant", tip: true }),
        Plot.ruleY([0]),
      ],
    }),
  reactionsMap: (width, document) =>
    Plot.plot({
      ...(document ? { document } : {}),
      width,
      title: "How states reacted to Azerbaijan's September 2023 offensive",
      caption: "Boundaries: Natural Earth 1:110m",
      projection: "equal-earth",
      marks: [
        Plot.geo(features, {
          fill: (d) => fillById.get(String(d.id)) ?? noReaction,
          stroke: "white",
          strokeWidth: 0.5,
          title: (d) => d.properties.name,
        }),
      ],
    }),
};
