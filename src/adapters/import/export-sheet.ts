import { parse as parseCsv } from 'csv-parse/sync';
import type { DataIssue } from '../../core/errors.ts';
import { parseExportDate } from '../../core/import/export-dates.ts';
import type { Measure } from '../../core/import/export-table.ts';
import type { Day } from '../../core/model/dates.ts';
import type { ExportFile } from './export-files.ts';

// What every export adapter needs: CSV records with their line numbers, header columns found by any of their
// names, and the date range exports write in their file names.

export interface SheetRecord {
  line: number;
  cells: string[];
}

/** A delimiter line Excel understands (`sep=,`), which some exports write first. */
const SEP_LINE = /^sep=(.)\s*$/i;

/** The delimiter of the header-like first lines: the one that splits them most (comma, semicolon or tab). */
function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/, 5)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Records with their 1-based line numbers; a CSV that cannot be split is a located issue. */
export function readSheet(file: ExportFile, issues: DataIssue[]): SheetRecord[] {
  let text = file.text.replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = SEP_LINE.exec(firstLine)?.[1];
  // Blanked rather than cut, so line numbers stay the file's own.
  if (sep) text = text.slice(firstLine.length);
  try {
    const rows = parseCsv(text, {
      delimiter: sep ?? delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows
      .filter((r) => r.record.some((c) => c !== ''))
      .map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (error) {
    const e = error as Error & { lines?: number };
    issues.push({
      file: file.file,
      where: e.lines ? `line ${e.lines}` : '(file)',
      message: `invalid CSV: ${e.message}`,
    });
    return [];
  }
}

/** Header names compare without case, width (`（` = `(`) or spacing. */
export const headerKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Where each named column is: every name of a column (its UI-language aliases) is tried. */
export function findColumns<K extends string>(
  header: readonly string[],
  names: Readonly<Record<K, readonly string[]>>,
): Partial<Record<K, number>> {
  const keys = header.map(headerKey);
  const out: Partial<Record<K, number>> = {};
  for (const k of Object.keys(names) as K[]) {
    const wanted = new Set(names[k].map(headerKey));
    const i = keys.findIndex((h) => wanted.has(h));
    if (i >= 0) out[k] = i;
  }
  return out;
}

/** The first record, among the first few, that has every one of `required`: exports put titles above it. */
export function findHeader<K extends string>(
  records: readonly SheetRecord[],
  names: Readonly<Record<K, readonly string[]>>,
  required: readonly NoInfer<K>[],
): { at: number; columns: Partial<Record<K, number>> } | undefined {
  for (let at = 0; at < Math.min(records.length, 6); at++) {
    const columns = findColumns(records[at]?.cells ?? [], names);
    if (required.every((k) => columns[k] !== undefined)) return { at, columns };
  }
  return undefined;
}

const ISO_RANGE = /(\d{4}-\d{2}-\d{2})\s*(?:_|–|—|\sto\s|\s-\s|-)\s*(\d{4}-\d{2}-\d{2})/;
const NAMED_RANGE = /([A-Z][a-z]{2}-\d{1,2}-\d{4})_([A-Z][a-z]{2}-\d{1,2}-\d{4})/;

/** The last day of the range an export's file or ZIP name states (`2025-06-02_2025-06-15`, `Sep-01-2026_Sep-30-2026`). */
export function rangeEndInNames(names: readonly string[]): Day | undefined {
  for (const name of names) {
    const iso = ISO_RANGE.exec(name)?.[2];
    const named = NAMED_RANGE.exec(name)?.[2]?.replace(/^(\w+)-(\d+)-/, '$1 $2, ');
    const end = iso ?? named;
    const parsed = end ? parseExportDate(end) : undefined;
    if (parsed && 'day' in parsed) return parsed.day;
  }
  return undefined;
}

/** A column of percentages says so in its name. */
export const measureOf = (header: string, otherwise: Measure): Measure =>
  /%|percent|百分比|率/.test(headerKey(header)) ? 'percent' : otherwise;

/** Names of a level (how many follow on a day), in exports that give one: TikTok's follower history, Meta's. */
export const isLevelName = (name: string): boolean =>
  /^(total )?(followers|fans|page likes|page follows)$|^粉丝数$/.test(headerKey(name));

/** A located problem in a cell: `line 4, column 2 (Date)`. */
export const cellAt = (line: number, column: number, header: string): string =>
  `line ${line}, column ${column + 1} (${header})`;
