/**
 * The value below which `fraction` of the samples fall, by the nearest-rank
 * method: the smallest sample with at least that share of samples at or below
 * it. `sorted` must be in ascending order; an empty list gives NaN.
 */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (fraction < 0 || fraction > 1) throw new RangeError(`percentile: fraction ${fraction} is outside 0..1`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

export type LatencySummary = { count: number; p50: number; p99: number; max: number };

/** Summarise latencies in milliseconds by p50, p99 and maximum. */
export function summariseLatencies(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
  };
}
