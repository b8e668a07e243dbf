import { DataError } from '../../core/errors.ts';

/**
 * The SQL a figures database is asked, one engine's way. Identifiers are quoted by the dialect and checked before;
 * every value travels as a parameter, never in the text, so a data file cannot inject SQL.
 */
export type SqlParam = string | number | readonly string[] | readonly number[];
export interface SqlText {
  text: string;
  params: readonly SqlParam[];
  /** For dialects with named parameters (@metric, {metric:String}): names[i] names params[i]. */
  names?: readonly string[];
  /** Reads the whole table (the index, at load): runners give it a longer limit and more memory. */
  bulk?: boolean;
}
/** A table path: ['analytics', 'pulse_series']. */
export interface TableRef {
  parts: readonly string[];
}
/** ISO days, both inclusive. */
export interface DateWindow {
  from: string;
  to: string;
}
/** channel '' = none (NULL or '' in the table). */
export interface SeriesKey {
  subject: string;
  channel: string;
}

export interface SqlDialect {
  readonly name: 'postgresql' | 'bigquery' | 'clickhouse';
  /**
   * One row per (metric, subject, channel) and calendar month with rows: metric, subject, channel ('' for none),
   * and that month's first and last day with a row (ISO), rows and total. Whole months then cost no query.
   */
  seriesIndex(table: TableRef): SqlText;
  /**
   * Per series and window: subject, channel, w (0-based window index), total (float), rows (int). Only series
   * with rows in the window appear, in no particular order. `subjects` and `channels` ('' for none) narrow to
   * those when given.
   */
  windowSums(
    table: TableRef,
    metric: string,
    windows: readonly DateWindow[],
    subjects?: readonly string[],
    channels?: readonly string[],
  ): SqlText;
  /** Per key and day: subject, channel, d (0-based day index), date (ISO of the row read), value — the latest row on or before each day; absent when none. */
  levels(table: TableRef, metric: string, keys: readonly SeriesKey[], days: readonly string[]): SqlText;
}

/** The rows the three queries return, as the dialects promise them (numbers as JS numbers, dates as ISO days). */
export interface SeriesIndexRow {
  metric: string;
  subject: string;
  channel: string;
  first: string;
  last: string;
  rows: number;
  total: number;
}
export interface WindowSumRow {
  subject: string;
  channel: string;
  w: number;
  total: number;
  rows: number;
}
export interface LevelRow {
  subject: string;
  channel: string;
  d: number;
  date: string;
  value: number;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Where a table name was written, to point at it when it is wrong. */
export interface TableRefOrigin {
  file: string;
  where: string;
}

/**
 * `analytics.pulse_series` → ['analytics', 'pulse_series']: one to three plain identifiers. Anything else (quotes,
 * spaces, dashes, empty parts) is refused rather than quoted, so what reaches the SQL is what the reader sees.
 */
export function parseTableRef(
  text: string,
  origin: TableRefOrigin = { file: '(data file)', where: 'series[].table' },
): TableRef {
  const parts = text.trim().split('.');
  if (parts.length < 1 || parts.length > 3 || !parts.every((p) => IDENTIFIER.test(p)))
    throw new DataError([
      {
        ...origin,
        message: `"${text}" is not a table name: write one to three names separated by dots (letters, digits, _), e.g. analytics.pulse_series`,
      },
    ]);
  return { parts };
}

/** The smallest `from` and largest `to`: a bound every window lies within, for engines that prune by a constant range. */
export function windowSpan(windows: readonly DateWindow[]): DateWindow {
  // No windows: a valid day stands in, nothing is enumerated.
  let from = windows[0]?.from ?? '1970-01-01';
  let to = windows[0]?.to ?? '1970-01-01';
  for (const w of windows) {
    if (w.from < from) from = w.from;
    if (w.to > to) to = w.to;
  }
  return { from, to };
}

/** The latest of ISO days ('1970-01-01' when none): a constant upper bound for engines that prune by it. */
export const lastOf = (days: readonly string[]): string => [...days].sort().at(-1) ?? '1970-01-01';

/** SQL with named parameters, in the order they are listed. */
export function namedSql(text: string, params: Readonly<Record<string, SqlParam>>): SqlText {
  return { text, params: Object.values(params), names: Object.keys(params) };
}

/** A table path refused by one engine (ClickHouse has no third level), pointed at like a data-file problem. */
export function tableRefRefused(table: TableRef, why: string): DataError {
  return new DataError([
    { file: '(data file)', where: 'series[].table', message: `"${table.parts.join('.')}": ${why}` },
  ]);
}
