import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataError, type DataIssue } from '../../core/errors.ts';
import { Dataset, type DatasetMeta } from '../../core/model/dataset.ts';
import { Series } from '../../core/model/series-store.ts';
import type { Catalog } from '../../core/model/types.ts';

/** What the worker posts back: the dataset's plain parts, or why the file was refused. */
export type LoadReply =
  | {
      ok: true;
      catalog: Catalog;
      meta: DatasetMeta;
      series: { subject: string; channel: string; metric: string; days: Int32Array; values: Float64Array }[];
    }
  | { ok: false; issues: readonly DataIssue[]; code: ConstructorParameters<typeof DataError>[1] }
  | { ok: false; message: string };

const WORKER = new URL('./load-worker.ts', import.meta.url).href;
/** The sources are TypeScript run through tsx (bin/pulse.mjs): the worker registers the same loader first. */
// Resolved from this file, not the working directory; the ESM entry, as bin/pulse.mjs imports it.
const TSX = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;
const BOOT = `const { register } = await import(${JSON.stringify(TSX)}); register(); await import(${JSON.stringify(WORKER)});`;

/**
 * `loadDataFile` on a worker thread: parsing and validating a large file takes seconds of CPU, and on the main
 * thread that would hold every Slack ack behind it. Only the indexes are rebuilt here, in one pass over the series.
 */
export function loadInWorker(path: string): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { path } });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: LoadReply) =>
      settle(() => {
        if (reply.ok)
          resolve(
            new Dataset(
              reply.catalog,
              reply.series.map((s) => new Series(s.subject, s.channel, s.metric, s.days, s.values)),
              reply.meta,
            ),
          );
        else if ('issues' in reply) reject(new DataError(reply.issues, reply.code));
        else reject(new Error(reply.message));
      }),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`data loader exited (${code})`))));
  });
}
