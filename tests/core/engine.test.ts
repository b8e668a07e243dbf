import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/core/engine/execute.ts';
import type { Result } from '../../src/core/engine/result.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { allTime, makePeriod } from '../../src/core/plan/period-math.ts';
import type { Period, QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { day, load, MINI } from '../helpers/fixtures.ts';

// Figures in tests/fixtures/data/mini.yaml, by hand:
//   Sunrise Walk (a1, Alpha Launch): YouTube 10/day Jan 1–14 (140), Instagram 5/day Jan 8–14 (35)
//   Night Market (a2, Beta Nights, visible only in C111): YouTube 20/day Feb 1–29 (580)
//   Alpha Launch campaign row: 100 views on Jan 10
//   followers: YouTube 1000 (Jan 1), 1100 (Jan 8), 1300 (Feb 1); Instagram 500 (Jan 1), 650 (Feb 5)
const NOW = day('2024-02-29');
let full: Dataset;
let ds: Dataset;
beforeAll(async () => {
  full = (await load(MINI)).forChannel('C111');
  ds = (await load(MINI)).forChannel('C999');
});
const all = (): Period => allTime(full.firstDay, NOW);
const range = (from: string, to: string): Period => makePeriod('range', day(from), day(to));
const run = (plan: QueryPlan, data = full): Result => execute(data, plan, NOW);
const value = (plan: QueryPlan, data = full): number => {
  const r = run(plan, data);
  if (r.op !== 'value') throw new Error(r.op);
  return r.value;
};

describe('value', () => {
  it('sums a flow over a period for an asset, a campaign, a platform, the organization', () => {
    expect(
      value({ op: 'value', metric: 'views', scope: { asset: 'a1' }, period: all(), change: false }),
    ).toBe(175);
    expect(
      value({ op: 'value', metric: 'views', scope: { campaign: 'alpha' }, period: all(), change: false }),
    ).toBe(275);
    expect(
      value({
        op: 'value',
        metric: 'views',
        scope: { platform: 'youtube' },
        period: range('2024-01-01', '2024-01-31'),
        change: false,
      }),
    ).toBe(140);
    expect(value({ op: 'value', metric: 'views', scope: {}, period: all(), change: false })).toBe(855);
    expect(
      value({
        op: 'value',
        metric: 'views',
        scope: { asset: 'a1', channel: 'ig' },
        period: range('2024-01-10', '2024-01-12'),
        change: false,
      }),
    ).toBe(15);
  });

  it('reads a stock at the period end, summed across channels, and its change over a period', () => {
    expect(value({ op: 'value', metric: 'followers', scope: {}, period: all(), change: false })).toBe(1950);
    expect(
      value({
        op: 'value',
        metric: 'followers',
        scope: { channel: 'yt' },
        period: range('2024-01-01', '2024-01-20'),
        change: false,
      }),
    ).toBe(1100);
    expect(
      value({
        op: 'value',
        metric: 'followers',
        scope: {},
        period: range('2024-02-01', '2024-02-29'),
        change: true,
      }),
    ).toBe(350);
  });

  it('says when nothing was recorded instead of inventing a figure', () => {
    const r = run({
      op: 'value',
      metric: 'views',
      scope: { asset: 'a1' },
      period: range('2023-01-01', '2023-01-31'),
      change: false,
    });
    expect(r).toMatchObject({ op: 'value', value: 0, hasData: false });
  });

  it('hides a campaign with visibility outside its channels: not counted in totals', () => {
    expect(value({ op: 'value', metric: 'views', scope: {}, period: all(), change: false }, ds)).toBe(275);
  });
});

describe('compare', () => {
  it('compares a period with the one before', () => {
    const now = day('2024-01-18');
    const lastWeek = makePeriod('week', day('2024-01-08'), day('2024-01-14'), 'last week');
    const r = execute(
      full,
      { op: 'compare', metric: 'views', scopes: [{ asset: 'a1' }], period: lastWeek, change: false },
      now,
    );
    expect(r).toMatchObject({ op: 'compare', mode: 'previous', delta: 35, growth: 0.5 });
    if (r.op !== 'compare') throw new Error();
    expect(r.items.map((i) => [i.value, i.period.from])).toEqual([
      [105, '2024-01-08'],
      [70, '2024-01-01'],
    ]);
  });

  it('compares two subjects over one period', () => {
    const r = run({
      op: 'compare',
      metric: 'views',
      scopes: [{ platform: 'youtube' }, { platform: 'instagram' }],
      period: all(),
      change: false,
    });
    expect(r).toMatchObject({ op: 'compare', mode: 'subjects', delta: 720 - 35 });
  });
});

describe('top and breakdown', () => {
  it('ranks assets', () => {
    const r = run({
      op: 'top',
      metric: 'views',
      dimension: 'asset',
      n: 5,
      order: 'desc',
      scope: {},
      period: all(),
      change: false,
    });
    if (r.op !== 'top') throw new Error();
    expect(r.items.map((i) => [i.label, i.value])).toEqual([
      ['Night Market', 580],
      ['Sunrise Walk', 175],
    ]);
  });

  it('ranks ascending and limits to n', () => {
    const r = run({
      op: 'top',
      metric: 'views',
      dimension: 'asset',
      n: 1,
      order: 'asc',
      scope: {},
      period: all(),
      change: false,
    });
    if (r.op !== 'top') throw new Error();
    expect(r.items.map((i) => i.label)).toEqual(['Sunrise Walk']);
  });

  it.each([
    [
      'platform',
      [
        ['YouTube', 720],
        ['Instagram', 35],
      ],
    ],
    [
      'language',
      [
        ['Japanese', 580],
        ['English', 175],
      ],
    ],
    [
      'campaign',
      [
        ['Beta Nights', 580],
        ['Alpha Launch', 275],
      ],
    ],
    [
      'channel',
      [
        ['AlphaTube (YouTube)', 720],
        ['alpha.gram (Instagram)', 35],
      ],
    ],
    [
      'market',
      [
        ['Japan', 580],
        ['United States', 275],
      ],
    ],
  ] as const)('breaks down by %s', (dimension, expected) => {
    const r = run({ op: 'breakdown', metric: 'views', dimension, scope: {}, period: all(), change: false });
    if (r.op !== 'breakdown') throw new Error();
    expect(r.items.map((i) => [i.label, i.value])).toEqual(expected);
  });

  it('ranks channels by a stock', () => {
    const r = run({
      op: 'top',
      metric: 'followers',
      dimension: 'channel',
      n: 1,
      order: 'desc',
      scope: {},
      period: all(),
      change: false,
    });
    if (r.op !== 'top') throw new Error();
    expect(r.items[0]).toMatchObject({ label: 'AlphaTube (YouTube)', value: 1300 });
  });
});

describe('goal, lists, overview', () => {
  it('measures goal progress from the campaign start to min(now, by)', () => {
    const r = run({ op: 'goal', campaign: 'alpha' });
    expect(r).toMatchObject({
      op: 'goal',
      items: [{ campaign: 'Alpha Launch', value: 275, target: 1000, progress: 0.275, through: '2024-02-29' }],
    });
  });

  it('lists campaigns by status and market', () => {
    const names = (r: Result) => (r.op === 'list' ? r.items.map((i) => ('name' in i ? i.name : '')) : []);
    expect(names(run({ op: 'list', what: 'campaigns', filter: { status: 'active' } }))).toEqual([
      'Alpha Launch',
    ]);
    expect(names(run({ op: 'list', what: 'campaigns', filter: { market: 'JP' } }))).toEqual(['Beta Nights']);
    expect(names(run({ op: 'list', what: 'campaigns', filter: {} }, ds))).toEqual([
      'Alpha Launch',
      'Gamma Future',
    ]);
  });

  it('lists assets available in a language, dubbed versions included', () => {
    const r = run({ op: 'list', what: 'assets', filter: { language: 'fr' } });
    expect(r.op === 'list' && r.items.map((i) => ('title' in i ? i.title : ''))).toEqual(['Sunrise Walk']);
  });

  it('lists awards, of a campaign through its assets, and rankings', () => {
    const awards = run({ op: 'list', what: 'awards', filter: { subject: 'alpha' } });
    expect(awards.op === 'list' && awards.items.map((i) => ('name' in i ? i.name : ''))).toEqual([
      'Best Walk',
    ]);
    const rankings = run({ op: 'list', what: 'rankings', filter: {} });
    expect(rankings.op === 'list' && rankings.items.length).toBe(2);
  });

  it('gives an overview of a campaign with its figures, top asset and goal', () => {
    const r = run({ op: 'overview', kind: 'campaign', id: 'alpha', period: all() });
    if (r.op !== 'overview') throw new Error();
    expect(r.facts).toContainEqual({ label: 'Owner', value: 'Ann Smith' });
    expect(r.figures.map((f) => [f.metric.id, f.value])).toEqual([
      ['views', 275],
      ['likes', 3],
    ]);
    expect(r.top).toMatchObject({ label: 'Sunrise Walk', value: 175 });
    expect(r.goals).toHaveLength(1);
  });
});
