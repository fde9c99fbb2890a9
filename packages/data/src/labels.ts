/**
 * Reader-facing names of the generic vocabulary every story shares (qualifiers, certainty,
 * kinds of entity and event, verification, parts of the day), in French and English. A story's
 * own words (parties, incidents, metrics, categories) come with its data (`Story.vocabulary`);
 * country names come from the ISO library (see `countryName()`).
 */
import {
  type Certainty,
  type EntityKind,
  type EventKind,
  LOCALES,
  type Locale,
  type Qualifier,
  type TimeOfDay,
  type Verification,
} from "./types";

/** The value type of each kind of label. */
export interface LabelKinds {
  qualifier: Qualifier;
  certainty: Certainty;
  entityKind: EntityKind;
  eventKind: EventKind;
  verification: Verification;
  timeOfDay: TimeOfDay;
}
export type LabelKind = keyof LabelKinds;

/** Every label, by kind then value. Typed so that a value missing a label fails to compile. */
export const LABELS: {
  readonly [K in LabelKind]: Readonly<Record<LabelKinds[K], Readonly<Record<Locale, string>>>>;
} = {
  qualifier: {
    exact: { fr: "exactement", en: "exactly" },
    "at-least": { fr: "au moins", en: "at least" },
    "more-than": { fr: "plus de", en: "more than" },
    about: { fr: "environ", en: "about" },
    nearly: { fr: "près de", en: "nearly" },
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
 * label("qualifier", "at-least", "fr"); // "au moins"
 */
export function label<K extends LabelKind>(kind: K, value: LabelKinds[K], locale: Locale): string {
  if (!own(LABELS, kind)) throw new RangeError(`invalid label kind: ${String(kind)}`);
  const labels = LABELS[kind] as Readonly<Record<string, Readonly<Record<Locale, string>>>>;
  if (!own(labels, value)) throw new RangeError(`invalid ${String(kind)}: ${String(value)}`);
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new RangeError(`invalid locale: ${String(locale)}`);
  return (labels[value] as Readonly<Record<Locale, string>>)[locale];
}
