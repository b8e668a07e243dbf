import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { SERIES_COLUMNS, type SeriesRecord } from '../../core/import/merge-series.ts';

/** A series CSV as written: its header, its records with their own text, and its line break. */
export interface SeriesFile {
  exists: boolean;
  text: string;
  header: string[];
  headerRaw: string;
  records: SeriesRecord[];
  eol: string;
}

const fieldsOf = (raw: string): string[] =>
  raw.includes('"') ? ((parseCsv(raw, { relax_column_count: true }) as string[][])[0] ?? []) : raw.split(',');

/** Reads the series CSV record by record, keeping each record's text so untouched lines stay byte for byte. */
export async function readSeriesFile(path: string): Promise<SeriesFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return {
      exists: false,
      text: '',
      header: [...SERIES_COLUMNS],
      headerRaw: SERIES_COLUMNS.join(','),
      records: [],
      eol: '\n',
    };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const raws: string[] = [];
  let pending: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    // A quoted field may hold a line break: the record goes on until its quotes balance.
    pending = pending === undefined ? line : `${pending}${eol}${line}`;
    if ((pending.split('"').length - 1) % 2 === 0) {
      if (pending.trim() !== '') raws.push(pending);
      pending = undefined;
    }
  }
  if (pending !== undefined && pending.trim() !== '') raws.push(pending);
  const [headerRaw = SERIES_COLUMNS.join(','), ...body] = raws;
  const header = fieldsOf(headerRaw.replace(/^\ufeff/, '')).map((h) => h.trim().toLowerCase());
  const records = body.map((raw) => {
    const cells = fieldsOf(raw);
    return { raw, fields: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) };
  });
  return { exists: true, text, header, headerRaw, records, eol };
}

/** Writes next to the target, then renames over it: a reader sees the old file or the new one, never half. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
