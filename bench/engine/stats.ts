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
 * `minSamples`, at most `maxSamples`), so a fast query gets many samples and a 50 ms one a handful. An
 * asynchronous `fn` (a database with an async driver) is awaited call by call; a synchronous one never is.
 */
export async function timeMedian(
  fn: () => unknown,
  budgetMs = 300,
  minSamples = 7,
  maxSamples = 200,
): Promise<number> {
  const batchOf = async (n: number): Promise<number> => {
    const t = performance.now();
    for (let i = 0; i < n; i++) {
      const result = fn();
      if (result instanceof Promise) await result;
    }
    return performance.now() - t;
  };
  let batch = 1;
  while ((await batchOf(batch)) < 0.2 && batch < 65_536) batch *= 2;
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < minSamples || (samples.length < maxSamples && performance.now() < end))
    samples.push((await batchOf(batch)) / batch);
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
