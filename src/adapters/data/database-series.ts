import { SourceError } from '../../core/errors.ts';
import { type Day, dayFromParts, formatDay, parseDay, partsOf } from '../../core/model/dates.ts';
import type { SeriesReader } from '../../core/model/series-reader.ts';
import type { FigureSession, FigureSource } from '../../core/ports.ts';
import type { SeriesKey, TableRef } from '../sql/sql-dialect.ts';
import type { Connection } from './database-connections.ts';

/** One row of the table's index: a series' rows in one calendar month, read once per load. */
export interface IndexRow {
  metric: string;
  subject: string;
  channel: string;
  /** The month's first and last day with a row. */
  first: string;
  last: string;
  rows: number;
  total: number;
}

/** A read the session could not answer: a sum over a window, or a level on a day. */
type SumKey = `${number}|${number}|${number}`;
type LevelKey = `${number}@${number}`;
type Sum = [total: number, rows: number];

/** Months as one integer (year × 12 + month − 1), so whole months in a window are a range. */
const monthOf = (day: Day): number => {
  const { y, m } = partsOf(day);
  return y * 12 + m - 1;
};
const monthStart = (month: number): Day => dayFromParts(Math.floor(month / 12), (month % 12) + 1, 1);

/**
 * A series whose rows stay in the database. It holds its monthly totals from the index, so a read over whole
 * months, or over the whole series, needs no query; a read that cuts a month asks the active session for the
 * cut part only — the days in the window or, when fewer, the month's days outside it.
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
  /** The first month with rows, and prefix sums of each month's total and rows from it (dense, months apart). */
  readonly #month0: number;
  readonly #totals: Float64Array;
  readonly #counts: Float64Array;

  /** `months`: the index rows of one series, one per month. */
  constructor(months: readonly IndexRow[], figures: DatabaseFigures, index: number) {
    const head = months[0];
    if (!head) throw new Error('a database series needs at least one index row');
    this.subject = head.subject;
    this.channel = head.channel;
    this.metric = head.metric;
    const firsts = months.map((r) => parseDay(r.first) ?? Number.NaN);
    const lasts = months.map((r) => parseDay(r.last) ?? Number.NaN);
    this.first = Math.min(...firsts);
    this.last = Math.max(...lasts);
    this.#month0 = monthOf(this.first);
    const span = monthOf(this.last) - this.#month0 + 1;
    this.#totals = new Float64Array(span + 1);
    this.#counts = new Float64Array(span + 1);
    const totals = new Float64Array(span);
    const counts = new Float64Array(span);
    months.forEach((r, i) => {
      const at = monthOf(firsts[i] ?? 0) - this.#month0;
      totals[at] = (totals[at] ?? 0) + r.total;
      counts[at] = (counts[at] ?? 0) + r.rows;
    });
    for (let i = 0; i < span; i++) {
      this.#totals[i + 1] = (this.#totals[i] ?? 0) + (totals[i] ?? 0);
      this.#counts[i + 1] = (this.#counts[i] ?? 0) + (counts[i] ?? 0);
    }
    this.rows = this.#counts[span] ?? 0;
    this.#total = this.#totals[span] ?? 0;
    this.#figures = figures;
    this.index = index;
  }

  /** Months [a, b] from the index. */
  #months(a: number, b: number): Sum {
    const lo = Math.max(a, this.#month0) - this.#month0;
    const hi = Math.min(b - this.#month0 + 1, this.#totals.length - 1);
    if (hi <= lo) return [0, 0];
    return [
      (this.#totals[hi] ?? 0) - (this.#totals[lo] ?? 0),
      (this.#counts[hi] ?? 0) - (this.#counts[lo] ?? 0),
    ];
  }

  /** What the index alone says of [from, to]: nothing in it, or the whole series; undefined otherwise. */
  #known(from: Day, to: Day): Sum | undefined {
    if (to < from || this.first === undefined || this.last === undefined) return [0, 0];
    if (to < this.first || from > this.last) return [0, 0];
    if (from <= this.first && to >= this.last) return [this.#total, this.rows];
    return undefined;
  }

  /** A window the index may answer; otherwise the session's read. */
  #read(from: Day, to: Day): Sum {
    // The window as asked, not clamped to this series: every series read over it then shares one window.
    return this.#known(from, to) ?? this.#figures.active().sum(this, from, to);
  }

  /** [from, to] inside one month: read the fewer days, the window's or the rest of the month's. */
  #withinMonth(month: number, from: Day, to: Day): Sum {
    const start = monthStart(month);
    const end = monthStart(month + 1) - 1;
    const inside = to - from + 1;
    if (inside <= end - start + 1 - inside) return this.#read(from, to);
    const whole = this.#months(month, month);
    const before = this.#read(start, from - 1);
    const after = this.#read(to + 1, end);
    return [whole[0] - before[0] - after[0], whole[1] - before[1] - after[1]];
  }

  #window(from: Day, to: Day): Sum {
    const known = this.#known(from, to);
    if (known) return known;
    const a = monthOf(from);
    const b = monthOf(to);
    if (a === b) return this.#withinMonth(a, from, to);
    const head = this.#withinMonth(a, from, monthStart(a + 1) - 1);
    const middle = this.#months(a + 1, b - 1);
    const tail = this.#withinMonth(b, monthStart(b), to);
    return [head[0] + middle[0] + tail[0], head[1] + middle[1] + tail[1]];
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
    try {
      await Promise.all([...sums, ...levels]);
    } catch (error) {
      if (error instanceof SourceError && error.code === 'SOURCE_UNREACHABLE') this.#figures.wentDown(error);
      throw error;
    }
    this.#figures.cameBack();
  }

  /** One query per metric: every window asked for, for every series asked about. */
  async #fetchSums(
    metric: string,
    want: { windows: Map<string, [Day, Day]>; series: Set<DatabaseSeries> },
  ): Promise<void> {
    const windows = [...want.windows.values()];
    const subjects = [...new Set([...want.series].map((s) => s.subject))];
    const channels = [...new Set([...want.series].map((s) => s.channel))];
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
        narrowTo(channels, this.#figures.channelCount(metric)),
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
 * A read of some things (one video, one campaign's, one platform's) names their subjects or channels, so the
 * database sums only their rows: PostgreSQL tests a long list by hashing it, and summing is what costs (at 10M
 * rows, 300 of 4,000 videos over two weeks: about a third of the time of all of them). A read of nearly all
 * names none.
 */
const NARROW_UP_TO = 1_000;
const narrowTo = (ids: string[], all: number): string[] | undefined =>
  ids.length <= NARROW_UP_TO && ids.length < all ? ids : undefined;

/** How long figure questions say "unavailable" after a query could not reach the database, before one tries again. */
const RETRY_MS = 30_000;

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
  readonly #channels = new Map<string, number>();
  #active: DatabaseSession | undefined;

  /** The last time a query could not reach the database, while no query has reached it since. */
  #down: { error: SourceError; at: number } | undefined;
  readonly #now: () => number;

  constructor(
    connection: Connection,
    table: TableRef,
    label: string,
    index: readonly IndexRow[],
    now: () => number = Date.now,
  ) {
    this.#now = now;
    this.connection = connection;
    this.table = table;
    this.label = label;
    // The index has a row per series and month: a series is its rows together.
    const grouped = new Map<string, IndexRow[]>();
    for (const row of index) {
      const key = `${row.metric}\u0000${keyOf(row)}`;
      const own = grouped.get(key);
      if (own) own.push(row);
      else grouped.set(key, [row]);
    }
    for (const months of grouped.values()) {
      const s = new DatabaseSeries(months, this, this.series.length);
      this.series.push(s);
      let own = this.#byMetric.get(s.metric);
      if (!own) {
        own = new Map();
        this.#byMetric.set(s.metric, own);
      }
      own.set(keyOf(s), s);
    }
    for (const [metric, own] of this.#byMetric) {
      this.#subjects.set(metric, new Set([...own.values()].map((s) => s.subject)).size);
      this.#channels.set(metric, new Set([...own.values()].map((s) => s.channel)).size);
    }
  }

  /**
   * Once a query could not reach the database, every figure question says so for RETRY_MS, those the index alone
   * could answer too: nobody is told a figure as if the source were fine while it is known to be down. The
   * first question after that window tries again (and the data source reads the index again each tick).
   */
  unavailable(): Error | undefined {
    const down = this.#down;
    return down && this.#now() - down.at < RETRY_MS ? down.error : undefined;
  }

  wentDown(error: SourceError): void {
    this.#down = { error, at: this.#now() };
  }

  cameBack(): void {
    this.#down = undefined;
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

  channelCount(metric: string): number {
    return this.#channels.get(metric) ?? 0;
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
