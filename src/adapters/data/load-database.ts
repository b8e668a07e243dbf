import { createHash } from 'node:crypto';
import { DataError, SourceError } from '../../core/errors.ts';
import type { DatasetAssembler, SeriesInclude } from '../../core/model/assemble-dataset.ts';
import type { FigureSource } from '../../core/ports.ts';
import { parseTableRef } from '../sql/sql-dialect.ts';
import type { DatabaseConnections } from './database-connections.ts';
import { DatabaseFigures, type IndexRow, unavailableFigures } from './database-series.ts';
import { expandEnv } from './expand-env.ts';
import { redactUrl } from './redact-url.ts';

export interface DatabaseOptions {
  connections?: DatabaseConnections;
  /** Where `${NAME}` in a URL is read from. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock that times how long a table counts as down after a query could not reach it (tests). */
  now?: () => number;
}

/** A database entry as loaded: how people see it, and its standing failure when its index could not be read. */
export interface DatabaseEntry {
  label: string;
  refreshMs: number;
  error?: SourceError;
}

type DatabaseInclude = Extract<SeriesInclude, { kind: 'database' }>;

/**
 * Reads a table's index (one aggregate query: each series and its extent) and adds its series to the dataset;
 * the rows stay in the database. An unreachable database is not a broken file: its figures are unavailable
 * until a reload reaches it, and the rest of the file serves. A table that is not there, or ids the catalog
 * lacks, are problems of the file.
 */
export async function loadDatabase(
  include: DatabaseInclude,
  file: string,
  assembler: DatasetAssembler,
  options: DatabaseOptions,
): Promise<{ entry: DatabaseEntry; figures?: FigureSource; digest: string }> {
  const where = `${include.where}.database`;
  const url = expandEnv(include.url, options.env ?? {});
  const none = { entry: { label: include.table, refreshMs: include.refreshMs }, digest: '' };
  if (!url.ok) {
    assembler.issue(file, where, `environment variable ${url.missing.join(', ')} is not set`);
    return none;
  }
  const label = `${include.table} on ${redactUrl(url.value)}`;
  const entry: DatabaseEntry = { label, refreshMs: include.refreshMs };
  // Without connections (an import checking the files it writes) the table is left out, not read.
  if (!options.connections) return { ...none, entry };
  let connection: ReturnType<DatabaseConnections['get']>;
  try {
    connection = options.connections.get(url.value, file, include.where);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    for (const i of error.issues) assembler.issue(i.file, i.where, i.message);
    return { ...none, entry };
  }
  const table = parseTableRef(include.table);
  let index: IndexRow[];
  try {
    index = (await connection.runner.query<IndexRow>(connection.dialect.seriesIndex(table))).map(normalize);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    if (error.code === 'SOURCE_FAILED') {
      assembler.issue(file, `${include.where}.table`, `cannot be read: ${error.message}`);
      return { ...none, entry };
    }
    return { entry: { ...entry, error }, figures: unavailableFigures(error), digest: `down:${label}` };
  }
  const figures = new DatabaseFigures(connection, table, label, index, options.now);
  for (const s of figures.series) assembler.addReader(s, label, include.table);
  const hash = createHash('sha256');
  for (const r of index)
    hash.update(`${r.metric}|${r.subject}|${r.channel}|${r.first}|${r.last}|${r.rows}|${r.total}\n`);
  return { entry, figures, digest: hash.digest('hex') };
}

/** Drivers give numbers as numbers or strings and dates as text; the index keeps one form. */
function normalize(r: IndexRow): IndexRow {
  return {
    metric: String(r.metric),
    subject: String(r.subject),
    channel: r.channel == null ? '' : String(r.channel),
    first: String(r.first).slice(0, 10),
    last: String(r.last).slice(0, 10),
    rows: Number(r.rows),
    total: Number(r.total),
  };
}
