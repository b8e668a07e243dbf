import { type Day, formatDay, parseDay } from '../../core/model/dates.ts';
import type { SeriesReader } from '../../core/model/series-reader.ts';
import type { FigureSession, FigureSource } from '../../core/ports.ts';
import type { SeriesKey, TableRef } from '../sql/sql-dialect.ts';
import type { Connection } from './database-connections.ts';

/** One row of the table's index: a series and its extent, read once per load. */
export interface IndexRow {
  metric: string;
  subject: string;
  channel: string;
  first: string;
  last: string;
  rows: number;
  total: number;
}

/** A read the session could not answer: a sum over a window, or a level on a day. */
type SumKey = `${number}|${number}|${number}`;
type LevelKey = `${number}@${number}`;

/**
 * A series whose rows stay in the database. Reads the index already answers (nothing in range, or the whole
 * series) need no query; the rest go to the active session.
 */
export class DatabaseSeries implements SeriesReader {
  readonly subject: string;
  readonly channel: string;
  readonly metric: string;
  readonly first: Day | undefined;
  readonly last: Day | undefined;
  readonly rows: number;
  readonly #total: number;
  readonly #figures: DatabaseFigures;
  /** Position in the source's list: the key of this series' reads in a session. */
  readonly index: number;

  constructor(row: IndexRow, figures: DatabaseFigures, index: number) {
    this.subject = row.subject;
    this.channel = row.channel;
    this.metric = row.metric;
    this.first = parseDay(row.first);
    this.last = parseDay(row.last);
    this.rows = row.rows;
    this.#total = row.total;
    this.#figures = figures;
    this.index = index;
  }

  #window(from: Day, to: Day): [number, number] {
    if (to < from || this.first === undefined || this.last === undefined) return [0, 0];
    if (to < this.first || from > this.last) return [0, 0];
    if (from <= this.first && to >= this.last) return [this.#total, this.rows];
    // The window as asked, not clamped to this series: every series read over it then shares one window.
    return this.#figures.active().sum(this, from, to);
  }

  sum(from: Day, to: Day): number {
    return this.#window(from, to)[0];
  }

  count(from: Day, to: Day): number {
    return this.#window(from, to)[1];
  }

  #level(day: Day): [Day, number] | undefined {
    if (this.first === undefined || day < this.first) return undefined;
    return this.#figures.active().level(this, day);
  }

  at(day: Day): number | undefined {
    return this.#level(day)?.[1];
  }

  dayAt(day: Day): Day | undefined {
    return this.#level(day)?.[0];
  }
}

/** The reads of one computation (see FigureSource): answered ones, and those to fetch next. */
class DatabaseSession implements FigureSession {
  readonly #figures: DatabaseFigures;
  readonly #sums = new Map<SumKey, [number, number]>();
  readonly #levels = new Map<LevelKey, [Day, number] | null>();
  /** Per metric: the windows and series still to fetch. */
  #wantSums = new Map<string, { windows: Map<string, [Day, Day]>; series: Set<DatabaseSeries> }>();
  #wantLevels = new Map<string, { days: Set<Day>; series: Set<DatabaseSeries> }>();

  constructor(figures: DatabaseFigures) {
    this.#figures = figures;
  }

  run<T>(compute: () => T): T {
    this.#wantSums = new Map();
    this.#wantLevels = new Map();
    return this.#figures.within(this, compute);
  }

  missing(): boolean {
    return this.#wantSums.size > 0 || this.#wantLevels.size > 0;
  }

  sum(s: DatabaseSeries, from: Day, to: Day): [number, number] {
    const known = this.#sums.get(`${s.index}|${from}|${to}`);
    if (known) return known;
    let want = this.#wantSums.get(s.metric);
    if (!want) {
      want = { windows: new Map(), series: new Set() };
      this.#wantSums.set(s.metric, want);
    }
    want.windows.set(`${from}|${to}`, [from, to]);
    want.series.add(s);
    return [0, 0];
  }

  level(s: DatabaseSeries, day: Day): [Day, number] | undefined {
    const known = this.#levels.get(`${s.index}@${day}`);
    if (known !== undefined) return known ?? undefined;
    let want = this.#wantLevels.get(s.metric);
    if (!want) {
      want = { days: new Set(), series: new Set() };
      this.#wantLevels.set(s.metric, want);
    }
    want.days.add(day);
    want.series.add(s);
    return undefined;
  }

