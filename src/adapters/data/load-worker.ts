import { parentPort, workerData } from 'node:worker_threads';
import { DataError } from '../../core/errors.ts';
import { inMemory } from '../../core/model/series-store.ts';
import { type LiveEntry, loadDataSources } from './load-data-file.ts';
import type { FromMain, ToMain } from './worker-loader.ts';

// Worker entry: reads, parses and validates the data file and its CSVs off the main thread. A live URL's text is
// asked of the main thread, which keeps each URL's validators and last good copy; the dataset's plain parts
// come back, its typed arrays transferred, not copied.

const { path, snapshots } = workerData as { path: string; snapshots?: string };
const port = parentPort;
const waiting = new Map<
  number,
  { resolve: (text: string | undefined) => void; reject: (e: Error) => void }
>();
let next = 0;

port?.on('message', (m: FromMain) => {
  const w = waiting.get(m.id);
  if (!w) return;
  waiting.delete(m.id);
  if (m.ok) w.resolve(m.text);
  else w.reject(m.issues ? new DataError(m.issues, 'DATA_INVALID') : new Error(m.message));
});

const live = (entry: LiveEntry): Promise<string | undefined> =>
  new Promise((resolve, reject) => {
    const id = next++;
    waiting.set(id, { resolve, reject });
    port?.postMessage({ kind: 'live', id, entry } satisfies ToMain);
  });

async function run(): Promise<void> {
  // Series are views of a few shared buffers: each is transferred once.
  const transfer = new Set<ArrayBuffer>();
  let reply: ToMain;
  try {
    const { dataset: ds, reach, live: entries } = await loadDataSources(path, { live, snapshots });
    reply = {
      kind: 'done',
      ok: true,
      catalog: ds.catalog,
      meta: ds.meta,
      reach,
      live: entries,
      series: ds.series.map(({ series: reader }) => {
        const s = inMemory(reader);
        for (const a of [s.days, s.values, s.prefix]) transfer.add(a.buffer as ArrayBuffer);
        return {
          subject: s.subject,
          channel: s.channel,
          metric: s.metric,
          days: s.days,
          values: s.values,
          prefix: s.prefix,
        };
      }),
    };
  } catch (error) {
    reply =
      error instanceof DataError
        ? {
            kind: 'done',
            ok: false,
            issues: error.issues,
            code: error.code === 'DATA_UNREADABLE' ? 'DATA_UNREADABLE' : 'DATA_INVALID',
          }
        : { kind: 'done', ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port?.postMessage(reply, [...transfer]);
}

void run();
