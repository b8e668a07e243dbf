import type { DataIssue } from '../../core/errors.ts';
import type { ExportTable } from '../../core/import/export-table.ts';
import type { ExportFile } from './export-files.ts';
import { accountDailyTable, type ReadContext } from './export-rows.ts';
import { findHeader, headerKey, isLevelName, measureOf, readSheet } from './export-sheet.ts';

// An export of daily figures for one account: a Date column and the platform's figure columns. A file whose
// header has the date but none of the platform's columns is another export, and refused as such.

export interface AccountExportSpec {
  platform: string;
  /** The export, as named in an error, with its article: `an X account overview export`. */
  name: string;
  /** Figure columns the platform writes (English UI). */
  known: readonly string[];
  layout: (header: readonly string[]) => string;
}

const DATE = { date: ['Date', '日期'] } as const;

export function accountExport(spec: AccountExportSpec) {
  const known = new Set(spec.known.map(headerKey));
  return (files: readonly ExportFile[], ctx: ReadContext, issues: DataIssue[]): ExportTable[] =>
    files.flatMap((file) => {
      const records = readSheet(file, issues);
      const header = findHeader(records, DATE, ['date']);
      const cells = header ? (records[header.at]?.cells ?? []) : [];
      if (!header || !cells.some((c) => known.has(headerKey(c)))) {
        if (records.length > 0)
          issues.push({
            file: file.file,
            where: `line ${records[header?.at ?? 0]?.line ?? 1}`,
            message: `not ${spec.name}: expected Date and some of ${spec.known.join(', ')}`,
          });
        return [];
      }
      return [
        accountDailyTable(
          file,
          records,
          header.at,
          header.columns.date ?? 0,
          {
            layout: spec.layout(cells),
            account: { platform: spec.platform },
            measure: (h) => (isLevelName(h) ? 'level' : measureOf(h, 'amount')),
          },
          ctx,
          issues,
        ),
      ];
    });
}
