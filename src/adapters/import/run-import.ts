import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { DataError, type DataIssue } from '../../core/errors.ts';
import type { ExportTable } from '../../core/import/export-table.ts';
import { type MetricTally, mergeSeries } from '../../core/import/merge-series.ts';
import { type ImportPlan, planImport } from '../../core/import/plan-import.ts';
import { loadDataFile } from '../data/load-data-file.ts';
import { editCatalog, seriesFileOf } from './catalog-edit.ts';
import { readExport } from './export-kinds.ts';
import type { ReadContext } from './export-rows.ts';
import { readSeriesFile, writeAtomic } from './series-file.ts';

/** One import of export files into a data file, as `pulse import` and the Slack import both run it. */
export interface ImportRequest extends ReadContext {
  dataPath: string;
  kind: string;
  files: readonly string[];
  dryRun: boolean;
  addAssets: boolean;
  campaign?: string;
  channel?: string;
}

export interface ImportOutcome {
  kind: string;
  plan: ImportPlan;
  tables: readonly ExportTable[];
  tally: ReadonlyMap<string, MetricTally>;
  dataFile: string;
  seriesFile: string;
  /** The files written; undefined on a dry run. */
  written?: string[];
  addAssets: boolean;
}

const lineOf = (i: DataIssue): number => Number(/^line (\d+)/.exec(i.where)?.[1] ?? 0);
/** Problems by file, then line: the order someone fixing them reads the files in. */
const inReadingOrder = (issues: DataIssue[]): DataIssue[] =>
  [...issues].sort((a, b) => (a.file === b.file ? lineOf(a) - lineOf(b) : a.file < b.file ? -1 : 1));

/**
 * Exports → rows matched to the catalog → merged into the first series CSV; written (temp file + rename) only
 * after the merged data file validates, and not at all on a dry run. Bad input or a merged file that would not
 * validate throws a DataError with every problem located; nothing is written then.
 */
export async function runImportRequest(req: ImportRequest): Promise<ImportOutcome> {
  const dataPath = resolve(req.dataPath);
  const dataset = await loadDataFile(dataPath);
  const read = await readExport(req.kind, req.files, { year: req.year, asOf: req.asOf });
  const { tables } = read;
  const plan = planImport(tables, dataset.catalog, {
    addAssets: req.addAssets,
    campaign: req.campaign,
    channel: req.channel,
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
  if (!req.dryRun) for (const w of writes) await writeAtomic(w.path, w.text);
  return {
    kind: req.kind,
    plan,
    tables,
    tally: merged.tally,
    dataFile: basename(dataPath),
    seriesFile: seriesName,
    written: req.dryRun ? undefined : writes.map((w) => basename(w.path)),
    addAssets: req.addAssets,
  };
}
