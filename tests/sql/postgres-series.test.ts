import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSeriesTableDdl } from '../../src/adapters/sql/postgres-ddl.ts';
import { postgresDialect as pg } from '../../src/adapters/sql/postgres-dialect.ts';
import type { SqlRunner } from '../../src/adapters/sql/postgres-runner.ts';
import {
  type DateWindow,
  type LevelRow,
  parseTableRef,
  type SeriesIndexRow,
  type SqlText,
  type WindowSumRow,
} from '../../src/adapters/sql/sql-dialect.ts';
import { formatDay, parseDay } from '../../src/core/model/dates.ts';
import { type Series, SeriesBuilder } from '../../src/core/model/series-store.ts';
import { openTestPostgres, PG_SKIPPED, uniqueSchema } from './pg-env.ts';

// The PostgreSQL dialect against the in-memory series on the same rows: every figure the engine may ask
// (index, window sums, levels) must come back the same. The table writes "no channel" both as NULL and as ''.

interface Row {
  date: string;
  subject: string;
  /** null = written as NULL. */
  channel: string | null;
  metric: string;
  value: number;
}

/** ~200 rows with gaps: a seeded generator, so a failure replays. */
function generateRows(): Row[] {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const start = parseDay('2024-01-01') ?? 0;
  const rows: Row[] = [];
  for (const metric of ['impressions', 'followers'])
    for (const subject of ['alpha', 'beta', 'gamma'])
      for (const channel of ['linkedin', 'x', 'none'])
        for (let i = 0; i < 40; i++) {
          if (random() < 0.7) continue;
          const none = random() < 0.5 ? null : '';
          rows.push({
            date: formatDay(start + i),
            subject,
            channel: channel === 'none' ? none : channel,
            metric,
            value: Math.round(random() * 1000) / 4,
          });
        }
  return rows;
}

function inMemory(rows: readonly Row[]): Series[] {
  const builder = new SeriesBuilder();
  rows.forEach((r, i) => {
    builder.add(r.subject, r.channel ?? '', r.metric, parseDay(r.date) ?? 0, r.value, i);
  });
  return builder.build(() => {
    throw new Error('duplicate day in generated rows');
  });
}

async function insert(runner: SqlRunner, table: string, rows: readonly Row[]): Promise<void> {
  await runner.query({
    text: `INSERT INTO ${table} SELECT d, s, nullif(c, '~'), m, v
      FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::float8[]) AS r(d, s, c, m, v)`,
    params: [
      rows.map((r) => r.date),
      rows.map((r) => r.subject),
      rows.map((r) => r.channel ?? '~'),
      rows.map((r) => r.metric),
      rows.map((r) => r.value),
    ],
  });
}

const keyOf = (s: { subject: string; channel: string }): string => `${s.subject}/${s.channel}`;

