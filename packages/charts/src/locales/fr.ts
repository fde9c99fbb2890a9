/**
 * Reader text in French. Typography: a no-break space (U+00A0) before ":" and a narrow one
 * (U+202F) before ";", "?", "!" and inside « », so that they never start a line
 * (tests/charts/locales.test.ts walks every string for it).
 */
import { type Messages, plural } from "./messages.js";

const p = plural("fr");
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);

export const fr: Messages = {
  intl: "fr-FR",
  chrome: {
    source: "Source\u00a0:",
    sources: "Sources\u00a0:",
    moreSources: (count) => `${count} ${p(count, { one: "autre", other: "autres" })}`,
    allSources: (count) =>
      p(count, { one: "Référence complète de la source", other: `Les ${count} sources` }),
    accessed: (date) => `consulté le ${date}`,
    sourceLink: { article: "article", copy: "copie de l’article", site: "site de l’éditeur" },
    fullStop: ".",
    quote: (text) => `«\u202f${text}\u202f»`,
    notes: "Notes",
    legend: "Légende",
    getTheData: "Télécharger les données (CSV)",
    dataTable: "Afficher les données sous forme de tableau",
    dataTableCaption: (title) => `Données représentées dans «\u202f${title}\u202f»`,
    noData: "Aucune donnée à afficher pour cette sélection.",
    keyboardHint: (count) =>
      `Graphique interactif de ${count} ${p(count, { one: "point", other: "points" })} de données. Utilisez les flèches pour passer de l’un à l’autre et Échap pour quitter.`,
    pointPosition: (index, count) => `${index} sur ${count}`,
    cannotDraw: "Ce graphique ne peut pas être affiché.",
  },
  qualified: {
    exact: (n) => n,
    "at-least": (n) => `au moins ${n}`,
    "more-than": (n) => `plus de ${n}`,
    about: (n) => `environ ${n}`,
    nearly: (n) => `près de ${n}`,
  },
  labels: {
    qualifier: {
      exact: "exactement",
      "at-least": "au moins",
      "more-than": "plus de",
      about: "environ",
      nearly: "près de",
    },
    certainty: { high: "Élevée", medium: "Moyenne", low: "Faible" },
    entityKind: { state: "État", organisation: "Organisation", unrecognised: "Entité non reconnue" },
    eventKind: {
      military: "Militaire",
      humanitarian: "Humanitaire",
      political: "Politique",
      diplomatic: "Diplomatique",
    },
    verification: {
      verified: "Vérifié",
      "seed-only": "Seulement dans l’article de Wikipédia",
      disputed: "Contesté",
    },
    timeOfDay: { night: "nuit", morning: "matin", midday: "midi", afternoon: "après-midi", evening: "soir" },
  },
  casualty: {
    title: (metric, incident) => `${metric}\u00a0: ${incident}`,
    subtitle:
      "Chaque barre est un chiffre tel que sa source l’a donné, à la date qu’il décrit. Les chiffres contestés sont côte à côte, jamais fusionnés.",
    note: "Chiffres avancés par chaque partie ou source\u202f; aucun n’a été vérifié de façon indépendante.",
    aggregateIncidentNote: (incident) =>
      `«\u202f${incident}\u202f» est un décompte sur plusieurs incidents\u00a0: ses chiffres ne sont la somme d’aucun autre.`,
    sideTotals: (party) => `${party} — totaux`,
    acrossSides: (party) => `${party} — total annoncé, pas une somme des barres ci-dessus`,
    acrossIncidents: (incident) =>
      `${incident} — total sur plusieurs incidents, pas une somme des barres ci-dessus`,
    asOf: (date, day) => (day ? `au ${date}` : `en ${date}`),
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}\u00a0: ${claimant}`,
    empty: (metric, incident) =>
      `Aucun chiffre «\u202f${metric}\u202f» pour «\u202f${incident}\u202f» dans les données.`,
    nothingDrawable: (count) =>
      p(count, {
        one: "Le seul chiffre fourni ne peut pas être représenté.",
        other: `Aucun des ${count} chiffres fournis ne peut être représenté.`,
      }),
    leftOut: (count, reasons) =>
      `${count} ${p(count, { one: "chiffre écarté, inconnu", other: "chiffres écartés, inconnus" })} du vocabulaire des données\u00a0: ${reasons}.`,
    leftOutReason: (field, value, count) => `${field} «\u202f${value}\u202f» (${count})`,
    leftOutInvalid: (count) =>
      `${count} ${p(count, {
        one: "chiffre a été écarté car sa valeur ou sa date n’est pas valide",
        other: "chiffres ont été écartés car leur valeur ou leur date n’est pas valide",
      })}.`,
    fieldNames: {
      party: "la partie",
      category: "la catégorie",
      metric: "le décompte",
      incident: "l’incident",
    },
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Graphique en barres horizontales de ${claims} ${p(claims, { one: "chiffre", other: "chiffres" })} (${metric.toLocaleLowerCase("fr")}, ${incident})${sides > 0 ? ` de ${sides} ${p(sides, { one: "partie", other: "parties" })}` : ""}. ${parts} Chaque chiffre est celui de sa source.`,
    summaryPart: (group, claims) => `${group}\u00a0: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} selon ${claimant} (${date})`,
    summaryHighlight: (claims) => `En évidence\u00a0: ${claims}.`,
    tooltip: (group, value, claimant, date) => `${group}\u00a0: ${value}. ${claimant}, ${date}.`,
    columns: ["Partie", "Catégorie", "Chiffre annoncé", "Valeur", "Source du chiffre", "Date", "Sources"],
  },
  curve: {
    defaultSubtitle: "Décomptes tels qu’annoncés",
    subtitle: (base, zone) => `${base}\u202f; ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (heure approximative)`,
    timeNotReported: "heure non précisée",
    population: (value) => `Population avant\u00a0: ${value}`,
    reached: (share) => `${share} comptés`,
    hollow: "Marqueur creux\u00a0: heure approximative",
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => [
      "Date",
      // The zone's French name already says "heure d’…": it is the column's name.
      capitalize(zone),
      "Personnes",
      "Précision",
      "Source de l’annonce",
      "Sources",
    ],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? `le ${last}` : `du ${first} au ${last}`}\u00a0: ${count} personnes selon ${claimant}${
        share && population ? `, soit ${share} de la population d’avant (environ ${population})` : ""
      }.${others > 0 ? ` ${others} ${p(others, { one: "chiffre d’autres sources est représenté", other: "chiffres d’autres sources sont représentés" })} par des marqueurs distincts.` : ""}`,
    highlighted: (names) => ` En évidence\u00a0: ${names}.`,
    countItem: (count, day, claimant) => `${count} le ${day} (${claimant})`,
    leftOut: (count, items) =>
      `Hors de la période affichée, ${p(count, { one: "non représenté", other: "non représentés" })} (${count})\u00a0: ${items}.`,
    officialCount: (party) => `${party}\u00a0: décompte officiel`,
    noCounts: "Aucun décompte à afficher pour cette sélection.",
    eventsCaption: "Événements signalés sur le graphique",
    eventColumns: (zone) => ["Date", capitalize(zone), "Libellé sur le graphique", "Événement", "Sources"],
    wholeDay: "toute la journée",
  },
  map: {
    title: "Les réactions des États et des organisations",
    readingNote:
      "Les catégories sont notre lecture de chaque déclaration. Les zones et carrés hachurés et les points creux signalent une lecture de faible certitude.",
    belligerentNote: "Les belligérants sont cernés d’un trait.",
    highlightNote: "Les entités mises en évidence sont cernées d’un trait, les autres estompées.",
    dotNote: "Un point signale un État trop petit pour être visible à cette échelle.",
    boundaryNote:
      "Frontières\u00a0: Natural Earth au 1/110 000 000, via world-atlas\u202f; l’Antarctique n’est pas représenté. Les frontières et les noms de cette carte n’impliquent aucune prise de position sur le statut des territoires.",
    listTitle: "Organisations et autres, hors de la carte",
    noRecordedReaction: "Aucune réaction relevée",
    lowCertainty: "Lecture de faible certitude (hachuré)",
    certainty: { high: "certitude élevée", medium: "certitude moyenne", low: "certitude faible" },
    tooltip: (name, category, certainty, date) => `${name}\u00a0: ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Oui", dot: "Oui, par un point", list: "Non, listé à côté" },
    columns: [
      "Entité",
      "Type",
      "Catégorie",
      "Certitude",
      "Date",
      "Auteur",
      "Déclaration",
      "Sur la carte",
      "Sources",
    ],
    empty: "Aucune réaction à afficher pour cette sélection.",
    unusable: "Aucun des enregistrements fournis n’est une réaction utilisable.",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} ${p(n, { one: "État", other: "États" })}`
        : kind === "organisation"
          ? `${n} ${p(n, { one: "organisation", other: "organisations" })}`
          : `${n} ${p(n, { one: "entité non reconnue", other: "entités non reconnues" })}`,
    summary: (entities, count) => `${entities} ${p(count, { one: "a réagi", other: "ont réagi" })}.`,
    summaryCategory: (label, n, names) => `${label}\u00a0: ${n} (${names})`,
    summarySeparator: "\u202f; ",
    others: (n) => `${n} ${p(n, { one: "autre", other: "autres" })}`,
    summaryHighlighted: (names) => `En évidence\u00a0: ${names}.`,
    summaryLow: (n) => `${n} de ces lectures ${p(n, { one: "est", other: "sont" })} de faible certitude.`,
    summaryListed: (n) =>
      `${n} ${p(n, { one: "ne figure pas sur la carte et est listé", other: "ne figurent pas sur la carte et sont listés" })} à côté.`,
  },
};
