import { describe, expect, it } from 'vitest';
import { DatabaseFigures, type IndexRow } from '../../src/adapters/data/database-series.ts';
import { postgresDialect } from '../../src/adapters/sql/postgres-dialect.ts';
import type { SqlRunner } from '../../src/adapters/sql/postgres-runner.ts';
import type { SqlText } from '../../src/adapters/sql/sql-dialect.ts';
import { withFigures } from '../../src/core/engine/with-figures.ts';
import { Dataset } from '../../src/core/model/dataset.ts';
import { type Day, formatDay, parseDay } from '../../src/core/model/dates.ts';
import { type Series, SeriesBuilder } from '../../src/core/model/series-store.ts';

// A DatabaseSeries answers whole months from the index and asks the database only for the days a window cuts
// from a month: every window must give what the rows themselves give.

/** A few series with gaps, over three months and a bit, in memory: the truth. */
function memorySeries(): Series[] {
  const b = new SeriesBuilder();
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const start = parseDay('2024-01-20') ?? 0;
  let row = 0;
  for (const subject of ['a', 'b', 'c'])
    for (let d = start; d < start + 110; d++)
      if (rand() < 0.7) b.add(subject, '', 'views', d, Math.round(rand() * 1000) / 4, row++);
  return b.build(() => {
    throw new Error('no duplicates here');
  });
}

/** The index as the database gives it: a row per series and month. */
function indexOf(series: readonly Series[]): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const s of series) {
    const byMonth = new Map<string, Day[]>();
    for (const d of s.days) {
      const month = formatDay(d).slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), d]);
    }
    for (const days of byMonth.values()) {
      const first = days[0] ?? 0;
      const last = days.at(-1) ?? 0;
      rows.push({
        metric: s.metric,
        subject: s.subject,
        channel: s.channel,
        first: formatDay(first),
        last: formatDay(last),
        rows: days.length,
        total: s.sum(first, last),
      });
    }
  }
  return rows;
}

/** Answers windowSums from the rows in memory, and counts the queries. */
class RowsRunner implements SqlRunner {
  readonly source = 'memory';
  readonly windows: [string, string][] = [];
  queries = 0;
  readonly #series: readonly Series[];
  constructor(series: readonly Series[]) {
    this.#series = series;
  }
  async query<T>(q: SqlText): Promise<T[]> {
    this.queries++;
    const [metric, froms, tos] = q.params as [string, string[], string[]];
    const out: unknown[] = [];
    froms.forEach((from, w) => {
      const to = tos[w] ?? from;
      this.windows.push([from, to]);
      for (const s of this.#series.filter((x) => x.metric === metric)) {
        const [a, b] = [parseDay(from) ?? 0, parseDay(to) ?? 0];
        if (s.count(a, b) > 0)
          out.push({ subject: s.subject, channel: s.channel, w, total: s.sum(a, b), rows: s.count(a, b) });
      }
    });
    return out as T[];
  }
  async end(): Promise<void> {}
}

describe('DatabaseSeries over a monthly index', () => {
  const truth = memorySeries();
  const runner = new RowsRunner(truth);
  const figures = new DatabaseFigures(
    { runner, dialect: postgresDialect },
    { parts: ['t'] },
    't',
    indexOf(truth),
  );
  const catalog = {
    organization: { name: 'Test', timezone: 'UTC' },
    metrics: [{ id: 'views', label: 'Views', kind: 'flow' as const }],
    campaigns: [],
    assets: [],
    channels: [],
    awards: [],
    rankings: [],
  };
  const ds = new Dataset(catalog as never, figures.series, { source: 't', version: '1' }, undefined, figures);

  it('gives every window the sum and count of the rows in it', async () => {
    const first = parseDay('2024-01-10') ?? 0;
    for (let from = first; from < first + 130; from += 3)
      for (let to = from - 1; to < first + 130; to += 4) {
        const got = await withFigures(ds, () =>
          figures.series.map((s) => [s.sum(from, to), s.count(from, to)]),
        );
        const want = truth.map((s) => [s.sum(from, to), s.count(from, to)]);
        got.forEach(([sum, count], i) => {
          expect(count, `${formatDay(from)}…${formatDay(to)}`).toBe(want[i]?.[1]);
          expect(sum).toBeCloseTo(want[i]?.[0] ?? Number.NaN, 6);
        });
      }
  });

  it('asks nothing for whole months, and at most the cut days of a month', async () => {
    const before = runner.queries;
    const feb = [parseDay('2024-02-01') ?? 0, parseDay('2024-03-31') ?? 0] as const;
    await withFigures(ds, () => figures.series.map((s) => s.sum(feb[0], feb[1])));
    expect(runner.queries).toBe(before);
    runner.windows.length = 0;
    // 2 March to 30 April: one day before it in March and none after it in April are cheaper to read.
    const cut = [parseDay('2024-03-02') ?? 0, parseDay('2024-04-29') ?? 0] as const;
    await withFigures(ds, () => figures.series.map((s) => s.sum(cut[0], cut[1])));
    expect(runner.queries).toBe(before + 1);
    expect(runner.windows).toEqual([
      ['2024-03-01', '2024-03-01'],
      ['2024-04-30', '2024-04-30'],
    ]);
  });
});
