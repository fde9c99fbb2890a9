/**
 * The same three charts as Vega-Lite specs (compiled and rendered with vega in the page, SVG
 * renderer), with the same data as the Plot versions. The map is a single world view with the
 * same simplified geometry, passed as GeoJSON values.
 */
import type { TopLevelSpec } from "vega-lite";
import { annotations, bars, curve, featureCollection, mainClaimant } from "./data.js";
import type { ChartName } from "./plot.js";

const curveValues = curve.map((d) => ({ ...d, at: d.at.toISOString() }));
const annotationValues = annotations.map((d) => ({ ...d, at: d.at.toISOString() }));

export const vegaLiteSpecs: Record<ChartName, (width: number) => TopLevelSpec> = {
  casualtyComparison: (width) => ({
    width: width - 230,
    title: { text: "Killed in the offensive, as each side reported", subtitle: "Sources: see the dataset" },
    data: { values: bars },
    encoding: {
      y: { field: "label", type: "nominal", sort: "-x", title: null },
      x: { field: "value", type: "quantitative", title: "killed" },
    },
    layer: [
      { mark: "bar", encoding: { color: { field: "party", type: "nominal" } } },
      {
        mark: { type: "text", align: "left", dx: 4 },
        encoding: { text: { field: "value", type: "quantitative", format: "," } },
      },
    ],
  }),
  refugeeCurve: (width) => ({
    width: width - 60,
    title: { text: "Arrivals in Armenia from Nagorno-Karabakh", subtitle: "Sources: see the dataset" },
    layer: [
      {
        data: { values: annotationValues },
        mark: { type: "rule", strokeDash: [2, 3], color: "#888" },
        encoding: { x: { field: "at", type: "temporal" } },
      },
      {
        data: { values: annotationValues },
        mark: { type: "text", align: "left", dx: 3, y: 0 },
        encoding: { x: { field: "at", type: "temporal" }, text: { field: "label" } },
      },
      {
        data: { values: curveValues.filter((d) => d.claimant === mainClaimant) },
        mark: { type: "line", interpolate: "step-after" },
        encoding: {
          x: { field: "at", type: "temporal" },
          y: { field: "value", type: "quantitative", title: "arrived" },
        },
      },
      {
        data: { values: curveValues },
        mark: { type: "point", filled: true },
        encoding: {
          x: { field: "at", type: "temporal" },
          y: { field: "value", type: "quantitative" },
          color: { field: "claimant", type: "nominal" },
          tooltip: [{ field: "claimant" }, { field: "value" }],
        },
      },
    ],
  }),
  reactionsMap: (width) => ({
    width,
    height: Math.round(width * 0.49),
    title: {
      text: "How states reacted to Azerbaijan's September 2023 offensive",
      subtitle: "Boundaries: Natural Earth 1:110m",
    },
    projection: { type: "equalEarth" },
    data: { values: featureCollection, format: { type: "json", property: "features" } },
    mark: { type: "geoshape", stroke: "white", strokeWidth: 0.5 },
    encoding: {
      color: { field: "properties.fill", type: "nominal", scale: null },
      tooltip: { field: "properties.name" },
    },
  }),
};
