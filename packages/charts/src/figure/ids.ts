/**
 * Generated ids are deterministic: the chart name plus a per-chart counter (never Math.random
 * or the clock), so the same calls in the same order render the same markup.
 */
const counters = new Map<string, number>();

export function nextIdPrefix(chart: string): string {
  const n = (counters.get(chart) ?? 0) + 1;
  counters.set(chart, n);
  return `k23-${chart}-${n}`;
}

/** Restart every counter (tests). */
export function resetIds(): void {
  counters.clear();
}
