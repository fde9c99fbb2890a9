/**
 * zod 4 schemas of the dataset, one per table. They check the shape of one record
 * (strict: unknown keys are rejected); what needs the whole dataset (unique ids, sources and
 * claimants that resolve, ISO codes) is checked by `validateDataset()`.
 *
 * The schemas also produce the JSON Schema files shipped in `dist/schema/`, so they use only
 * constructs JSON Schema can express; refinements (real calendar dates) are not exported there.
 */
import { z } from "zod";
import { ISO_DATE_PATTERN, isRealIsoDate } from "./dates";
import { isTimeZone } from "./time";
import {
  CASUALTY_CATEGORY_ROLES,
  type CasualtyClaim,
  CERTAINTIES,
  type Claimant,
  ENTITY_KINDS,
  EVENT_KINDS,
  INCIDENT_ROLES,
  PARTY_ROLES,
  QUALIFIERS,
  REACTION_COLOURS,
  REFUGEE_METRIC_ROLES,
  type Reaction,
  type RefugeeCount,
  type Source,
  type SourceIds,
  TIMES_OF_DAY,
  type TimelineEvent,
  VERIFICATIONS,
  type Vocabulary,
} from "./types";

// Kept exported here too: it lived in this module before dates.ts.
export { isRealIsoDate };

/** Kebab-case: lower-case ASCII letters and digits separated by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/**
 * Lower-case `https://`, then only printable non-space characters. Mixed-case schemes, other
 * schemes (javascript:, data:, http:), spaces, control and invisible format characters (bidi
 * overrides) are rejected.
 */
const HTTPS_URL_PATTERN = /^https:\/\/[^\s\p{Cc}\p{Cf}]+$/u;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ISO3_PATTERN = /^[A-Z]{3}$/;

/**
 * True when the URL is an absolute lower-case `https:` URL with a host, no control characters and
 * no credentials: "https://www.reuters.com@evil.example/" reads as Reuters but leads elsewhere.
 */
export function isHttpsUrl(value: string): boolean {
  if (!HTTPS_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

const text = z.string().regex(/\S/, { error: "must not be empty" });
export const idSchema = z.string().regex(ID_PATTERN, { error: "must be a kebab-case id" });
const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, { error: "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", abort: true })
  .refine(isRealIsoDate, { error: "is not a real calendar date" });
const localTime = z.string().regex(LOCAL_TIME_PATTERN, { error: "must be a local time HH:MM" });
const count = z
  .number({ error: "must be a number, not text" })
  .int({ error: "must be a whole number" })
  .nonnegative({ error: "must not be negative" });
const httpsUrl = z
  .string()
  .regex(HTTPS_URL_PATTERN, { error: "must be an https:// URL", abort: true })
  .refine(isHttpsUrl, { error: "must be an https:// URL" });
const certainty = z.enum(CERTAINTIES);
const qualifier = z.enum(QUALIFIERS);

export const languageSchema = z.string().regex(LANGUAGE_PATTERN, { error: "must be a BCP 47 language tag" });

/**
 * `{ fr: "…", en: "…" }`: keys are BCP 47 tags (so "__proto__" or "constructor" never is one),
 * at least one. Which locales must be there is the story's to say (`Story.locales`).
 */
const localizedText = z
  .unknown()
  // zod's record skips an own "__proto__" key without a word; it is no language tag, so name it.
  .check((ctx) => {
    if (ctx.value !== null && typeof ctx.value === "object" && Object.hasOwn(ctx.value, "__proto__")) {
      ctx.issues.push({
        code: "invalid_key",
        origin: "record",
        issues: [],
        input: "__proto__",
        path: ["__proto__"],
      });
    }
  })
  .pipe(
    z
      // A plain string ("Ministry of Foreign Affairs") is the likeliest mistake: say what is wanted.
      .record(languageSchema, text, {
        error: 'must be a { locale: text } object, e.g. { "en": "…", "fr": "…" }',
      })
      .refine((value) => Object.keys(value).length > 0, { error: "must have a text in at least one locale" }),
  );

/*
 * zod's tuple type would name an empty list at `sources.0` as a missing string; an array with a
 * minimum names `sources` itself. The cast only restores the non-empty tuple type of types.ts.
 */
const sourceIds = z
  .array(idSchema)
  .min(1, { error: "at least one source is required" }) as unknown as z.ZodType<SourceIds>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: text,
  title: text,
  url: httpsUrl,
  urlKind: z.enum(["article", "copy", "site"]),
  published: isoDate.optional(),
  accessed: isoDate,
  language: languageSchema,
  seedRef: z
    .number({ error: "must be a number, not text" })
    .int({ error: "must be a whole number" })
    .positive({ error: "must be positive" })
    .optional(),
});

export const claimantSchema = z.strictObject({
  id: idSchema,
  name: localizedText,
  party: idSchema.optional(),
  sources: sourceIds,
});

