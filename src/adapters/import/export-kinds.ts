import type { DataIssue } from '../../core/errors.ts';
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

/**
 * Reads the FILEs as exports of `kind`: the tables, and every problem found in them, located. A file that
 * cannot be read at all throws a DataError.
 */
export async function readExport(
  kind: string,
  paths: readonly string[],
  ctx: ReadContext,
): Promise<{ tables: ExportTable[]; issues: DataIssue[] }> {
  const read = EXPORT_KINDS[kind];
  if (!read) throw new Error(`unknown kind "${kind}"`);
  const issues: DataIssue[] = [];
  const tables = read(await readExportFiles(paths), ctx, issues);
  return { tables, issues };
}
