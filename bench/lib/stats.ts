/** Order statistics and the markdown helpers the report uses. */

/** Linear interpolation between order statistics (R-7, as d3.quantileSorted and numpy). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  const a = sorted[i] ?? Number.NaN;
  const b = sorted[Math.min(i + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (h - i);
}

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly q1: number;
  readonly q3: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(sorted, p);
  return { n: sorted.length, median: q(0.5), p10: q(0.1), p90: q(0.9), q1: q(0.25), q3: q(0.75) };
}

export const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
/** "2.31 ms (1.98–2.90)": median and p10–p90. */
export const timing = (s: Summary) => `${ms(s.median)} (${ms(s.p10)}–${ms(s.p90)})`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