export const casualtySchema = z.strictObject({
  id: idSchema,
  party: idSchema,
  category: idSchema,
  metric: idSchema,
  value: count,
  qualifier,
  asOf: isoDate,
  asOfTime: localTime.optional(),
  reported: isoDate.optional(),
  claimant: idSchema,
  incident: idSchema,
  certainty,
  sources: sourceIds,
  note: localizedText.optional(),
});

export const refugeeSchema = z.strictObject({
  id: idSchema,
  date: isoDate,
  timeLocal: localTime.optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  value: count,
  qualifier,
  metric: idSchema,
  claimant: idSchema,
  certainty,
  sources: sourceIds,
  note: localizedText.optional(),
});

export const reactionSchema = z.strictObject({
  id: idSchema,
  iso3: z.string().regex(ISO3_PATTERN, { error: "must be an upper-case ISO 3166-1 alpha-3 code" }).optional(),
  kind: z.enum(ENTITY_KINDS),
  name: localizedText,
  category: idSchema,
  certainty,
  date: isoDate,
  speaker: localizedText,
  summary: localizedText,
  sources: sourceIds,
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: isoDate,
  timeLocal: localTime.optional(),
  kind: z.enum(EVENT_KINDS),
  label: localizedText,
  chartLabel: localizedText.optional(),
  location: text.optional(),
  verification: z.enum(VERIFICATIONS),
  sources: sourceIds,
  note: localizedText.optional(),
});

// ---------------------------------------------------------------- the story around the tables

const term = { id: idSchema, label: localizedText };
export const vocabularySchema = z.strictObject({
  parties: z.array(z.strictObject({ ...term, role: z.enum(PARTY_ROLES) })),
  incidents: z.array(
    z.strictObject({ ...term, role: z.enum(INCIDENT_ROLES), covers: z.array(idSchema).optional() }),
  ),
  casualtyCategories: z.array(
    z.strictObject({
      ...term,
      role: z.enum(CASUALTY_CATEGORY_ROLES),
      noun: localizedText,
      nounOne: localizedText.optional(),
      nounFew: localizedText.optional(),
      nounMany: localizedText.optional(),
    }),
  ),
  casualtyMetrics: z.array(z.strictObject(term)),
  refugeeMetrics: z.array(z.strictObject({ ...term, role: z.enum(REFUGEE_METRIC_ROLES) })),
  reactionCategories: z.array(z.strictObject({ ...term, colour: z.enum(REACTION_COLOURS) })),
});

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const lonLat = z.tuple([longitude, latitude]);

/** Everything of a `Story` but its tables. */
export const storyMetaSchema = z.strictObject({
  id: idSchema,
  locales: z.array(languageSchema).min(1, { error: "at least one locale is required" }),
  timeZone: z.strictObject({
    id: z.string().refine(isTimeZone, { error: "must be an IANA time zone, e.g. Europe/Warsaw" }),
    name: localizedText,
  }),
  vocabulary: vocabularySchema,
  region: z
    .strictObject({
      label: localizedText,
      bounds: z.tuple([lonLat, lonLat]),
      point: z.strictObject({ coordinates: lonLat, label: localizedText }).optional(),
      labels: z
        .array(
          z.strictObject({
            iso3: z.string().regex(ISO3_PATTERN, { error: "must be an upper-case ISO 3166-1 alpha-3 code" }),
            coordinates: lonLat,
            label: localizedText.optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  charts: z
    .strictObject({
      casualties: z.strictObject({ title: localizedText, subtitle: localizedText.optional() }).optional(),
      refugees: z.strictObject({ title: localizedText, subtitle: localizedText.optional() }).optional(),
      reactions: z.strictObject({ title: localizedText, subtitle: localizedText.optional() }).optional(),
    })
    .optional(),
  note: localizedText.optional(),
});

/** The schema of each table, keyed by its name in `Dataset` (and its file name in `data/`). */
export const TABLE_SCHEMAS = {
  sources: sourceSchema,
  claimants: claimantSchema,
  casualties: casualtySchema,
  refugees: refugeeSchema,
  reactions: reactionSchema,
  events: eventSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

// Compile-time check that the schemas and the contract in types.ts describe the same records.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Writable<T> = { -readonly [K in keyof T]: T[K] extends object ? Writable<T[K]> : T[K] };
const schemasMatchTypes: [
  Same<Writable<z.infer<typeof sourceSchema>>, Writable<Source>>,
  Same<Writable<z.infer<typeof claimantSchema>>, Writable<Claimant>>,
  Same<Writable<z.infer<typeof casualtySchema>>, Writable<CasualtyClaim>>,
  Same<Writable<z.infer<typeof refugeeSchema>>, Writable<RefugeeCount>>,
  Same<Writable<z.infer<typeof reactionSchema>>, Writable<Reaction>>,
  Same<Writable<z.infer<typeof eventSchema>>, Writable<TimelineEvent>>,
  Same<Writable<z.infer<typeof vocabularySchema>>, Writable<Vocabulary>>,
] = [true, true, true, true, true, true, true];
void schemasMatchTypes;
