import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { DataError, type DataIssue, formatIssue } from '../../core/errors.ts';
import { mergeSeries } from '../../core/import/merge-series.ts';
import { planImport } from '../../core/import/plan-import.ts';
import { loadDataFile } from '../data/load-data-file.ts';
import { editCatalog, seriesFileOf } from '../import/catalog-edit.ts';
import { readExport } from '../import/export-kinds.ts';
import { readSeriesFile, writeAtomic } from '../import/series-file.ts';
import { IMPORT_USAGE, type ImportArgs, parseImportArgs } from './import-args.ts';
import { describeImport } from './import-report.ts';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `pulse import KIND FILE…` (shared/spec/imports.md): exports → rows matched to the catalog → merged into the
 * first series CSV; written (temp file + rename) only after the merged data file validates. Exit 0 done,
 * 1 usage, 2 bad input or a merged file that would not validate (nothing written).
 */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const args = parseImportArgs(argv);
  if (args === 'help') {
    io.out(IMPORT_USAGE);
    return 0;
  }
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

const lineOf = (i: DataIssue): number => Number(/^line (\d+)/.exec(i.where)?.[1] ?? 0);
/** Problems by file, then line: the order someone fixing them reads the files in. */
const inReadingOrder = (issues: DataIssue[]): DataIssue[] =>
  [...issues].sort((a, b) => (a.file === b.file ? lineOf(a) - lineOf(b) : a.file < b.file ? -1 : 1));

async function importFiles(args: ImportArgs, io: Io): Promise<number> {
  const dataPath = resolve(args.data ?? (await import('../../app/compose.ts')).configuredDataFile());
  const dataset = await loadDataFile(dataPath);
  const read = await readExport(args.kind, args.files, { year: args.year, asOf: args.asOf });
  const { tables } = read;
  const plan = planImport(tables, dataset.catalog, {
    addAssets: args.addAssets,
    campaign: args.campaign,
    channel: args.channel,
  });
  const issues = [...read.issues, ...plan.issues];
  if (issues.length > 0) throw new DataError(inReadingOrder(issues));

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
