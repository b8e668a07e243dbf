import { parse as parseCsv } from 'csv-parse/sync';
import type { DatasetAssembler } from '../../core/model/assemble-dataset.ts';

const COLUMNS = ['date', 'subject', 'channel', 'metric', 'value'] as const;

const fields = (n: number): string => `${n} field${n === 1 ? '' : 's'}`;

/** The header a series CSV's first record gave: its width and where each of COLUMNS is (-1: absent). */
export interface CsvHeader {
  width: number;
  at: number[];
  columns: number[];
}

/**
 * Checks a series CSV's records one by one: the first is the header, each other a row handed to the assembler.
 * Shared by the string readers here and the byte parser (read-csv-bytes.ts), which hands over only the rows it
 * does not accept itself, so both say the same thing about every row.
 */
export function csvRowTaker(
  file: string,
  assembler: DatasetAssembler,
): {
  take: (record: string[], line: number) => void;
  /** The header once read; undefined while none was, or when it was broken (every row is then skipped). */
  header: () => CsvHeader | undefined;
  /** Whether the header was read (rows follow). */
  started: () => boolean;
} {
  let header: CsvHeader | undefined;
  let broken = false;
  const take = (record: string[], line: number): void => {
    if (broken) return;
    if (!header) {
      const names = record.map((h) => h.trim().toLowerCase());
      const at = COLUMNS.map((c) => names.indexOf(c));
      header = { width: record.length, at, columns: at.map((i) => i + 1) };
      const missing = COLUMNS.filter((c, i) => c !== 'channel' && at[i] === -1);
      if (missing.length > 0) {
        assembler.issue(
          file,
          'line 1',
          `header lacks column(s) ${missing.join(', ')}; expected date,subject,channel,metric,value`,
        );
        // Every row would repeat the header's problem.
        broken = true;
      }
      names.forEach((h, i) => {
        if (!(COLUMNS as readonly string[]).includes(h))
          assembler.issue(file, `line 1, column ${i + 1}`, 'unknown column');
      });
      return;
    }
    if (record.length !== header.width) {
      // A thousands separator (`1,000`) splits a value in two: never read the first half as the value.
      assembler.issue(
        file,
        `line ${line}, column ${Math.min(record.length, header.width) + 1}`,
        `${fields(record.length)} where the header has ${header.width}`,
      );
      return;
    }
    const [d = -1, s = -1, c = -1, m = -1, v = -1] = header.at;
    assembler.addRow(
      (record[d] ?? '').trim(),
      (record[s] ?? '').trim(),
      (record[c] ?? '').trim(),
      (record[m] ?? '').trim(),
      (record[v] ?? '').trim(),
      file,
      line,
      undefined,
      header.columns,
    );
  };
  return { take, header: () => (broken ? undefined : header), started: () => header !== undefined };
}

/**
 * Streams a series CSV's records into the assembler without keeping them: a million rows stay cheap. Rows are
 * strict (shared/spec/data-format.md): exactly the header's fields, or the row is refused at its line and the
 * column where it goes wrong. No message repeats the file's text: an include may hold anything, and these
 * messages reach Slack.
 */
export function readCsvRows(csv: string, file: string, assembler: DatasetAssembler): void {
  const { take } = csvRowTaker(file, assembler);
  // csv-parse builds an info object per record for on_record: seconds at a million rows. Files without quotes
  // or bare CRs (what exports write for ids, dates and numbers) split exactly on commas and newlines instead.
  if (!csv.includes('"') && !/\r(?!\n)/.test(csv)) {
    splitPlainCsv(csv, take);
    return;
  }
  try {
    parseCsv(csv, {
      bom: true,
      skip_empty_lines: true,
      // The row's width is checked above, so every short or long row is reported, not only the first.
      relax_column_count: true,
      on_record: (record: string[], context) => {
        take(record, context.lines);
        return null;
      },
    });
  } catch (error) {
    // csv-parse's own message quotes the field; its code says the problem without it.
    const e = error as Error & { lines?: number; code?: string };
    const problem = (e.code ?? 'CSV_INVALID').replace(/^CSV_/, '').toLowerCase().replaceAll('_', ' ');
    assembler.issue(file, e.lines ? `line ${e.lines}` : '(file)', `invalid CSV (${problem})`);
  }
}

/** Calls `take` with each non-empty line's fields and its 1-based line number, as csv-parse would. */
function splitPlainCsv(csv: string, take: (record: string[], line: number) => void): void {
  let start = csv.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 1; start < csv.length; line++) {
    let end = csv.indexOf('\n', start);
    if (end < 0) end = csv.length;
    const stop = end > start && csv.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > start) take(csv.slice(start, stop).split(','), line);
    start = end + 1;
  }
}
