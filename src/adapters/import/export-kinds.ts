import { DataError, type DataIssue } from '../../core/errors.ts';
import type { ExportTable } from '../../core/import/export-table.ts';
import { readCsv } from './csv-export.ts';
import { type ExportFile, readExportFiles } from './export-files.ts';
import type { ReadContext } from './export-rows.ts';
import { readMeta } from './meta-export.ts';
import { readTiktok } from './tiktok-export.ts';
import { readX } from './x-export.ts';
import { readYoutubeStudio } from './youtube-studio-export.ts';

type ReadKind = (files: readonly ExportFile[], ctx: ReadContext, issues: DataIssue[]) => ExportTable[];

/** `pulse import KIND`: one adapter per kind of export (shared/spec/imports.md, "Export layouts"). */
export const EXPORT_KINDS: Readonly<Record<string, ReadKind>> = {
  'youtube-studio': readYoutubeStudio,
  meta: readMeta,
  tiktok: readTiktok,
  x: readX,
  csv: readCsv,
};

/** Reads the FILEs as exports of `kind`; every problem found, located, in one DataError. */
export async function readExport(
  kind: string,
  paths: readonly string[],
  ctx: ReadContext,
): Promise<ExportTable[]> {
  const read = EXPORT_KINDS[kind];
  if (!read) throw new Error(`unknown kind "${kind}"`);
  const issues: DataIssue[] = [];
  const tables = read(await readExportFiles(paths), ctx, issues);
  if (issues.length > 0) throw new DataError(issues);
  return tables;
}
