/**
 * The one message an embed page sends its parent, and its strict validation. Shared by the
 * iframe page (sender) and the parent-side resizer (receiver) so both read the same rules.
 *
 * Deliberately tiny: a height, nothing else. There is no "navigate", "scroll" or "url"
 * message, so a compromised or spoofed child can at most change one iframe's height, and
 * only within [MIN_HEIGHT, MAX_HEIGHT].
 */

/**
 * A chart id as an embed page names it ("refugees"). The resizer does not keep its own list of
 * charts (the chart registry is the one list): any short kebab-case token is accepted, since the
 * message only ever sizes the one iframe it came from.
 */
export type EmbedChart = string;
const CHART_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const HEIGHT_MESSAGE_TYPE = "karabakh2023:height";

/** Heights outside this range are clamped: a chart is never a sliver nor a page-eating tower. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 5000;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly chart: EmbedChart;
  /** Height of the embed page's content in CSS px, a non-negative integer. */
  readonly height: number;
}

const KEYS = ["chart", "height", "type"];

/**
 * Returns the message if `data` is exactly a height message (a plain object with exactly the
 * keys type, chart and height; a chart id token; a non-negative safe integer height), else
 * undefined. Anything else (strings such as pym.js messages, extra keys, NaN) is rejected.
 */
export function parseHeightMessage(data: unknown): HeightMessage | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  if (Object.getPrototypeOf(data) !== Object.prototype) return undefined;
  const keys = Object.keys(data).sort();
  if (keys.length !== KEYS.length || keys.some((k, i) => k !== KEYS[i])) return undefined;
  const { type, chart, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE) return undefined;
  if (typeof chart !== "string" || chart.length > 40 || !CHART_ID.test(chart)) return undefined;
  if (typeof height !== "number" || !Number.isSafeInteger(height) || height < 0) return undefined;
  return { type, chart, height };
}

/** Clamps a valid height into [MIN_HEIGHT, MAX_HEIGHT]. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));
}

/**
 * Checks the origin a parent page allows: a serialized http(s) origin such as
 * "https://charts.example.org", exactly (no path, no trailing slash, no wildcard).
 * Returns an error message naming the value, or undefined when it is valid.
 */
export function originError(origin: unknown): string | undefined {
  if (typeof origin !== "string" || origin === "")
    return `invalid origin: expected "https://host", got ${JSON.stringify(origin)}`;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return `invalid origin: ${JSON.stringify(origin)} is not a URL`;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return `invalid origin: ${JSON.stringify(origin)} is not http(s)`;
  }
  if (parsed.origin !== origin) {
    return `invalid origin: ${JSON.stringify(origin)} is not a bare origin (expected ${JSON.stringify(parsed.origin)})`;
  }
  return undefined;
}