  async fetch(): Promise<void> {
    const sums = [...this.#wantSums].map(([metric, want]) => this.#fetchSums(metric, want));
    const levels = [...this.#wantLevels].map(([metric, want]) => this.#fetchLevels(metric, want));
    await Promise.all([...sums, ...levels]);
  }

  /** One query per metric: every window asked for, for every series asked about. */
  async #fetchSums(
    metric: string,
    want: { windows: Map<string, [Day, Day]>; series: Set<DatabaseSeries> },
  ): Promise<void> {
    const windows = [...want.windows.values()];
    const subjects = [...new Set([...want.series].map((s) => s.subject))];
    const all = this.#figures.seriesOf(metric);
    const { runner, dialect } = this.#figures.connection;
    const rows = await runner.query<{
      subject: string;
      channel: string;
      w: number;
      total: number;
      rows: number;
    }>(
      dialect.windowSums(
        this.#figures.table,
        metric,
        windows.map(([from, to]) => ({ from: formatDay(from), to: formatDay(to) })),
        narrowTo(subjects, this.#figures.subjectCount(metric)),
      ),
    );
    // Every read asked is answered: a window without rows sums to zero.
    for (const s of want.series)
      for (const [from, to] of windows) this.#sums.set(`${s.index}|${from}|${to}`, [0, 0]);
    for (const r of rows) {
      const s = all.get(keyOf(r));
      const window = windows[Number(r.w)];
      if (s && window)
        this.#sums.set(`${s.index}|${window[0]}|${window[1]}`, [Number(r.total), Number(r.rows)]);
    }
  }

  async #fetchLevels(metric: string, want: { days: Set<Day>; series: Set<DatabaseSeries> }): Promise<void> {
    const days = [...want.days];
    const keys: SeriesKey[] = [...want.series].map((s) => ({ subject: s.subject, channel: s.channel }));
    const all = this.#figures.seriesOf(metric);
    const { runner, dialect } = this.#figures.connection;
    const rows = await runner.query<{
      subject: string;
      channel: string;
      d: number;
      date: string;
      value: number;
    }>(dialect.levels(this.#figures.table, metric, keys, days.map(formatDay)));
    for (const s of want.series) for (const day of days) this.#levels.set(`${s.index}@${day}`, null);
    for (const r of rows) {
      const s = all.get(keyOf(r));
      const day = days[Number(r.d)];
      const read = parseDay(String(r.date));
      if (s && day !== undefined && read !== undefined)
        this.#levels.set(`${s.index}@${day}`, [read, Number(r.value)]);
    }
  }
}

/**
 * A read of a few things (one video, one campaign's) names their subjects, so the database reads only their rows;
 * a read of many scans the metric's window anyway, and a long list to test on every row only slows it.
 */
const NARROW_UP_TO = 64;
const narrowTo = (subjects: string[], all: number): string[] | undefined =>
  subjects.length <= NARROW_UP_TO && subjects.length < all ? subjects : undefined;

const keyOf = (k: SeriesKey): string => `${k.subject}\u0000${k.channel ?? ''}`;

/**
 * The figures of one database table: its index (series and their extents) and the sessions that read it. Only
 * the computation running right now has a session (the engine is synchronous), so series ask `active()`.
 */
export class DatabaseFigures implements FigureSource {
  readonly connection: Connection;
  readonly table: TableRef;
  /** The table as people may see it: the URL without its password, and the table's name. */
  readonly label: string;
  readonly series: DatabaseSeries[] = [];
  readonly #byMetric = new Map<string, Map<string, DatabaseSeries>>();
  readonly #subjects = new Map<string, number>();
  #active: DatabaseSession | undefined;

  constructor(connection: Connection, table: TableRef, label: string, index: readonly IndexRow[]) {
    this.connection = connection;
    this.table = table;
    this.label = label;
    for (const row of index) {
      const s = new DatabaseSeries(row, this, this.series.length);
      this.series.push(s);
      let own = this.#byMetric.get(s.metric);
      if (!own) {
        own = new Map();
        this.#byMetric.set(s.metric, own);
      }
      own.set(keyOf(s), s);
    }
    for (const [metric, own] of this.#byMetric)
      this.#subjects.set(metric, new Set([...own.values()].map((s) => s.subject)).size);
  }

  unavailable(): Error | undefined {
    return undefined;
  }

  session(): FigureSession {
    return new DatabaseSession(this);
  }

  within<T>(session: DatabaseSession, compute: () => T): T {
    const outer = this.#active;
    this.#active = session;
    try {
      return compute();
    } finally {
      this.#active = outer;
    }
  }

  active(): DatabaseSession {
    if (!this.#active)
      // A read outside a session would be a zero standing in for a figure: never answer with it.
      throw new Error('a database figure was read outside withFigures()');
    return this.#active;
  }

  seriesOf(metric: string): ReadonlyMap<string, DatabaseSeries> {
    return this.#byMetric.get(metric) ?? new Map();
  }

  subjectCount(metric: string): number {
    return this.#subjects.get(metric) ?? 0;
  }
}

/** A table whose index could not be read: every figure question says so until a reload reads it. */
export const unavailableFigures = (error: Error): FigureSource => ({
  unavailable: () => error,
  session: () => {
    throw error;
  },
});

/** Several tables in one data file read as one source: each computation runs in a session of every table. */
export function combinedFigures(sources: readonly FigureSource[]): FigureSource | undefined {
  if (sources.length <= 1) return sources[0];
  return {
    unavailable: () => sources.map((s) => s.unavailable()).find((e) => e !== undefined),
    session: () => {
      const sessions = sources.map((s) => s.session());
      return {
        run: <T>(compute: () => T): T =>
          sessions.reduceRight<() => T>((inner, s) => () => s.run(inner), compute)(),
        missing: () => sessions.some((s) => s.missing()),
        fetch: async () => {
          await Promise.all(sessions.filter((s) => s.missing()).map((s) => s.fetch()));
        },
      };
    },
  };
}
