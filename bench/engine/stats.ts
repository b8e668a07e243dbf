/** Nearest-rank percentile (p in 0..100) of a list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/**
 * Median wall time of one call of `fn`, in ms. Calls are timed in batches of at least ~0.2 ms, so a 5 µs
 * query is not lost in the timer's resolution; samples are taken until `budgetMs` is spent (at least
 * `minSamples`, at most `maxSamples`), so a fast query gets many samples and a 50 ms one a handful.
 */
export function timeMedian(fn: () => unknown, budgetMs = 300, minSamples = 7, maxSamples = 200): number {
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= 0.2 || batch >= 65_536) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < minSamples || (samples.length < maxSamples && performance.now() < end)) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t) / batch);
  }
  return median(samples);
}

export const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;
export const ms = (value: number): string =>
  value >= 100
    ? `${value.toFixed(0)} ms`
    : value >= 1
      ? `${value.toFixed(2)} ms`
      : value >= 0.1
        ? `${value.toFixed(3)} ms`
        : `${(value * 1000).toFixed(1)} µs`;
