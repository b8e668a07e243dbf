import { describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import { execute } from '../../src/core/engine/execute.ts';
import { timeBuckets } from '../../src/core/engine/time-buckets.ts';
import { makePeriod } from '../../src/core/plan/period-math.ts';
import { day, MINI_NOW, useMini } from '../helpers/fixtures.ts';

// mini.yaml: Sunrise Walk YouTube 10/day Jan 1–14 and Instagram 5/day Jan 8–14, Alpha Launch 100 on Jan 10;
// Night Market 20/day in February; followers YouTube 1000 (Jan 1), 1100 (Jan 8), 1300 (Feb 1), Instagram 500
// (Jan 1), 650 (Feb 5).
const { ds, plan } = useMini();

describe('calendar buckets', () => {
  it('cuts weeks (Monday first) and months to the period and labels cut weeks by their days', () => {
    const weeks = timeBuckets('week', day('2024-05-01'), day('2024-05-19'));
    expect(weeks.map((w) => w.label)).toEqual([
      'May 1 – May 5, 2024',
      'week of May 6, 2024',
      'week of May 13, 2024',
    ]);
    const months = timeBuckets('month', day('2024-01-15'), day('2024-03-10'));
    expect(months.map((m) => [m.key, m.label])).toEqual([
      ['2024-01-15', 'January 2024'],
      ['2024-02-01', 'February 2024'],
      ['2024-03-01', 'March 2024'],
    ]);
    expect(timeBuckets('day', day('2024-06-15'), day('2024-06-15'))[0]?.label).toBe('Sat June 15, 2024');
  });
});

describe('days, weeks and months as things to rank or list', () => {
  it.each([
    ['views by month', { op: 'breakdown', dimension: 'month' }],
    ['daily views in January', { op: 'breakdown', dimension: 'day' }],
    ['views month by month', { op: 'breakdown', dimension: 'month' }],
    // One day, week or month at the top or bottom is a record (records.test.ts); several are a ranking.
    ['Which month had the most views?', { op: 'record', unit: 'month', order: 'desc' }],
    ['busiest day in January', { op: 'record', unit: 'day' }],
    ['top 3 days for views in January', { op: 'top', dimension: 'day', n: 3 }],
    ['quietest week in January', { op: 'record', unit: 'week', order: 'asc' }],
    ['which 2 days in January had the most views?', { op: 'top', dimension: 'day', n: 2 }],
    ['which date in January had the most views?', { op: 'record', unit: 'day' }],
    // Rates are averages, not buckets.
    ['views per day in January', { op: 'value', per: 'day' }],
    ['average weekly views in January', { op: 'value', per: 'week' }],
  ])('%s', (question, expected) => {
    expect(plan(question)).toMatchObject(expected);
  });

  it('sums a flow per bucket in calendar order, and reads a stock at each bucket’s end', () => {
    const jan = makePeriod('month', day('2024-01-01'), day('2024-01-31'));
    const byWeek = execute(
      ds(),
      { op: 'breakdown', metric: 'views', dimension: 'week', scope: {}, period: jan, change: false },
      MINI_NOW,
    );
    expect(byWeek).toMatchObject({
      total: 275,
      items: [
        { key: '2024-01-01', value: 70 },
        { key: '2024-01-08', value: 205 },
      ],
    });
    const all = makePeriod('range', day('2024-01-01'), day('2024-02-29'));
    const levels = execute(
      ds(),
      { op: 'breakdown', metric: 'followers', dimension: 'month', scope: {}, period: all, change: false },
      MINI_NOW,
    );
    expect(levels).toMatchObject({
      total: 1950,
      items: [
        { key: '2024-01-01', value: 1600 },
        { key: '2024-02-01', value: 1950 },
      ],
    });
  });

  it('names the best day', async () => {
    const a = await answer('busiest day for views in January', { dataset: ds(), now: MINI_NOW });
    expect(a.terminal).toContain(
      'The best day for Mini Org (most views) of 31 whole days in January 2024 was Wed January 10, 2024: 115 views.',
    );
  });

  it('a ranking leaves out weeks cut short when whole ones exist; a breakdown keeps them', () => {
    const jan = makePeriod('month', day('2024-01-01'), day('2024-01-31'));
    const top = execute(
      ds(),
      {
        op: 'top',
        metric: 'views',
        dimension: 'week',
        n: 5,
        order: 'asc',
        scope: {},
        period: jan,
        change: false,
      },
      MINI_NOW,
    );
    // Jan 29 – 31 is cut by the month's end: not ranked. Whole weeks with views: Jan 1 (70) and Jan 8 (205).
    expect(top.op === 'top' && top.items.map((i) => i.key)).toEqual(['2024-01-01', '2024-01-08']);
    expect(timeBuckets('week', day('2024-01-29'), day('2024-01-31'))[0]?.full).toBe(false);
  });
});
