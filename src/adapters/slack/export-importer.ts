import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exportKindsOf } from '../import/detect-export-kind.ts';
import { readExportFiles } from '../import/export-files.ts';
import { type ImportOutcome, runImportRequest } from '../import/run-import.ts';
import type { PendingImport } from './pending-import.ts';

// The `pulse import` machinery, for an export that arrived as bytes: written under its own name to a temp
// folder (ZIP and file names carry the export's date range), read, planned, merged, validated and, unless a dry
// run, written, by exactly the functions the command line uses.

export interface ExportImporter {
  /** The kinds the file may be: one when it says which. */
  kindsOf(p: PendingImport): Promise<string[]>;
  run(p: PendingImport & { kind: string }, dryRun: boolean): Promise<ImportOutcome>;
}

async function withFile<T>(p: PendingImport, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pulse-slack-import-'));
  try {
    const path = join(dir, basename(p.fileName.replace(/\\/g, '/')) || 'export.csv');
    await writeFile(path, Buffer.from(p.bytes, 'base64'));
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function fileExportImporter(dataPath: string): ExportImporter {
  // Imports one at a time: two merges of the same CSV at once would each write over the other's rows.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    kindsOf: (p) => withFile(p, async (path) => exportKindsOf(await readExportFiles([path]))),
    run: (p, dryRun) =>
      serial(() =>
        withFile(p, (path) =>
          runImportRequest({ dataPath, kind: p.kind, files: [path], year: p.year, dryRun, addAssets: false }),
        ),
      ),
  };
}
