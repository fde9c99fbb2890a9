/**
 * The one home of wall-clock time: every local date and time of a story is placed on the time
 * axis, and every instant read back as a local day, through `Intl` in the story's IANA time zone.
 * No fixed offset anywhere: a zone's offset changes with daylight saving time and with its
 * history (Armenia kept summer time until 2011), and `Intl` knows both.
 *
 * No zod here (like dates.ts), so charts can use it without bundling the validator.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// One formatter per zone, made once: creating an Intl formatter costs far more than using one.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(cache: Map<string, Intl.DateTimeFormat>, zone: string, make: () => Intl.DateTimeFormat) {
  let format = cache.get(zone);
  if (!format) {
    format = make();
    cache.set(zone, format);
  }
  return format;
}

/**
 * True when `zone` is an IANA time zone this runtime knows ("Europe/Warsaw"; "UTC"). Fixed
 * offsets ("+04:00", "GMT+4") and abbreviations ("CET") are not: they ignore daylight saving.
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !/^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(zone)) return false;
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
}

/**
 * Zones Intl has accepted. Every local date of a chart checks its zone, and building an
 * Intl.DateTimeFormat to do it took most of the curve's render (about 1.6 ms a call in Node).
 */
const knownZones = new Set<string>();

function checkZone(zone: string): void {
  if (!isTimeZone(zone))
    throw new RangeError(`invalid timeZone: ${String(zone)} (expected an IANA time zone)`);
}

/**
 * The zone's offset from UTC at an instant, in minutes (240 for Yerevan in 2023; 60 then 120
 * for Warsaw across the last Sunday of March).
 *
 * @example
 * utcOffsetMinutes(new Date("2022-03-27T12:00Z"), "Europe/Warsaw"); // 120
 */
export function utcOffsetMinutes(at: Date, zone: string): number {
  checkZone(zone);
  const format = formatFor(
    offsetFormats,
    zone,
    () => new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }),
  );
  const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0; // "GMT" alone: UTC itself
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "UTC+4", "UTC+5:30", "UTC−3" (with a minus sign), "UTC" for offset 0. */
export function utcOffsetLabel(at: Date, zone: string): string {
  const minutes = utcOffsetMinutes(at, zone);
  if (minutes === 0) return "UTC";
  const sign = minutes < 0 ? "\u2212" : "+";
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/**
 * The instant of a local wall-clock date and time in a zone. `day` is "YYYY-MM-DD"; `time`
 * "HH:MM" (default midnight). A time skipped by a spring-forward change (02:30 in Warsaw on
 * 27 March 2022) is read with the offset before the change, as clocks showing it would be; a
 * time that occurs twice (autumn) is its first occurrence.
 * Throws a RangeError for a malformed day or time, or a zone that is not IANA.
 *
 * @example
 * zonedInstant("2022-03-27", "12:00", "Europe/Warsaw").toISOString(); // "2022-03-27T10:00:00.000Z"
 */
export function zonedInstant(day: string, time = "00:00", zone: string): Date {
  const d = ISO_DAY.exec(day);
  if (!d) throw new RangeError(`invalid day: ${String(day)} (expected YYYY-MM-DD)`);
  const t = LOCAL_TIME.exec(time);
  if (!t) throw new RangeError(`invalid time: ${String(time)} (expected HH:MM)`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offset at the instant depends on the instant: try the offset a day earlier (before any
  // change on this day), then correct once with the offset at the first guess.
  const before = utcOffsetMinutes(new Date(wall - 86_400_000), zone);
  const guess = wall - before * 60_000;
  const after = utcOffsetMinutes(new Date(guess), zone);
  if (after === before) return new Date(guess);
  const corrected = wall - after * 60_000;
  // Skipped wall time (spring forward): the corrected instant falls before the change, where the
  // old offset applies; keep the reading with the offset before the change.
  return utcOffsetMinutes(new Date(corrected), zone) === after ? new Date(corrected) : new Date(guess);
}

/**
 * The local calendar day of an instant in a zone, as "YYYY-MM-DD".
 *
 * @example
 * zonedDay(new Date("2023-09-19T21:00Z"), "Asia/Yerevan"); // "2023-09-20"
 */
export function zonedDay(at: Date, zone: string): string {
  checkZone(zone);
  const format = formatFor(
    dayFormats,
    zone,
    () =>
      new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }),
  );
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day after an ISO day, as "YYYY-MM-DD" (calendar arithmetic, no zone involved). */
export function nextDay(day: string): string {
  const d = ISO_DAY.exec(day);
  if (!d) throw new RangeError(`invalid day: ${String(day)} (expected YYYY-MM-DD)`);
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + 1)).toISOString().slice(0, 10);
}
