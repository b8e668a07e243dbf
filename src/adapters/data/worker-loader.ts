import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataError, type DataIssue } from '../../core/errors.ts';
import type { SourceReach } from '../../core/model/assemble-dataset.ts';
import { Dataset, type DatasetMeta } from '../../core/model/dataset.ts';
import { Series } from '../../core/model/series-store.ts';
import type { Catalog } from '../../core/model/types.ts';
import type { LiveEntry, Loaded, LoadOptions } from './load-data-file.ts';

/** Worker → main: a live URL's text is wanted, or the load is done (the dataset's plain parts, or why not). */
export type ToMain =
  | { kind: 'live'; id: number; entry: LiveEntry }
  | {
      kind: 'done';
      ok: true;
      catalog: Catalog;
      meta: DatasetMeta;
      reach: SourceReach[];
      live: LiveEntry[];
      series: {
        subject: string;
        channel: string;
        metric: string;
        days: Int32Array;
        values: Float64Array;
        prefix: Float64Array;
      }[];
    }
  | { kind: 'done'; ok: false; issues: readonly DataIssue[]; code: 'DATA_INVALID' | 'DATA_UNREADABLE' }
  | { kind: 'done'; ok: false; message: string };

/** Main → worker: a live URL's text (undefined: none yet), or its failure. */
export type FromMain =
  | { id: number; ok: true; text: string | undefined }
  | { id: number; ok: false; issues?: readonly DataIssue[]; message: string };

const WORKER = new URL('./load-worker.ts', import.meta.url).href;
// The sources are TypeScript run through tsx (bin/pulse.mjs): the worker registers the same loader first,
// resolved from this file (not the working directory), as its ESM entry.
const TSX = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;
const BOOT = `const { register } = await import(${JSON.stringify(TSX)}); register(); await import(${JSON.stringify(WORKER)});`;

/**
 * `loadDataSources` on a worker thread: parsing and validating a large file takes seconds of CPU, and on the main
 * thread that would hold every Slack ack behind it. Live URLs are still read here, through `options.live`, so
 * their validators and last good copies stay in one place; only the indexes are rebuilt here, in one pass.
 */
export function loadSourcesInWorker(
  path: string,
  options: Pick<LoadOptions, 'live' | 'snapshots'> = {},
): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { path, snapshots: options.snapshots } });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: ToMain) => {
      if (m.kind === 'live') {
        const read = options.live ?? (async () => undefined);
        read(m.entry).then(
          (text) => worker.postMessage({ id: m.id, ok: true, text } satisfies FromMain),
          (error: Error) =>
            worker.postMessage({
              id: m.id,
              ok: false,
              message: error.message,
              ...(error instanceof DataError ? { issues: error.issues } : {}),
            } satisfies FromMain),
        );
        return;
      }
      settle(() => {
        if (m.ok)
          resolve({
            dataset: new Dataset(
              m.catalog,
              m.series.map((s) => new Series(s.subject, s.channel, s.metric, s.days, s.values, s.prefix)),
              m.meta,
            ),
            reach: m.reach,
            live: m.live,
            // Files naming a database table load in the main thread, where its connection lives.
            databases: [],
          });
        else if ('issues' in m) reject(new DataError(m.issues, m.code));
        else reject(new Error(m.message));
      });
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`data loader exited (${code})`))));
  });
}
