import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError, formatIssue } from '../../core/errors.ts';
import { mergeSeries } from '../../core/import/merge-series.ts';
import { planImport } from '../../core/import/plan-import.ts';
import { parseDay } from '../../core/model/dates.ts';
import { loadDataFile } from '../data/load-data-file.ts';
import { editCatalog, seriesFileOf } from '../import/catalog-edit.ts';
import { EXPORT_KINDS, readExport } from '../import/export-kinds.ts';
import { readSeriesFile, writeAtomic } from '../import/series-file.ts';
import { describeImport } from './import-report.ts';

export const IMPORT_USAGE = `Usage: pulse import ${Object.keys(EXPORT_KINDS).join('|')} FILE… [--data FILE] [--dry-run] [--add-assets]
         [--year YYYY] [--as-of YYYY-MM-DD] [--campaign ID] [--channel ID|HANDLE]`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface ImportArgs {
  kind: string;
  files: string[];
  data?: string;
  dryRun: boolean;
  addAssets: boolean;
  year?: number;
  asOf?: number;
  campaign?: string;
  channel?: string;
}

const tryParse = (argv: string[]) => {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return (error as Error).message;
  }
};

/** The options, or a usage problem (exit 1). */
function parseImportArgs(argv: string[]): ImportArgs | string {
  const parsed = tryParse(argv);
  if (typeof parsed === 'string') return parsed;
  const {
    values: v,
    positionals: [kind = '', ...files],
  } = parsed;
  if (!EXPORT_KINDS[kind]) return kind ? `Unknown kind "${kind}".` : 'Name the kind of export.';
  if (files.length === 0) return 'Give the export file(s) to import.';
  const year = v.year === undefined ? undefined : Number(v.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
    return `--year must be a year YYYY, got "${v.year}"`;
  const asOf = v['as-of'] === undefined ? undefined : parseDay(v['as-of']);
  if (v['as-of'] !== undefined && asOf === undefined)
    return `--as-of must be a date YYYY-MM-DD, got "${v['as-of']}"`;
  return {
    kind,
    files,
    data: v.data,
    dryRun: v['dry-run'] ?? false,
    addAssets: v['add-assets'] ?? false,
    year,
    asOf,
    campaign: v.campaign,
    channel: v.channel,
  };
}

const OPTIONS = {
  data: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'add-assets': { type: 'boolean' },
  year: { type: 'string' },
  'as-of': { type: 'string' },
  campaign: { type: 'string' },
  channel: { type: 'string' },
} as const;

/**
 * `pulse import KIND FILE…` (shared/spec/imports.md): exports → rows matched to the catalog → merged into the
 * first series CSV; written (temp file + rename) only after the merged data file validates. Exit 0 done,
 * 1 usage, 2 bad input or a merged file that would not validate (nothing written).
 */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${IMPORT_USAGE}`);
    return 1;
  }
  try {
    return await importFiles(args, io);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    io.err(
      `Import refused, nothing written (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):`,
    );
    for (const i of error.issues) io.err(`  ${formatIssue(i)}`);
    return 2;
  }
}

async function importFiles(args: ImportArgs, io: Io): Promise<number> {
  const dataPath = resolve(args.data ?? (await import('../../app/compose.ts')).configuredDataFile());
  const dataset = await loadDataFile(dataPath);
  const tables = await readExport(args.kind, args.files, { year: args.year, asOf: args.asOf });
  const plan = planImport(tables, dataset.catalog, {
    addAssets: args.addAssets,
    campaign: args.campaign,
    channel: args.channel,
  });
  if (plan.issues.length > 0) throw new DataError(plan.issues);

  const json = extname(dataPath).toLowerCase() === '.json';
  const dataText = await readFile(dataPath, 'utf8');
  const included = seriesFileOf(dataText, json);
  const seriesName = included ?? `${basename(dataPath, extname(dataPath))}-series.csv`;
  const seriesPath = resolve(dirname(dataPath), seriesName);
  const series = await readSeriesFile(seriesPath);
  const merged = mergeSeries(series.header, series.headerRaw, series.records, plan.rows);
  const seriesText = `${merged.lines.join(series.eol)}${series.eol}`;
  const added = plan.newAssets.filter((n) => n.added).map((n) => n.entry);
  const needsInclude = included === undefined && merged.changed;
  const newData = editCatalog(dataText, json, {
    assets: added,
    seriesFile: needsInclude ? seriesName : undefined,
  });
  const writes = [
    ...(newData !== dataText ? [{ path: dataPath, text: newData }] : []),
    ...(merged.changed && seriesText !== series.text ? [{ path: seriesPath, text: seriesText }] : []),
  ];
  // The same validation as `pulse validate`, on what would be written: a refused result writes nothing.
  if (writes.length > 0) await loadDataFile(dataPath, new Map(writes.map((w) => [w.path, w.text])));
  // The data file first: new assets without rows are valid, rows without their assets are not.
  if (!args.dryRun) for (const w of writes) await writeAtomic(w.path, w.text);
  for (const line of describeImport({
    kind: args.kind,
    plan,
    tables,
    tally: merged.tally,
    dataFile: basename(dataPath),
    seriesFile: seriesName,
    written: args.dryRun ? undefined : writes.map((w) => basename(w.path)),
    addAssets: args.addAssets,
  }))
    io.out(line);
  return 0;
}
