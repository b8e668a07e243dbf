import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekOverWeekPlan } from '../../src/adapters/scheduler/alert-check.ts';
import { lexiconOf } from '../../src/core/answer.ts';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { Result } from '../../src/core/engine/result.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { describeResult } from '../../src/core/render/describe-result.ts';
import { day, load } from '../helpers/fixtures.ts';

// lag.yaml: views run to Thursday 2024-06-20 (v1 gets the day of the month each day, v2 gets 1); follower
// snapshots are weekly, YouTube's last on June 17 and Instagram's on June 12. Today is Wednesday June 26.
const LAG = fileURLToPath(new URL('../fixtures/data/lag.yaml', import.meta.url));
const NOW = day('2024-06-26');

let ds: Dataset;
beforeAll(async () => {
  ds = await load(LAG);
});

const ask = (q: string, now = NOW): { result: Result; text: string } => {
  const { plan } = planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now });
  const result = execute(ds, plan, now);
  const doc = describeResult(result);
  return { result, text: [doc.title, ...doc.sections, ...doc.context].join('\n') };
};

describe('data coverage (data-format.md, "Data coverage")', () => {
  it('knows each metric’s data-through date', () => {
    expect(ds.dataThrough('views')).toBe(day('2024-06-20'));
    expect(ds.dataThrough('followers')).toBe(day('2024-06-17'));
  });

  it('sums a cut period to the data-through date and says how much it covers', () => {
    const { result, text } = ask('views last week');
    expect(result).toMatchObject({ op: 'value', value: 17 + 18 + 19 + 20 + 4 });
    expect(text).toContain('Data through June 20, 2024: 4 of 7 days.');
  });

  it('gives no figure for a period that starts after the data, and names the data-through date', () => {
    const { result, text } = ask('views this week');
    expect(result).toMatchObject({ op: 'value', hasData: false, coverage: { covered: 0 } });
    expect(text).toContain('the data runs through June 20, 2024');
    expect(text).not.toMatch(/\b0 views\b/);
  });

  it('runs a total with no period to the data-through date and names it', () => {
    expect(ask('views to date').text).toContain('to date (through June 20, 2024)');
  });

  it('compares a cut week with the same days of the week before', () => {
    const { result, text } = ask('views last week vs the week before');
    expect(result).toMatchObject({ op: 'compare', delta: 78 - 50 });
    if (result.op !== 'compare') throw new Error('compare expected');
    expect(result.items.map((i) => i.value)).toEqual([78, 10 + 11 + 12 + 13 + 4]);
    expect(result.items[1]?.period).toMatchObject({ from: '2024-06-10', to: '2024-06-13' });
    expect(text).toContain('+56.0%');
    expect(text).toContain('the same 4 days of the week before');
  });

  it('names the date of a stock’s latest value, and the earliest and latest across accounts', () => {
    expect(ask('followers on youtube').text).toContain('120 followers* as of June 17, 2024');
    expect(ask('followers').text).toContain('180 followers* as of June 12, 2024 – June 17, 2024');
  });

  it('has no stock change for a period that starts after its data', () => {
    const { result } = ask('followers gained this week');
    expect(result).toMatchObject({ op: 'value', hasData: false });
  });

  it('counts goal progress up to the data-through date', () => {
    const { result, text } = ask('how is summer push tracking against its goal');
    expect(result).toMatchObject({
      op: 'goal',
      items: [{ value: 225, through: '2024-06-20', dataThrough: '2024-06-20' }],
    });
    expect(text).toContain('data through June 20, 2024');
  });

  it('shows the cut part of a breakdown over time only', () => {
    const { result } = ask('views by day last week');
    if (result.op !== 'breakdown') throw new Error('breakdown expected');
    expect(result.items.map((i) => i.key)).toEqual(['2024-06-17', '2024-06-18', '2024-06-19', '2024-06-20']);
    expect(result.coverage).toEqual({ through: '2024-06-20', covered: 4, days: 7 });
  });

  it('marks the week the data cuts short as partial, for charts to draw as such', () => {
    const { result } = ask('views by week in june');
    if (result.op !== 'breakdown') throw new Error('breakdown expected');
    expect(result.items.map((i) => [i.key, i.partial ?? false])).toEqual([
      ['2024-06-03', false],
      ['2024-06-10', false],
      ['2024-06-17', true],
    ]);
  });

  it('digests a cut week like for like, says so, and draws its own cut week as partial', () => {
    const d = buildDigest(ds, day('2024-06-24'), { period: 'week' });
    expect(d.total).toMatchObject({ current: 78, previous: 50 });
    expect(d.previous).toMatchObject({ from: '2024-06-10', to: '2024-06-13' });
    expect(d.coverage).toEqual({ through: '2024-06-20', covered: 4, days: 7 });
    expect(describeDigest(d).sections.join('\n')).toContain('Data through June 20, 2024: 4 of 7 days.');
    // The digest's own week closes the chart, counted to the data's last day and marked partial.
    expect(d.chart.at(-1)).toMatchObject({ week: '2024-06-17', value: 78, partial: true });
    expect(d.chart.filter((p) => p.partial)).toHaveLength(1);
  });

  it('fires no week-over-week alert on a week with no data yet', () => {
    const now = day('2024-07-03');
    const plan = weekOverWeekPlan(
      { metric: 'views', subject: { kind: 'organization', name: 'Lag Org' } },
      '2024-07-03',
    );
    const result = execute(ds, plan, now);
    expect(result).toMatchObject({ op: 'compare', noData: { through: '2024-06-20', covered: 0 } });
    if (result.op !== 'compare') throw new Error('compare expected');
    expect(result.growth).toBeUndefined();
    expect(describeResult(result).sections.join('\n')).not.toMatch(/-100/);
  });
});
