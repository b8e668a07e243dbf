import type { DataIssue } from '../../core/errors.ts';
import { type ExportDate, parseExportDate, slashOrderOf, withYears } from '../../core/import/export-dates.ts';
import type { AccountRef, ExportColumn, ExportTable, Measure } from '../../core/import/export-table.ts';
import { type Day, partsOf } from '../../core/model/dates.ts';
import type { ExportFile } from './export-files.ts';
import { cellAt, rangeEndInNames, type SheetRecord } from './export-sheet.ts';

// Pieces the export adapters share: a date column read with its file's conventions, and the figure columns.

/** What the command line tells the adapters. */
export interface ReadContext {
  /** `--year`: the year of the export's last day, for dates written without one. */
  year?: number;
  /** `--as-of`: the export's last day, for totals. */
  asOf?: Day;
}

/** The dates of `column` in `rows`; a date that cannot be read, or whose year cannot be told, is an issue. */
export function readDates(
  file: ExportFile,
  rows: readonly SheetRecord[],
  column: number,
  header: string,
  ctx: ReadContext,
  issues: DataIssue[],
): (Day | undefined)[] {
  const texts = rows.map((r) => r.cells[column] ?? '');
  const order = slashOrderOf(texts);
  const parsed: (ExportDate | undefined)[] = texts.map((t) => parseExportDate(t, order));
  parsed.forEach((d, i) => {
    if (!d)
      issues.push({
        file: file.file,
        where: cellAt(rows[i]?.line ?? 0, column, header),
        message: `"${texts[i]}" is not a date`,
      });
  });
  const dates = parsed.map((d) => d ?? { day: Number.NaN });
  const yearless = parsed.findIndex((d) => d !== undefined && !('day' in d));
  if (yearless < 0) return dates.map((d) => ('day' in d && !Number.isNaN(d.day) ? d.day : undefined));
  const end = ctx.year ?? (ctx.asOf !== undefined ? partsOf(ctx.asOf).y : undefined);
  const named = rangeEndInNames(file.names);
  const lastYear = end ?? (named !== undefined ? partsOf(named).y : undefined);
  if (lastYear === undefined) {
    issues.push({
      file: file.file,
      where: cellAt(rows[yearless]?.line ?? 0, column, header),
      message: `"${texts[yearless]}" has no year: give --year YYYY (the year of the export's last day)`,
    });
    return dates.map(() => undefined);
  }
  return withYears(dates, lastYear).map((d) => (d === undefined || Number.isNaN(d) ? undefined : d));
}

/** Every column not in `fixed` holds figures; `english` gives a UI-language header its English name. */
export function figureColumns(
  header: readonly string[],
  fixed: ReadonlySet<number>,
  measure: (header: string) => Measure,
  english: (header: string) => string | undefined = () => undefined,
): { columns: ExportColumn[]; at: number[] } {
  const columns: ExportColumn[] = [];
  const at: number[] = [];
  header.forEach((h, i) => {
    if (fixed.has(i) || h.trim() === '') return;
    const en = english(h);
    columns.push({ header: h, names: en ? [h, en] : [h], at: i + 1, measure: measure(en ?? h) });
    at.push(i);
  });
  return { columns, at };
}

/** A table of daily figures about one account: a date column and figure columns (TikTok, X, Meta, Studio totals). */
export function accountDailyTable(
  file: ExportFile,
  records: readonly SheetRecord[],
  headerAt: number,
  dateColumn: number,
  spec: {
    layout: string;
    account: AccountRef;
    measure: (header: string) => Measure;
    english?: (h: string) => string | undefined;
  },
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable {
  const header = records[headerAt]?.cells ?? [];
  const rows = records.slice(headerAt + 1);
  const { columns, at } = figureColumns(header, new Set([dateColumn]), spec.measure, spec.english);
  const dates = readDates(file, rows, dateColumn, header[dateColumn] ?? 'Date', ctx, issues);
  return {
    file: file.file,
    layout: spec.layout,
    columns,
    rows: rows.flatMap((r, i) => {
      const date = dates[i];
      return date === undefined
        ? []
        : [
            {
              line: r.line,
              date,
              subject: { kind: 'account' as const, account: spec.account },
              cells: at.map((c) => r.cells[c] ?? ''),
            },
          ];
    }),
    notes: [],
  };
}
