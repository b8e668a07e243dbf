import { beforeAll, describe, expect, it } from 'vitest';
import { answer, lexiconOf } from '../../src/core/answer.ts';
import { monthsIn } from '../../src/core/engine/average.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { averageUnit } from '../../src/core/plan/average-phrases.ts';
import { allTime, makePeriod } from '../../src/core/plan/period-math.ts';
import type { AverageUnit, Period, QueryPlan, Scope } from '../../src/core/plan/plan-schema.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { day, load, MINI } from '../helpers/fixtures.ts';

// mini.yaml by hand: Sunrise Walk (a1) YouTube 10/day Jan 1–14 and Instagram 5/day Jan 8–14 (175 views);
// Alpha Launch adds a campaign row of 100 views on Jan 10; Night Market (a2) 20/day Feb 1–29 (580).
const NOW = day('2024-02-29');
let ds: Dataset;
beforeAll(async () => {
  ds = (await load(MINI)).forChannel('C111');
});
const runValue = (scope: Scope, period: Period, per: AverageUnit) =>
  execute(ds, { op: 'value', metric: 'views', scope, period, change: false, per }, NOW);
const january = () => makePeriod('month', day('2024-01-01'), day('2024-01-31'));
const plan = (q: string, previous?: QueryPlan) =>
  planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now: NOW, previous }).plan;

describe('average phrases', () => {
  it.each([
    ['average daily views last month', 'day'],
    ['what were our average views per day in may?', 'day'],
    ['avg views for sunrise walk', 'day'],
    ['mean weekly plays in q1', 'week'],
    ['how many likes a week on average', 'week'],
    ['average monthly views this year', 'month'],
    ['views per day in january', 'day'],
    ['how many views a day does sunrise walk get', 'day'],
    ['likes per month since january', 'month'],
  ])('%s → %s', (text, unit) => {
    expect(averageUnit(text)).toBe(unit);
  });

  it.each([
    'views last week',
    'daily views yesterday',
    'weekly digest',
    'views a week ago',
    'total views this month',
  ])('%s → no average', (text) => {
    expect(averageUnit(text)).toBeUndefined();
  });
});

describe('average in the planner', () => {
  it('asks a flow for its average; a stock keeps its level', () => {
    expect(plan('Average daily views for Sunrise Walk in January')).toMatchObject({
      op: 'value',
      metric: 'views',
      scope: { asset: 'a1' },
      per: 'day',
      period: { from: '2024-01-01', to: '2024-01-31' },
    });
    expect(plan('average followers on YouTube')).not.toHaveProperty('per');
    expect(plan('views for Sunrise Walk in January')).not.toHaveProperty('per');
  });

  it('a follow-up can ask for the average of the thread’s figure, and keeps it for the next period', () => {
    const first = plan('views for Alpha Launch in January');
    const daily = plan('and per day?', first);
    expect(daily).toMatchObject({ op: 'value', scope: { campaign: 'alpha' }, per: 'day' });
    expect(plan('and in February?', daily)).toMatchObject({ per: 'day', period: { from: '2024-02-01' } });
  });
});

describe('average in the engine', () => {
  it('spreads a period total over the days of the period', () => {
    const r = runValue({ campaign: 'alpha' }, january(), 'day');
    expect(r).toMatchObject({ value: 275, average: { per: 'day', days: 31, units: 31 } });
    expect(r.op === 'value' && r.average?.value).toBeCloseTo(275 / 31, 10);
  });

  it('to date starts at the scope’s first row, not at the start of all data', () => {
    const r = runValue({ asset: 'a2' }, allTime(ds.firstDay, NOW), 'week');
    expect(r).toMatchObject({
      value: 580,
      average: { per: 'week', days: 29, from: '2024-02-01', to: '2024-02-29' },
    });
    expect(r.op === 'value' && r.average?.value).toBeCloseTo(580 / (29 / 7), 10);
  });

  it('counts calendar months, a partial month by its share of days', () => {
    expect(monthsIn(day('2024-01-01'), day('2024-03-31'))).toBe(3);
    expect(monthsIn(day('2024-01-01'), day('2024-06-19'))).toBeCloseTo(5 + 19 / 30, 10);
    expect(monthsIn(day('2024-02-15'), day('2024-02-29'))).toBeCloseTo(15 / 29, 10);
  });

  it('no rows, no average: the answer says there is no data instead', () => {
    const r = runValue({ asset: 'a2' }, january(), 'day');
    expect(r).toMatchObject({ hasData: false });
    expect(r).not.toHaveProperty('average');
  });
});

describe('average in the answer', () => {
  it('gives the average with the total and the days it is spread over', async () => {
    const a = await answer('average daily views for Night Market in February', {
      dataset: ds,
      now: NOW,
      viewer: { channelId: 'C111' },
    });
    expect(a.terminal).toContain('averaged 20 views a day in February 2024: 580 views over 29 days.');
    const weekly = await answer('average weekly views for Alpha Launch in January', {
      dataset: ds,
      now: NOW,
    });
    // 275 over 31 days = 62.1 a week: below 100, one decimal is kept.
    expect(weekly.terminal).toContain(
      'averaged 62.1 views a week in January 2024: 275 views over 31 days (4.4 weeks).',
    );
  });
});

describe('average per thing', () => {
  it('"average likes per video" is a breakdown with the mean of the groups listed', async () => {
    const a = await answer('average views per video in January', { dataset: ds, now: NOW });
    expect(a.plan).toMatchObject({ op: 'breakdown', dimension: 'asset', mean: true });
    // Sunrise Walk 175 is the only video with January views: the campaign row of 100 is not a video's.
    expect(a.terminal).toContain('Average per video: 175 views (175 views over 1 video).');
  });
});
