/**
 * The data the alternatives draw, taken from the same dataset as our charts' defaults: the
 * offensive's "killed" claims (bars), the arrivals in Armenia (curve, four annotated events) and
 * the reactions joined to the same simplified world geometry (map).
 */
import {
  casualtyClaims,
  claimants,
  countries,
  events,
  karabakh,
  reactions,
  refugeeSeries,
  term,
  zonedInstant,
} from "@karabakh2023/data";
import { countryFeatures } from "../../packages/charts/src/reactions-map/features.js";
import { MAP_COLORS } from "../../packages/charts/src/reactions-map/palette.js";

const claimantName = new Map(claimants.map((c) => [c.id, c.name.en ?? c.id]));

export const bars = casualtyClaims({ metric: "killed", incident: "offensive" }).map((c) => ({
  label: `${c.party} — ${claimantName.get(c.claimant) ?? c.claimant}`,
  party: c.party,
  value: c.value,
}));

const series = refugeeSeries("arrived-in-armenia");
export const curve = series.map((p) => ({ at: p.at, value: p.value, claimant: p.claimant }));
export const mainClaimant = "armenia-government";
// The events our curve marks by default: those with a chart label.
export const annotations = events
  .filter((e) => e.chartLabel !== undefined)
  .map((e) => ({
    at: zonedInstant(e.date, e.timeLocal ?? "12:00", karabakh.timeZone.id),
    label: e.label.en ?? e.id,
  }));

const numericOf = new Map(countries.map((c) => [c.iso3, c.numeric]));
const palette = MAP_COLORS.light;
/** Fill colour by ISO numeric id, with the same palette as our map (plain colours). */
export const fillById = new Map(
  reactions.flatMap((r) => {
    const id = r.iso3 ? numericOf.get(r.iso3) : undefined;
    const colour = term(karabakh.vocabulary, "reactionCategories", r.category)?.colour;
    return id && colour ? [[id, palette[colour]] as const] : [];
  }),
);
export const noReaction = palette.none;
/** GeoJSON features, converted once at load as a desk would (the projection runs per render). */
export const features = countryFeatures();
/** The same features as a FeatureCollection with plain properties, for Vega-Lite. */
export const featureCollection: {
  type: "FeatureCollection";
  features: { type: "Feature"; id: unknown; geometry: unknown; properties: { name: string; fill: string } }[];
} = {
  type: "FeatureCollection",
  features: features.map((f) => ({
    type: "Feature",
    id: f.id,
    geometry: f.geometry,
    properties: { name: f.properties.name, fill: fillById.get(String(f.id)) ?? noReaction },
  })),
};
