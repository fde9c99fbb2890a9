/**
 * Reader-facing names of our own vocabulary, in French and English. Country names come from
 * the ISO library instead (see `countryName()`); these are the words of this dataset.
 */
import {
  type CasualtyCategory,
  type CasualtyMetric,
  type Certainty,
  type EntityKind,
  type EventKind,
  type Incident,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Party,
  type Qualifier,
  type ReactionCategory,
  type RefugeeMetric,
  type TimeOfDay,
  type Verification,
} from "./types";

/** The value type of each kind of label. */
export interface LabelKinds {
  party: Party;
  casualtyCategory: CasualtyCategory;
  casualtyMetric: CasualtyMetric;
  qualifier: Qualifier;
  incident: Incident;
  refugeeMetric: RefugeeMetric;
  reactionCategory: ReactionCategory;
  certainty: Certainty;
  entityKind: EntityKind;
  eventKind: EventKind;
  verification: Verification;
  timeOfDay: TimeOfDay;
}
export type LabelKind = keyof LabelKinds;

/** Every label, by kind then value. Typed so that a value missing a label fails to compile. */
export const LABELS: { readonly [K in LabelKind]: Readonly<Record<LabelKinds[K], LocalizedText>> } = {
  party: {
    azerbaijan: { fr: "Azerbaïdjan", en: "Azerbaijan" },
    artsakh: { fr: "Haut-Karabagh (Artsakh)", en: "Nagorno-Karabakh (Artsakh)" },
    armenia: { fr: "Arménie", en: "Armenia" },
    "russian-peacekeepers": { fr: "Forces russes de maintien de la paix", en: "Russian peacekeepers" },
    combined: { fr: "Toutes parties", en: "All sides" },
  },
  casualtyCategory: {
    military: { fr: "Militaires", en: "Military" },
    police: { fr: "Policiers", en: "Police" },
    civilian: { fr: "Civils", en: "Civilians" },
    all: { fr: "Tous", en: "All" },
  },
  casualtyMetric: {
    killed: { fr: "Tués", en: "Killed" },
    wounded: { fr: "Blessés", en: "Wounded" },
    missing: { fr: "Disparus", en: "Missing" },
    "died-during-exodus": { fr: "Morts pendant l’exode", en: "Died during the exodus" },
    "bodies-transferred": { fr: "Corps transférés en Arménie", en: "Bodies transferred to Armenia" },
  },
  qualifier: {
    exact: { fr: "exactement", en: "exactly" },
    "at-least": { fr: "au moins", en: "at least" },
    "more-than": { fr: "plus de", en: "more than" },
    about: { fr: "environ", en: "about" },
    nearly: { fr: "près de", en: "nearly" },
  },
  incident: {
    offensive: { fr: "Offensive des 19 et 20 septembre", en: "19–20 September offensive" },
    "pretext-mine-blasts": { fr: "Explosions de mines du 19 septembre", en: "19 September mine blasts" },
    "fuel-depot-explosion": {
      fr: "Explosion du dépôt de carburant (25 septembre)",
      en: "Fuel depot explosion (25 September)",
    },
    "peacekeeper-vehicle": {
      fr: "Tirs sur un véhicule des forces russes de maintien de la paix",
      en: "Shooting of a Russian peacekeepers’ vehicle",
    },
    "ceasefire-violation": { fr: "Violation du cessez-le-feu", en: "Ceasefire violation" },
    exodus: { fr: "Exode", en: "Exodus" },
  },
  refugeeMetric: {
    "arrived-in-armenia": { fr: "Arrivés en Arménie (cumul)", en: "Arrived in Armenia (cumulative)" },
    "evacuated-within-karabakh": {
      fr: "Évacués à l’intérieur du Haut-Karabagh",
      en: "Evacuated within Nagorno-Karabakh",
    },
    "sheltered-at-peacekeeper-base": {
      fr: "Abrités à la base des forces russes",
      en: "Sheltered at the Russian peacekeepers’ base",
    },
    registered: { fr: "Enregistrés comme déplacés de force", en: "Registered as forcibly displaced" },
    displaced: { fr: "Déplacés", en: "Displaced" },
    "pre-war-population": {
      fr: "Population arménienne avant l’offensive",
      en: "Armenian population before the offensive",
    },
  },
  reactionCategory: {
    "belligerent-azerbaijan": { fr: "Azerbaïdjan (belligérant)", en: "Azerbaijan (belligerent)" },
    "supports-azerbaijan": { fr: "Soutient l’Azerbaïdjan", en: "Supports Azerbaijan" },
    "belligerent-armenia": { fr: "Arménie et Haut-Karabagh", en: "Armenia and Nagorno-Karabakh" },
    "condemns-azerbaijan": { fr: "Condamne l’Azerbaïdjan", en: "Condemns Azerbaijan" },
    "neutral-calls-for-peace": { fr: "Neutre, appelle à la paix", en: "Neutral, calls for peace" },
  },
  certainty: {
    high: { fr: "Élevée", en: "High" },
    medium: { fr: "Moyenne", en: "Medium" },
    low: { fr: "Faible", en: "Low" },
  },
  entityKind: {
    state: { fr: "État", en: "State" },
    organisation: { fr: "Organisation", en: "Organisation" },
    unrecognised: { fr: "Entité non reconnue", en: "Unrecognised entity" },
  },
  eventKind: {
    military: { fr: "Militaire", en: "Military" },
    humanitarian: { fr: "Humanitaire", en: "Humanitarian" },
    political: { fr: "Politique", en: "Political" },
    diplomatic: { fr: "Diplomatique", en: "Diplomatic" },
  },
  verification: {
    verified: { fr: "Vérifié", en: "Verified" },
    "seed-only": { fr: "Seulement dans l’article de Wikipédia", en: "Only in the Wikipedia article" },
    disputed: { fr: "Contesté", en: "Disputed" },
  },
  timeOfDay: {
    night: { fr: "nuit", en: "night" },
    morning: { fr: "matin", en: "morning" },
    midday: { fr: "midi", en: "midday" },
    afternoon: { fr: "après-midi", en: "afternoon" },
    evening: { fr: "soir", en: "evening" },
  },
};

const own = (object: object, key: string) => Object.hasOwn(object, key);

/**
 * The reader-facing label of one value of our vocabulary.
 * Throws a `RangeError` naming the argument for an unknown kind, value or locale.
 *
 * @example
 * label("casualtyMetric", "killed", "fr"); // "Tués"
 */
export function label<K extends LabelKind>(kind: K, value: LabelKinds[K], locale: Locale): string {
  if (!own(LABELS, kind)) throw new RangeError(`invalid label kind: ${String(kind)}`);
  const labels = LABELS[kind] as Readonly<Record<string, LocalizedText>>;
  if (!own(labels, value)) throw new RangeError(`invalid ${String(kind)}: ${String(value)}`);
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new RangeError(`invalid locale: ${String(locale)}`);
  return (labels[value] as LocalizedText)[locale];
}