describe.skipIf(PG_SKIPPED)('PostgreSQL series queries match the in-memory series', () => {
  const schema = uniqueSchema('series');
  const table = parseTableRef(`${schema}.pulse_series`);
  const rows = generateRows();
  const series = inMemory(rows);
  let runner: SqlRunner;

  beforeAll(async () => {
    runner = await openTestPostgres();
    await runner.query({ text: `CREATE SCHEMA "${schema}"`, params: [] });
    // NULL channels need a nullable column, so this table departs from the recommended DDL (no primary key).
    await runner.query({
      text: `CREATE TABLE "${schema}".pulse_series (date date NOT NULL, subject text NOT NULL, channel text,
        metric text NOT NULL, value double precision NOT NULL)`,
      params: [],
    });
    await insert(runner, `"${schema}".pulse_series`, rows);
  });
  afterAll(async () => {
    await runner?.query({ text: `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, params: [] });
    await runner?.end();
  });

  it('holds rows without a channel written both ways', () => {
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.length).toBeLessThan(300);
    expect(rows.some((r) => r.channel === null)).toBe(true);
    expect(rows.some((r) => r.channel === '')).toBe(true);
  });

  it('seriesIndex: one row per series and month, with its span, count and total in that month', async () => {
    const got = await runner.query<SeriesIndexRow>(pg.seriesIndex(table));
    const monthOf = (iso: string) => iso.slice(0, 7);
    for (const r of got) expect(monthOf(r.first), `${r.metric} ${keyOf(r)}`).toBe(monthOf(r.last));
    for (const s of series) {
      const own = got.filter((r) => r.metric === s.metric && keyOf(r) === keyOf(s));
      const months = new Set<string>();
      for (let d = s.first ?? 0; d <= (s.last ?? 0); d++)
        if (s.count(d, d) > 0) months.add(monthOf(formatDay(d)));
      expect(
        own.map((r) => monthOf(r.first)),
        `${s.metric} ${keyOf(s)}`,
      ).toEqual([...months].sort());
      for (const r of own) {
        const from = parseDay(r.first) ?? 0;
        const to = parseDay(r.last) ?? 0;
        expect(s.count(from, to)).toBe(r.rows);
        expect(s.dayAt(to)).toBe(to);
        expect(s.count(parseDay(`${monthOf(r.first)}-01`) ?? 0, from - 1)).toBe(0);
        expect(r.total).toBeCloseTo(s.sum(from, to), 6);
      }
      expect(own.reduce((n, r) => n + r.rows, 0)).toBe(s.rows);
    }
  });

  const windows: DateWindow[] = [
    { from: '2024-01-01', to: '2024-01-31' },
    { from: '2024-01-10', to: '2024-01-10' },
    { from: '2023-12-01', to: '2024-02-29' },
    { from: '2024-02-01', to: '2024-02-07' },
    { from: '2024-03-01', to: '2024-03-31' },
    { from: '2024-01-15', to: '2024-02-15' },
  ];

  it.each<[string[] | undefined, string[] | undefined]>([
    [undefined, undefined],
    [['alpha', 'gamma'], undefined],
    // '' is "no channel", written NULL or '' in the table.
    [undefined, ['x', '']],
    [['alpha'], ['linkedin']],
  ])('windowSums (subjects %j, channels %j)', async (subjects, channels) => {
    for (const metric of ['impressions', 'followers']) {
      const got = await runner.query<WindowSumRow>(pg.windowSums(table, metric, windows, subjects, channels));
      const expected = series
        .filter(
          (s) =>
            s.metric === metric &&
            (!subjects || subjects.includes(s.subject)) &&
            (!channels || channels.includes(s.channel)),
        )
        .flatMap((s) =>
          windows.flatMap((w, i) => {
            const from = parseDay(w.from) ?? 0;
            const to = parseDay(w.to) ?? 0;
            const count = s.count(from, to);
            return count ? [{ key: `${keyOf(s)}#${i}`, total: s.sum(from, to), rows: count }] : [];
          }),
        );
      const actual = got.map((r) => ({ key: `${keyOf(r)}#${r.w}`, total: r.total, rows: r.rows }));
      expect(actual.map((a) => a.key).sort()).toEqual(expected.map((e) => e.key).sort());
      for (const e of expected) {
        const a = actual.find((x) => x.key === e.key);
        expect(a?.rows, e.key).toBe(e.rows);
        expect(a?.total, e.key).toBeCloseTo(e.total, 6);
      }
    }
  });

  it('levels: the latest row on or before each day, absent when none', async () => {
    const days = ['2023-12-31', '2024-01-01', '2024-01-07', '2024-01-20', '2024-02-09', '2024-06-01'];
    for (const metric of ['impressions', 'followers']) {
      const mine = series.filter((s) => s.metric === metric);
      const keys = [
        ...mine.map((s) => ({ subject: s.subject, channel: s.channel })),
        { subject: 'nobody', channel: '' },
      ];
      const got = await runner.query<LevelRow>(pg.levels(table, metric, keys, days));
      const expected = mine.flatMap((s) =>
        days.flatMap((d, i) => {
          const day = parseDay(d) ?? 0;
          const at = s.dayAt(day);
          return at === undefined ? [] : [{ key: `${keyOf(s)}#${i}`, date: formatDay(at), value: s.at(day) }];
        }),
      );
      const actual = got.map((r) => ({ key: `${keyOf(r)}#${r.d}`, date: r.date, value: r.value }));
      expect(actual.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
        expected.sort((a, b) => a.key.localeCompare(b.key)),
      );
      expect(expected.length).toBeGreaterThan(mine.length * 3);
    }
  });

  it('asks nothing of an empty request', async () => {
    expect(await runner.query(pg.windowSums(table, 'impressions', []))).toEqual([]);
    expect(await runner.query(pg.levels(table, 'impressions', [], ['2024-01-05']))).toEqual([]);
    expect(await runner.query(pg.windowSums(table, 'no-such-metric', windows))).toEqual([]);
  });
});

