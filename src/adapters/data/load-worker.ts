import { parentPort, workerData } from 'node:worker_threads';
import { DataError } from '../../core/errors.ts';
import { loadDataFile } from './load-data-file.ts';
import type { LoadReply } from './worker-loader.ts';

// Worker entry: reads, parses and validates one data file off the main thread, and posts back the plain parts
// of the dataset (catalog, meta, series columns); the typed arrays are transferred, not copied.

const { path } = workerData as { path: string };

async function run(): Promise<void> {
  let reply: LoadReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const ds = await loadDataFile(path);
    reply = {
      ok: true,
      catalog: ds.catalog,
      meta: ds.meta,
      series: ds.series.map(({ series: s }) => {
        transfer.push(s.days.buffer as ArrayBuffer, s.values.buffer as ArrayBuffer);
        return { subject: s.subject, channel: s.channel, metric: s.metric, days: s.days, values: s.values };
      }),
    };
  } catch (error) {
    reply =
      error instanceof DataError
        ? {
            ok: false,
            issues: error.issues,
            code: error.code === 'DATA_UNREADABLE' ? 'DATA_UNREADABLE' : 'DATA_INVALID',
          }
        : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, transfer);
}

void run();
