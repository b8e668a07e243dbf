import { SourceError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';

/**
 * How many times a computation may run before its reads settle. Most settle in two runs (record, then answer);
 * a ranking that reads details of its winners takes three.
 */
const MAX_RUNS = 6;

/**
 * Runs a synchronous computation over a dataset's figures. In memory that is one call; with figures in a
 * database, the computation runs in a session until every read it makes is answered (see FigureSource).
 */
export async function withFigures<T>(ds: Dataset, compute: () => T): Promise<T> {
  const source = ds.figures;
  if (!source) return compute();
  const down = source.unavailable();
  if (down) throw down;
  const session = source.session();
  for (let run = 1; ; run++) {
    let out: T | undefined;
    let thrown: unknown;
    let failed = false;
    try {
      out = session.run(compute);
    } catch (error) {
      // Zeros stand in for reads not yet fetched; an error they caused is not the answer's.
      failed = true;
      thrown = error;
    }
    if (!session.missing()) {
      if (failed) throw thrown;
      return out as T;
    }
    if (run >= MAX_RUNS)
      throw new SourceError(
        ds.meta.source,
        `figures still missing after ${MAX_RUNS} rounds`,
        'SOURCE_FAILED',
      );
    await session.fetch();
  }
}
