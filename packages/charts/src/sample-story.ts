/**
 * A second story, drawn by the same three charts: **illustrative sample data, not real events**.
 * The parties, places and figures are invented; the countries whose reactions are mapped are
 * real countries given invented positions, and every figure says so (the story's `note`).
 *
 * It exists to prove, and to show a desk, that nothing of the flagship story lives in chart
 * code: its own parties, incidents, metrics and categories; another time zone (Europe/Warsaw,
 * whose clocks go forward on 27 March 2022, inside the window); another map region; its own
 * events. Copy it as the template of a new story.
 */
import type { Story } from "@karabakh2023/data";

const SOURCE = "sample-dataset";
const sources = [SOURCE] as const;

export const sampleStory: Story = {
  id: "sample-border-crisis",
  locales: ["fr", "en"],
  note: {
    en: "Illustrative sample data: invented parties, places and figures, not real events.",
    fr: "Données d’exemple : parties, lieux et chiffres inventés, pas des faits réels.",
  },
  timeZone: { id: "Europe/Warsaw", name: { en: "Central European time", fr: "heure d’Europe centrale" } },
  vocabulary: {
    parties: [
      { id: "federal-army", role: "side", label: { en: "Federal army", fr: "Armée fédérale" } },
      { id: "valley-militia", role: "side", label: { en: "Valley militia", fr: "Milice de la vallée" } },
      { id: "all-parties", role: "aggregate", label: { en: "All parties", fr: "Toutes les parties" } },
    ],
    incidents: [
      { id: "river-town-assault", role: "incident", label: { en: "Assault on River Town", fr: "Assaut sur Ville-Rivière" } },
      { id: "bridge-collapse", role: "incident", label: { en: "Bridge collapse", fr: "Effondrement du pont" } },
    ],
    casualtyCategories: [
      { id: "combatants", role: "subset", label: { en: "Combatants", fr: "Combattants" }, noun: { en: "combatants", fr: "combattants" } },
      { id: "civilians", role: "subset", label: { en: "Civilians", fr: "Civils" }, noun: { en: "civilians", fr: "civils" } },
      { id: "total", role: "total", label: { en: "Total", fr: "Total" }, noun: { en: "in total", fr: "au total" } },
    ],
    casualtyMetrics: [
      { id: "dead", label: { en: "Dead", fr: "Morts" } },
      { id: "injured", label: { en: "Injured", fr: "Blessés" } },
    ],
    refugeeMetrics: [
      { id: "crossed-border", role: "cumulative", label: { en: "Crossed the border (cumulative)", fr: "Passé la frontière (cumul)" } },
      { id: "valley-population", role: "population", label: { en: "Population of the valley", fr: "Population de la vallée" } },
    ],
    reactionCategories: [
      { id: "backs-the-army", colour: "side-a", label: { en: "Backs the federal army", fr: "Soutient l’armée fédérale" } },
      { id: "condemns-the-assault", colour: "side-b", label: { en: "Condemns the assault", fr: "Condamne l’assaut" } },
      { id: "calls-for-talks", colour: "neutral", label: { en: "Calls for talks", fr: "Appelle au dialogue" } },
    ],
  },
  region: {
    label: { en: "Central Europe", fr: "Europe centrale" },
    bounds: [
      [12, 46.5],
      [24.5, 55],
    ],
    point: { coordinates: [19.5, 50.5], label: { en: "Border crossing", fr: "Point de passage" } },
    labels: [
      { iso3: "POL", coordinates: [19.3, 52.2] },
      { iso3: "CZE", coordinates: [15.4, 49.8] },
      { iso3: "SVK", coordinates: [19.5, 48.7] },
    ],
  },
  charts: {
    refugees: {
      title: { en: "Leaving the valley", fr: "Quitter la vallée" },
      subtitle: { en: "People who crossed the border, cumulative, as counted", fr: "Personnes ayant passé la frontière, en cumul, selon les décomptes" },
    },
    reactions: {
      title: { en: "Reactions to the River Town assault", fr: "Les réactions à l’assaut sur Ville-Rivière" },
      subtitle: { en: "Invented positions, for illustration only", fr: "Positions inventées, à titre d’illustration" },
    },
  },
  sources: [
    {
      id: SOURCE,
      publisher: "Sample data",
      title: "Illustrative figures for the chart documentation (not real events)",
      // example.org is reserved for documentation (RFC 2606): a stand-in, not a real source.
      url: "https://example.org/sample-story",
      urlKind: "site",
      accessed: "2026-12-01",
      language: "en",
    },
  ],
  claimants: [
    { id: "border-agency", name: { en: "Border agency", fr: "Agence des frontières" }, sources },
    { id: "valley-council", name: { en: "Valley council", fr: "Conseil de la vallée" }, party: "valley-militia", sources },
    { id: "army-command", name: { en: "Army command", fr: "Commandement de l’armée" }, party: "federal-army", sources },
    { id: "aid-network", name: { en: "Aid network", fr: "Réseau d’aide" }, sources },
  ],
  casualties: [
    { id: "army-dead-army", party: "federal-army", category: "combatants", metric: "dead", value: 41, qualifier: "exact", asOf: "2022-03-24", claimant: "army-command", incident: "river-town-assault", certainty: "high", sources },
    { id: "army-dead-council", party: "federal-army", category: "combatants", metric: "dead", value: 120, qualifier: "more-than", asOf: "2022-03-25", claimant: "valley-council", incident: "river-town-assault", certainty: "medium", sources },
    { id: "militia-dead-council", party: "valley-militia", category: "combatants", metric: "dead", value: 63, qualifier: "exact", asOf: "2022-03-25", claimant: "valley-council", incident: "river-town-assault", certainty: "high", sources },
    { id: "militia-civilians-dead-council", party: "valley-militia", category: "civilians", metric: "dead", value: 18, qualifier: "at-least", asOf: "2022-03-26", claimant: "valley-council", incident: "river-town-assault", certainty: "medium", sources },
    { id: "militia-dead-army", party: "valley-militia", category: "total", metric: "dead", value: 200, qualifier: "about", asOf: "2022-03-24", claimant: "army-command", incident: "river-town-assault", certainty: "low", sources },
    { id: "bridge-dead-aid", party: "all-parties", category: "civilians", metric: "dead", value: 9, qualifier: "exact", asOf: "2022-03-28", claimant: "aid-network", incident: "bridge-collapse", certainty: "high", sources },
  ],
  refugees: [
    { id: "crossed-0325-0800", date: "2022-03-25", timeLocal: "08:00", value: 1200, qualifier: "about", metric: "crossed-border", claimant: "border-agency", certainty: "high", sources },
    { id: "crossed-0325-2000", date: "2022-03-25", timeLocal: "20:00", value: 4100, qualifier: "exact", metric: "crossed-border", claimant: "border-agency", certainty: "high", sources },
    // 24 h apart on the wall clock, 23 h apart in time: the clocks go forward at 02:00 on 27 March.
    { id: "crossed-0326-1200", date: "2022-03-26", timeLocal: "12:00", value: 9800, qualifier: "exact", metric: "crossed-border", claimant: "border-agency", certainty: "high", sources },
    { id: "crossed-0327-1200", date: "2022-03-27", timeLocal: "12:00", value: 15300, qualifier: "exact", metric: "crossed-border", claimant: "border-agency", certainty: "high", sources },
    { id: "crossed-0328", date: "2022-03-28", timeOfDay: "evening", value: 21000, qualifier: "more-than", metric: "crossed-border", claimant: "border-agency", certainty: "medium", sources },
    { id: "crossed-0330-1000", date: "2022-03-30", timeLocal: "10:00", value: 26450, qualifier: "exact", metric: "crossed-border", claimant: "border-agency", certainty: "high", sources },
    { id: "crossed-0329-aid", date: "2022-03-29", value: 25000, qualifier: "nearly", metric: "crossed-border", claimant: "aid-network", certainty: "medium", sources },
    { id: "valley-population", date: "2022-03-20", value: 40000, qualifier: "about", metric: "valley-population", claimant: "valley-council", certainty: "medium", sources },
  ],
  reactions: [
    { id: "sample-pol", iso3: "POL", kind: "state", name: { en: "Poland", fr: "Pologne" }, category: "calls-for-talks", certainty: "high", date: "2022-03-24", speaker: "Sample speaker", summary: { en: "Invented: “both sides must talk”.", fr: "Inventé : « les deux camps doivent discuter »." }, sources },
    { id: "sample-deu", iso3: "DEU", kind: "state", name: { en: "Germany", fr: "Allemagne" }, category: "condemns-the-assault", certainty: "medium", date: "2022-03-25", speaker: "Sample speaker", summary: { en: "Invented: “we condemn the assault”.", fr: "Inventé : « nous condamnons l’assaut »." }, sources },
    { id: "sample-bra", iso3: "BRA", kind: "state", name: { en: "Brazil", fr: "Brésil" }, category: "backs-the-army", certainty: "low", date: "2022-03-26", speaker: "Sample speaker", summary: { en: "Invented: “the army restores order”.", fr: "Inventé : « l’armée rétablit l’ordre »." }, sources },
    { id: "sample-jpn", iso3: "JPN", kind: "state", name: { en: "Japan", fr: "Japon" }, category: "calls-for-talks", certainty: "high", date: "2022-03-25", speaker: "Sample speaker", summary: { en: "Invented: “we call for talks”.", fr: "Inventé : « nous appelons au dialogue »." }, sources },
    { id: "sample-forum", kind: "organisation", name: { en: "Regional Forum", fr: "Forum régional" }, category: "condemns-the-assault", certainty: "high", date: "2022-03-27", speaker: "Sample speaker", summary: { en: "Invented: “an unacceptable assault”.", fr: "Inventé : « un assaut inacceptable »." }, sources },
  ],
  events: [
    { id: "assault-begins", date: "2022-03-24", timeLocal: "05:00", kind: "military", label: { en: "The army's assault on River Town begins", fr: "L’armée lance l’assaut sur Ville-Rivière" }, chartLabel: { en: "Assault", fr: "Assaut" }, verification: "verified", sources },
    { id: "clocks-forward", date: "2022-03-27", timeLocal: "03:00", kind: "political", label: { en: "Clocks go forward one hour (summer time)", fr: "Passage à l’heure d’été" }, chartLabel: { en: "Summer time", fr: "Heure d’été" }, verification: "verified", sources },
    { id: "bridge-collapse", date: "2022-03-28", kind: "humanitarian", label: { en: "The old bridge collapses under the crowds", fr: "Le vieux pont s’effondre sous la foule" }, chartLabel: { en: "Bridge collapse", fr: "Pont effondré" }, verification: "verified", sources },
  ],
};