/** Every index a plan reads, and whether it scans a table whole. */
function scansOf(plan: unknown): { indexes: string[]; seqScans: number } {
  const indexes: string[] = [];
  let seqScans = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n['Index Name'] === 'string') indexes.push(n['Index Name']);
      if (n['Node Type'] === 'Seq Scan') seqScans++;
      Object.values(n).forEach(walk);
    }
  };
  walk(plan);
  return { indexes, seqScans };
}

describe.skipIf(PG_SKIPPED)('the recommended table and its indexes', () => {
  const schema = uniqueSchema('plans');
  const table = parseTableRef(`${schema}.pulse_series`);
  let runner: SqlRunner;

  beforeAll(async () => {
    runner = await openTestPostgres();
    await runner.query({ text: `CREATE SCHEMA "${schema}"`, params: [] });
    for (const ddl of postgresSeriesTableDdl(table)) await runner.query({ text: ddl, params: [] });
    // 6 metrics × 40 subjects × 3 channels × 200 days = 144,000 rows: enough that a full scan costs more.
    await runner.query({
      text: `INSERT INTO "${schema}".pulse_series
        SELECT DATE '2024-01-01' + d, 's' || s, c, 'm' || m, (m * 7 + s * 3 + d) % 101
        FROM generate_series(0, 199) d, generate_series(1, 40) s, unnest(ARRAY['', 'x', 'y']) c, generate_series(1, 6) m`,
      params: [],
    });
    await runner.query({ text: `VACUUM ANALYZE "${schema}".pulse_series`, params: [] });
  });
  afterAll(async () => {
    await runner?.query({ text: `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, params: [] });
    await runner?.end();
  });

  const explain = async (q: SqlText) => {
    const [row] = await runner.query<{ 'QUERY PLAN': unknown }>({
      text: `EXPLAIN (FORMAT JSON) ${q.text}`,
      params: q.params,
    });
    return scansOf(row?.['QUERY PLAN']);
  };

  it('windowSums reads a range of the (metric, date) covering index', async () => {
    const plan = await explain(
      pg.windowSums(table, 'm3', [
        { from: '2024-03-01', to: '2024-03-31' },
        { from: '2024-02-01', to: '2024-02-29' },
      ]),
    );
    expect(plan).toEqual({ indexes: ['pulse_series_metric_date'], seqScans: 0 });
  });

  it('levels steps back along the primary key', async () => {
    const plan = await explain(
      pg.levels(
        table,
        'm2',
        [
          { subject: 's1', channel: '' },
          { subject: 's2', channel: 'x' },
        ],
        ['2024-03-31', '2024-05-01'],
      ),
    );
    expect(plan.seqScans).toBe(0);
    expect(plan.indexes.length).toBeGreaterThan(0);
    expect(new Set(plan.indexes)).toEqual(new Set(['pulse_series_pkey']));
  });
});
