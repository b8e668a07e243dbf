import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/plan/normalize.ts';
import { previousPeriod } from '../../src/core/plan/period-math.ts';
import { findPeriods } from '../../src/core/plan/period-phrases.ts';
import { day } from '../helpers/fixtures.ts';

// A fixed "now": Thursday 27 June 2024.
const NOW = day('2024-06-27');
const only = (text: string) => {
  const found = findPeriods(text, NOW);
  expect(found, text).toHaveLength(1);
  const p = found[0]?.period;
  return [p?.kind, p?.from, p?.to];
};

describe('period phrases of the data contract', () => {
  it.each([
    ['today', 'day', '2024-06-27', '2024-06-27'],
    ['yesterday', 'day', '2024-06-26', '2024-06-26'],
    ['this week', 'week-to-date', '2024-06-24', '2024-06-27'],
    ['this month', 'month-to-date', '2024-06-01', '2024-06-27'],
    ['this quarter', 'quarter-to-date', '2024-04-01', '2024-06-27'],
    ['this year', 'year-to-date', '2024-01-01', '2024-06-27'],
    ['last week', 'week', '2024-06-17', '2024-06-23'],
    ['last month', 'month', '2024-05-01', '2024-05-31'],
    ['last quarter', 'quarter', '2024-01-01', '2024-03-31'],
    ['last year', 'year', '2023-01-01', '2023-12-31'],
    ['last 7 days', 'days', '2024-06-21', '2024-06-27'],
    ['past 30 days', 'days', '2024-05-29', '2024-06-27'],
    ['in may', 'month', '2024-05-01', '2024-05-31'],
    ['in may 2023', 'month', '2023-05-01', '2023-05-31'],
    ['in september', 'month', '2023-09-01', '2023-09-30'],
    ['in 2023', 'year', '2023-01-01', '2023-12-31'],
    ['q3 2023', 'quarter', '2023-07-01', '2023-09-30'],
    ['since 2024-03-01', 'since', '2024-03-01', '2024-06-27'],
    ['since march', 'since', '2024-03-01', '2024-06-27'],
    ['since april 1', 'since', '2024-04-01', '2024-06-27'],
  ])('%s', (phrase, kind, from, to) => {
    expect(only(phrase)).toEqual([kind, from, to]);
  });

  it('reads variants people write', () => {
    expect(only('over the past two weeks')).toEqual(['days', '2024-06-14', '2024-06-27']);
    expect(only('ytd')).toEqual(['year-to-date', '2024-01-01', '2024-06-27']);
    expect(only('the week before last')).toEqual(['week', '2024-06-10', '2024-06-16']);
    expect(only('between april 1 and may 15')).toEqual(['range', '2024-04-01', '2024-05-15']);
    expect(only('third quarter of 2023')).toEqual(['quarter', '2023-07-01', '2023-09-30']);
    expect(only('on 2024-05-03')).toEqual(['day', '2024-05-03', '2024-05-03']);
    expect(only('in june')).toEqual(['month', '2024-06-01', '2024-06-27']);
  });

  it('reads chat shorthand, week-of and day ranges', () => {
    const n = (text: string) => {
      const p = findPeriods(normalize(text), NOW)[0]?.period;
      return [p?.kind, p?.from, p?.to];
    };
    expect(n('views last wk')).toEqual(['week', '2024-06-17', '2024-06-23']);
    expect(n('in the last fortnight')).toEqual(['days', '2024-06-14', '2024-06-27']);
    expect(n('the week of June 12')).toEqual(['week', '2024-06-10', '2024-06-16']);
    expect(n('w/c 3 June')).toEqual(['week', '2024-06-03', '2024-06-09']);
    expect(n('views 1-15 May')).toEqual(['range', '2024-05-01', '2024-05-15']);
    expect(n('in H1 2024')).toEqual(['range', '2024-01-01', '2024-06-27']);
    expect(n('in march and april')).toEqual(['range', '2024-03-01', '2024-04-30']);
    expect(n('since june 2023')).toEqual(['since', '2023-06-01', '2024-06-27']);
    expect(n('year over year')).toEqual(['year-to-date', '2024-01-01', '2024-06-27']);
    expect(n('last 30d')).toEqual(['days', '2024-05-29', '2024-06-27']);
    expect(n('since monday')).toEqual(['since', '2024-06-24', '2024-06-27']);
  });

  it('does not read "may" the verb as a month', () => {
    expect(findPeriods('how may i help', NOW)).toEqual([]);
  });

  it('finds two periods in order', () => {
    const found = findPeriods('may vs april 2024', NOW).map((m) => m.period.label);
    expect(found).toEqual(['May 2024', 'April 2024']);
  });
});

describe('previous period', () => {
  const prev = (phrase: string) => {
    const p = findPeriods(phrase, NOW)[0]?.period;
    if (!p) throw new Error(phrase);
    const q = previousPeriod(p);
    return [q.from, q.to];
  };
  it.each([
    ['last week', '2024-06-10', '2024-06-16'],
    ['in may', '2024-04-01', '2024-04-30'],
    ['last 7 days', '2024-06-14', '2024-06-20'],
    ['this month', '2024-05-01', '2024-05-27'],
    ['yesterday', '2024-06-25', '2024-06-25'],
    ['last quarter', '2023-10-01', '2023-12-31'],
    ['this year', '2023-01-01', '2023-06-27'],
    ['in 2023', '2022-01-01', '2022-12-31'],
    ['this week', '2024-06-17', '2024-06-20'],
  ])('before %s', (phrase, from, to) => {
    expect(prev(phrase)).toEqual([from, to]);
  });

  it('clamps "this month so far" to the shorter month before', () => {
    const p = findPeriods('this month', day('2024-03-31'))[0]?.period;
    if (!p) throw new Error('no period');
    expect([previousPeriod(p).from, previousPeriod(p).to]).toEqual(['2024-02-01', '2024-02-29']);
  });
});
