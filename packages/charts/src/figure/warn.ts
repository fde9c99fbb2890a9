/** Suspicious-but-drawable data warns once per distinct message, with the chart's prefix. */
const seen = new Set<string>();

export function warnOnce(chart: string, message: string): void {
  const text = `[@karabakh2023/charts/${chart}] ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}

/** Forget which warnings were printed (tests). */
export function resetWarnings(): void {
  seen.clear();
}
