import { describe, expect, it } from 'vitest';
import { bigqueryDialect } from '../../src/adapters/sql/bigquery-dialect.ts';
import { clickhouseDialect } from '../../src/adapters/sql/clickhouse-dialect.ts';
import { postgresDialect } from '../../src/adapters/sql/postgres-dialect.ts';
import { parseTableRef, type SqlDialect, type SqlText } from '../../src/adapters/sql/sql-dialect.ts';
import { DataError } from '../../src/core/errors.ts';

// The exact SQL each dialect writes, kept in tests/sql/golden/<dialect>-<query>.sql: a change to a query shows
// up as a diff to read. PostgreSQL's is also run (postgres-series.test.ts); the others are checked as text only.

const table = parseTableRef('analytics.pulse_series');
const windows = [
  { from: '2024-03-01', to: '2024-03-31' },
  { from: '2024-02-01', to: '2024-02-29' },
];
const keys = [
  { subject: 'spring-launch', channel: 'linkedin' },
  { subject: 'spring-launch', channel: '' },
];
const days = ['2024-03-31', '2024-02-29'];

const queries = (d: SqlDialect): Record<string, SqlText> => ({
  'series-index': d.seriesIndex(table),
  'window-sums': d.windowSums(table, 'impressions', windows),
  'window-sums-subjects': d.windowSums(table, 'impressions', windows, ['spring-launch', 'newsletter']),
  'window-sums-channels': d.windowSums(table, 'impressions', windows, undefined, ['instagram', '']),
  levels: d.levels(table, 'followers', keys, days),
});

const dialects = [postgresDialect, bigqueryDialect, clickhouseDialect];

describe.each(dialects.map((d) => [d.name, d] as const))('%s dialect', (name, dialect) => {
  it.each(Object.entries(queries(dialect)))('%s matches its golden file', async (query, sql) => {
    await expect(sql.text).toMatchFileSnapshot(`./golden/${name}-${query}.sql`);
  });

  it('passes every value as a parameter, never in the text', () => {
    const hostile = "x'; DROP TABLE t; --";
    const texts = [
      dialect.windowSums(table, hostile, [{ from: hostile, to: hostile }], [hostile]),
      dialect.levels(table, hostile, [{ subject: hostile, channel: hostile }], [hostile]),
    ];
    for (const q of texts) {
      expect(q.text).not.toContain('DROP');
      expect(q.params.flat()).toContain(hostile);
    }
  });

  it('names or numbers every parameter it uses', () => {
    for (const q of Object.values(queries(dialect))) {
      if (dialect.name === 'postgresql') {
        const used = new Set([...q.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
        expect([...used].sort()).toEqual(q.params.map((_, i) => i + 1));
        expect(q.names).toBeUndefined();
      } else {
        const pattern = dialect.name === 'bigquery' ? /@(\w+)/g : /\{(\w+):[^}]+\}/g;
        const used = new Set([...q.text.matchAll(pattern)].map((m) => m[1]));
        expect([...used].sort()).toEqual([...(q.names ?? [])].sort());
        expect(q.names?.length).toBe(q.params.length);
      }
    }
  });
});

describe('parameters', () => {
  it('PostgreSQL: metric, window bounds, subjects in $ order', () => {
    expect(postgresDialect.seriesIndex(table).params).toEqual([]);
    expect(postgresDialect.windowSums(table, 'impressions', windows, ['a']).params).toEqual([
      'impressions',
      ['2024-03-01', '2024-02-01'],
      ['2024-03-31', '2024-02-29'],
      ['a'],
    ]);
    expect(postgresDialect.levels(table, 'followers', keys, days).params).toEqual([
      'followers',
      ['spring-launch', 'spring-launch'],
      ['linkedin', ''],
      ['2024-03-31', '2024-02-29'],
    ]);
  });

  it.each([bigqueryDialect, clickhouseDialect])('$name: named, with a constant date bound', (d) => {
    const sums = d.windowSums(table, 'impressions', windows, ['a']);
    expect(Object.fromEntries((sums.names ?? []).map((n, i) => [n, sums.params[i]]))).toEqual({
      metric: 'impressions',
      window_from: ['2024-03-01', '2024-02-01'],
      window_to: ['2024-03-31', '2024-02-29'],
      span_from: '2024-02-01',
      span_to: '2024-03-31',
      subjects: ['a'],
    });
    const levels = d.levels(table, 'followers', keys, days);
    expect(Object.fromEntries((levels.names ?? []).map((n, i) => [n, levels.params[i]]))).toEqual({
      metric: 'followers',
      key_subjects: ['spring-launch', 'spring-launch'],
      key_channels: ['linkedin', ''],
      days: ['2024-03-31', '2024-02-29'],
      last_day: '2024-03-31',
    });
  });
});

describe('table names', () => {
  it.each([
    ['pulse_series', ['pulse_series']],
    ['analytics.pulse_series', ['analytics', 'pulse_series']],
    ['my_project.analytics.pulse_series', ['my_project', 'analytics', 'pulse_series']],
  ])('%s', (text, parts) => {
    expect(parseTableRef(text).parts).toEqual(parts);
  });

  it.each(['', 'a.b.c.d', 'a..b', '"quoted"', 'a b', 'x;drop', '1table', 'my-project.t'])(
    'refuses %j',
    (text) => {
      expect(() => parseTableRef(text, { file: 'data.yaml', where: 'series[0].table' })).toThrow(DataError);
      try {
        parseTableRef(text, { file: 'data.yaml', where: 'series[0].table' });
      } catch (e) {
        expect((e as DataError).issues[0]).toMatchObject({ file: 'data.yaml', where: 'series[0].table' });
      }
    },
  );

  it('ClickHouse refuses a three-part name', () => {
    expect(() => clickhouseDialect.seriesIndex(parseTableRef('a.b.c'))).toThrow(DataError);
  });

  it('quotes every identifier', () => {
    expect(postgresDialect.seriesIndex(table).text).toContain('FROM "analytics"."pulse_series"');
    expect(bigqueryDialect.seriesIndex(table).text).toContain('FROM `analytics.pulse_series`');
    expect(clickhouseDialect.seriesIndex(table).text).toContain('FROM `analytics`.`pulse_series`');
  });
});
