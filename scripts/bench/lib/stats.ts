/** Summary statistics of a list of timings, as every latency benchmark reports them. */

/** The value below which `p` percent of the sorted values fall (nearest rank); NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Summary {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** p50, p95, max and mean, rounded to two decimals. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Number(value.toFixed(2));
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)),
  };
}
