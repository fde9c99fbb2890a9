/** English reader text, British conventions ("21 Sept 2023", "organisation"). */
import { type Messages, plural } from "./messages.js";

const p = plural("en");
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("en") + text.slice(1);

export const en: Messages = {
  intl: "en-GB",
  chrome: {
    source: "Source:",
    sources: "Sources:",
    moreSources: (count) => `${count} more`,
    allSources: (count) => p(count, { one: "Full source reference", other: `All ${count} sources` }),
    accessed: (date) => `accessed ${date}`,
    sourceLink: { article: "article", copy: "copy of the article", site: "publisher’s site" },
    fullStop: ".",
    quote: (text) => `“${text}”`,
    notes: "Notes",
    legend: "Legend",
    getTheData: "Get the data (CSV)",
    dataTable: "Show the data as a table",
    dataTableCaption: (title) => `Data plotted in “${title}”`,
    noData: "No data to show for this selection.",
    keyboardHint: (count) =>
      `Interactive chart with ${count} data ${p(count, { one: "point", other: "points" })}. Use the arrow keys to move between them and Escape to leave.`,
    pointPosition: (index, count) => `${index} of ${count}`,
    cannotDraw: "This chart cannot be shown.",
  },
  qualified: {
    exact: (n) => n,
    "at-least": (n) => `at least ${n}`,
    "more-than": (n) => `more than ${n}`,
    about: (n) => `about ${n}`,
    nearly: (n) => `nearly ${n}`,
  },
  labels: {
    qualifier: {
      exact: "exactly",
      "at-least": "at least",
      "more-than": "more than",
      about: "about",
      nearly: "nearly",
    },
    certainty: { high: "High", medium: "Medium", low: "Low" },
    entityKind: { state: "State", organisation: "Organisation", unrecognised: "Unrecognised entity" },
    eventKind: {
      military: "Military",
      humanitarian: "Humanitarian",
      political: "Political",
      diplomatic: "Diplomatic",
    },
    verification: {
      verified: "Verified",
      "seed-only": "Only in the Wikipedia article",
      disputed: "Disputed",
    },
    timeOfDay: {
      night: "night",
      morning: "morning",
      midday: "midday",
      afternoon: "afternoon",
      evening: "evening",
    },
  },
  casualty: {
    title: (metric, incident) => `${metric}: ${incident}`,
    subtitle:
      "Each bar is one figure as its claimant stated it, on the date it describes. Disputed figures stand side by side, never merged.",
    note: "Figures are those claimed by each party or source; none has been independently verified.",
    aggregateIncidentNote: (incident) =>
      `“${incident}” is a tally across incidents: its figures are not the sum of any incident’s.`,
    sideTotals: (party) => `${party} — totals`,
    acrossSides: (party) => `${party} — reported total, not a sum of the bars above`,
    acrossIncidents: (incident) => `${incident} — total across incidents, not a sum of the bars above`,
    asOf: (date) => `as of ${date}`,
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}: ${claimant}`,
    empty: (metric, incident) => `No claims of “${metric}” for “${incident}” in the data.`,
    nothingDrawable: (count) =>
      p(count, {
        one: "The one claim given cannot be drawn.",
        other: `None of the ${count} claims given can be drawn.`,
      }),
    leftOut: (count, reasons) =>
      `${count} ${p(count, { one: "claim was", other: "claims were" })} left out, not in the story’s vocabulary: ${reasons}.`,
    leftOutReason: (field, value, count) => `${field} “${value}” (${count})`,
    leftOutInvalid: (count) =>
      `${count} ${p(count, { one: "claim was left out because its", other: "claims were left out because their" })} value or date is not valid.`,
    fieldNames: {
      party: "the side",
      category: "the category",
      metric: "the count",
      incident: "the incident",
    },
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Horizontal bar chart of ${claims} ${p(claims, { one: "claim", other: "claims" })} (${metric.toLocaleLowerCase("en")}, ${incident})${sides > 0 ? ` from ${sides} ${p(sides, { one: "side", other: "sides" })}` : ""}. ${parts} Each figure is its claimant's own.`,
    summaryPart: (group, claims) => `${group}: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} according to ${claimant} (${date})`,
    summaryHighlight: (claims) => `Highlighted: ${claims}.`,
    tooltip: (group, value, claimant, date) => `${group}: ${value}. ${claimant}, ${date}.`,
    columns: ["Side", "Category", "Figure as claimed", "Value", "Claimant", "As of", "Sources"],
  },
  curve: {
    defaultSubtitle: "Counts as reported",
    subtitle: (base, zone) => `${base}; ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (approximate time)`,
    timeNotReported: "time not reported",
    population: (value) => `Population before: ${value}`,
    reached: (share) => `${share} counted`,
    hollow: "Hollow marker: approximate time",
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => ["Date", `Time (${zone})`, "People", "Qualifier", "Claimant", "Sources"],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? last : `${first} to ${last}`}: ${count} people according to ${claimant}${
        share && population ? `, ${share} of the population before (about ${population})` : ""
      }.${others > 0 ? ` ${others} ${p(others, { one: "figure from other sources is", other: "figures from other sources are" })} shown as separate markers.` : ""}`,
    highlighted: (names) => ` Highlighted: ${names}.`,
    countItem: (count, day, claimant) => `${count} on ${day} (${claimant})`,
    leftOut: (count, items) => `Outside the period shown and not drawn (${count}): ${items}.`,
    officialCount: (party) => `${party}: official running count`,
    noCounts: "No counts to show for this selection.",
    eventsCaption: "Events marked on the chart",
    eventColumns: (zone) => ["Date", `Time (${zone})`, "Label on the chart", "Event", "Sources"],
    wholeDay: "whole day",
  },
  map: {
    title: "How states and organisations reacted",
    readingNote:
      "Categories are our reading of each statement. Hatched areas and squares and hollow dots mark low-certainty readings.",
    belligerentNote: "The belligerents are outlined.",
    highlightNote: "Highlighted entities are outlined; the others are faded.",
    dotNote: "A dot marks a state too small to see at this scale.",
    boundaryNote:
      "Boundaries: Natural Earth 1:110m, via world-atlas; Antarctica is not shown. Boundaries and names on this map imply no position on the status of any territory.",
    listTitle: "Organisations and others not on the map",
    noRecordedReaction: "No recorded reaction",
    lowCertainty: "Low-certainty reading (hatched)",
    certainty: { high: "high certainty", medium: "medium certainty", low: "low certainty" },
    tooltip: (name, category, certainty, date) => `${name}: ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Yes", dot: "Yes, as a dot", list: "No, listed beside it" },
    columns: [
      "Entity",
      "Kind",
      "Category",
      "Certainty",
      "Date",
      "Speaker",
      "Statement",
      "On the map",
      "Sources",
    ],
    empty: "No reactions to show for this selection.",
    unusable: "None of the records given is a reaction that can be drawn.",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} ${p(n, { one: "state", other: "states" })}`
        : kind === "organisation"
          ? `${n} ${p(n, { one: "organisation", other: "organisations" })}`
          : `${n} unrecognised ${p(n, { one: "entity", other: "entities" })}`,
    summary: (entities) => `${entities} reacted.`,
    summaryCategory: (label, n, names) => `${label}: ${n} (${names})`,
    summarySeparator: "; ",
    others: (n) => `${n} ${p(n, { one: "other", other: "others" })}`,
    summaryHighlighted: (names) => `Highlighted: ${names}.`,
    summaryLow: (n) => `${n} of these readings ${p(n, { one: "is", other: "are" })} of low certainty.`,
    summaryListed: (n) =>
      `${n} ${p(n, { one: "is not on the map and is", other: "are not on the map and are" })} listed beside it.`,
  },
};
