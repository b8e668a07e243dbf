import type { Result } from '../../src/core/engine/result.ts';
import type { Period, QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { type BenchCatalog, dayOfIso, isoOf } from './bench-catalog.ts';

// The seven aggregations run both ways: as a Pulse plan for the engine, and as SQL over the indexed table.
// Each side reduces its answer to [key, value] pairs so the two can be checked against each other.

export type Figures = [string, number][];

export interface Aggregation {
  name: string;
  plan: QueryPlan;
  sql: string;
  params: Record<string, string | number>;
  /** Breakdowns come back in any order; tops are compared in rank order. */
  ordered: boolean;
}

const period = (kind: Period['kind'], from: string, to: string, label: string): Period => ({
  kind,
  from,
  to,
  label,
});

export function aggregations(catalog: BenchCatalog, firstDay: string, now: string): Aggregation[] {
  const asset = [...catalog.assets].sort((a, b) => a.published.localeCompare(b.published))[0];
  const campaign = catalog.campaigns
    .filter((c) => c.status === 'active')
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (!asset || !campaign) throw new RangeError('the catalog needs an asset and an active campaign');
  const day = (iso: string) => dayOfIso(iso);
  const may = period('month', '2024-05-01', '2024-05-31', 'May 2024');
  const q1 = period('quarter', '2024-01-01', '2024-03-31', 'Q1 2024');
  const week = period('days', isoOf(day(now) - 6), now, 'the last 7 days');
  const year = period('year', '2023-01-01', '2023-12-31', '2023');
  const march = period('month', '2024-03-01', '2024-03-31', 'March 2024');
  const all = period('all', firstDay, now, 'all time');
  const range = (p: Period) => ({ from: day(p.from), to: day(p.to) });
  return [
    {
      name: `flow sum, one asset, a month`,
      plan: { op: 'value', metric: 'views', scope: { asset: asset.id }, period: may, change: false },
      sql: `SELECT 'total' AS k, COALESCE(SUM(value), 0) AS v FROM series
            WHERE metric = @m AND subject = @asset AND date BETWEEN @from AND @to`,
      params: { m: 'views', asset: asset.id, ...range(may) },
      ordered: true,
    },
    {
      name: 'campaign total, a quarter',
      plan: { op: 'value', metric: 'views', scope: { campaign: campaign.id }, period: q1, change: false },
      sql: `SELECT 'total' AS k, COALESCE(SUM(value), 0) AS v FROM series
            WHERE metric = @m AND date BETWEEN @from AND @to
              AND subject IN (SELECT id FROM assets WHERE campaign = @campaign UNION ALL SELECT @campaign)`,
      params: { m: 'views', campaign: campaign.id, ...range(q1) },
      ordered: true,
    },
    {
      name: 'platform total, last 7 days',
      plan: { op: 'value', metric: 'views', scope: { platform: 'youtube' }, period: week, change: false },
      sql: `SELECT 'total' AS k, COALESCE(SUM(v), 0) AS v FROM (
              SELECT value AS v FROM series WHERE metric = @m AND date BETWEEN @from AND @to
                AND channel IN (SELECT id FROM channels WHERE platform = @p)
              UNION ALL
              SELECT value FROM series WHERE metric = @m AND date BETWEEN @from AND @to AND channel = ''
                AND subject IN (SELECT id FROM channels WHERE platform = @p))`,
      params: { m: 'views', p: 'youtube', ...range(week) },
      ordered: true,
    },
    {
      name: 'top 10 assets, a year',
      plan: {
        op: 'top',
        metric: 'views',
        dimension: 'asset',
        n: 10,
        order: 'desc',
        scope: {},
        period: year,
        change: false,
      },
      sql: `SELECT subject AS k, SUM(value) AS v FROM series
            WHERE metric = @m AND date BETWEEN @from AND @to AND subject IN (SELECT id FROM assets)
            GROUP BY subject ORDER BY v DESC, subject LIMIT 10`,
      params: { m: 'views', ...range(year) },
      ordered: true,
    },
    {
      name: 'breakdown by language, a month',
      plan: {
        op: 'breakdown',
        metric: 'views',
        dimension: 'language',
        scope: {},
        period: may,
        change: false,
      },
      sql: `SELECT a.language AS k, SUM(s.value) AS v FROM series s JOIN assets a ON a.id = s.subject
            WHERE s.metric = @m AND s.date BETWEEN @from AND @to GROUP BY a.language`,
      params: { m: 'views', ...range(may) },
      ordered: false,
    },
    {
      name: 'stock at a date, all channels',
      plan: { op: 'value', metric: 'followers', scope: {}, period: march, change: false },
      sql: `SELECT 'total' AS k, COALESCE(SUM(s.value), 0) AS v FROM series s
            JOIN (SELECT subject, channel, MAX(date) AS d FROM series WHERE metric = @m AND date <= @to
                  GROUP BY subject, channel) l
              ON s.subject = l.subject AND s.channel = l.channel AND s.date = l.d
            WHERE s.metric = @m`,
      params: { m: 'followers', to: day(march.to) },
      ordered: true,
    },
    {
      name: 'organization total, all time',
      plan: { op: 'value', metric: 'views', scope: {}, period: all, change: false },
      sql: `SELECT 'total' AS k, COALESCE(SUM(value), 0) AS v FROM series WHERE metric = @m AND date <= @to`,
      params: { m: 'views', to: day(now) },
      ordered: true,
    },
  ];
}

/** A Pulse result as [key, value] pairs. */
export function pulseFigures(result: Result): Figures {
  switch (result.op) {
    case 'value':
      return [['total', result.value]];
    case 'top':
    case 'breakdown':
      return result.items.map((i): [string, number] => [i.key, i.value]);
    default:
      throw new TypeError(`no figures for a ${result.op} result`);
  }
}

/** Same keys and values (to 1e-9 relative: sums of decimals may round differently by order). */
export function sameFigures(a: Figures, b: Figures, ordered: boolean): boolean {
  const sort = (f: Figures) => (ordered ? f : [...f].sort((x, y) => x[0].localeCompare(y[0])));
  const x = sort(a);
  const y = sort(b);
  return (
    x.length === y.length &&
    x.every(([k, v], i) => {
      const [k2, v2] = y[i] ?? ['', Number.NaN];
      return k === k2 && Math.abs(v - v2) <= 1e-9 * Math.max(1, Math.abs(v));
    })
  );
}
