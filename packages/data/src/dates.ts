/**
 * The one strict check of ISO dates, shared by the validator and the charts (no zod here, so the
 * charts can use it without bundling the validator).
 */

/** "2023", "2023-09" or "2023-09-28": ASCII digits, zero-padded, nothing before or after. */
export const ISO_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True when `value` is an ISO date ("2023", "2023-09", "2023-09-28") naming a real calendar
 * year, month or day: "2023-02-30", "2023-9-28", "2023-09-28T12:00Z" and non-strings are not.
 */
export function isRealIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this month (leap years included).
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  return d >= 1 && d <= daysInMonth;
}

/** True when `value` is a real calendar day as "YYYY-MM-DD" (day precision only). */
export function isRealIsoDay(value: unknown): value is string {
  return isRealIsoDate(value) && value.length === 10;
}
