import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import type { RecordResult, Result } from '../../src/core/engine/result.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { latestWhole } from '../../src/core/plan/latest-whole.ts';
import { day, load } from '../helpers/fixtures.ts';
import { GEN_NOW, generatedDataset } from '../helpers/generated-data.ts';

const LAG = fileURLToPath(new URL('../fixtures/data/lag.yaml', import.meta.url));

const record = (r: Result): RecordResult => {
  if (r.op !== 'record') throw new Error(`a record expected, got ${r.op}`);
  return r;
};

describe('records: the best or worst whole day, week or month (generated data, planted answers)', () => {
  const gen = generatedDataset();
  const ask = async (q: string, now = GEN_NOW) => {
    const a = await answer(q, { dataset: gen, now });
    return { plan: a.plan, result: a.result, text: a.terminal };
  };

  it('"best week ever for A1": the planted week, its figure, and the latest whole week beside it', async () => {
    const { plan, result, text } = await ask('best week ever for A1');
    expect(plan).toMatchObject({ op: 'record', unit: 'week', order: 'desc', scope: { asset: 'a1' } });
    // 7 × 1,000 + the 1,000 planted on Feb 21; the latest whole week, Mar 4–10, has 7 × 1,000 + 500.
    expect(record(result)).toMatchObject({
      best: { label: 'week of February 19, 2024', value: 8000, ties: [] },
      latest: { label: 'week of March 4, 2024', value: 7500 },
      span: { from: '2024-02-19', to: '2024-03-10', count: 3 },
    });
    expect(text).toContain('was week of February 19, 2024: 8,000 views.');
    expect(text).toContain('had 7,500 views: 500 fewer views than the record (-6.3%)');
  });

  it('"highest day this year" and "record month": the top whole day, and no whole month yet', async () => {
    const day1 = record((await ask('highest day this year for A1')).result);
    expect(day1.best).toMatchObject({ label: 'Wed February 21, 2024', value: 2000 });
    // The data starts on Feb 19 and ends on Mar 10: no calendar month is whole.
    const month = await ask('record month for Campaign 2');
    expect(record(month.result).best).toBeUndefined();
    expect(month.text).toContain('No whole month of views figures for Campaign 2');
    expect(month.text).not.toMatch(/\d views/);
  });

  it('best and worst follow which way is good news: the best week of unfollows is the lowest', async () => {
    const best = await ask('best week for unfollows');
    expect(best.plan).toMatchObject({ op: 'record', order: 'asc' });
    expect(record(best.result).best).toMatchObject({ label: 'week of March 4, 2024', value: 8 * 7 + 6 * 7 });
    expect(best.text).toContain('The best week for Gen Org (fewest unfollows)');
    expect(best.text).toContain('The latest whole week, week of March 4, 2024, is the record.');
    const worst = await ask('worst week for unfollows');
    expect(worst.plan).toMatchObject({ order: 'desc' });
    // Two weeks tie at 15 a day.
    expect(record(worst.result).best).toMatchObject({
      value: 105,
      ties: ['week of February 26, 2024'],
    });
    expect(worst.text).toContain('Tied at 105 unfollows');
    // "Highest" is about the figure, whatever the news.
    expect((await ask('highest week of unfollows')).text).toContain(
      'The worst week for Gen Org (most unfollows)',
    );
  });

  it('a stock’s week is what it gained, from the first week with a level the day before', async () => {
    const r = record((await ask('best week for followers')).result);
    // yt +20 a day; ig +5 a day and +100 on Mar 5: 175 the week of Feb 26, 275 the week of Mar 4.
    expect(r).toMatchObject({ best: { label: 'week of March 4, 2024', value: 275 }, span: { count: 2 } });
  });
});

describe('records stop at the data’s last day (lag.yaml)', () => {
  let lag: Dataset;
  beforeAll(async () => {
    lag = await load(LAG);
  });

  it('counts whole weeks up to the data-through date, never the week the data only began', async () => {
    const a = await answer('worst week for views', { dataset: lag, now: day('2024-06-26') });
    // Views run to Thu Jun 20: the week of Jun 17 is not whole, so it cannot be the record low.
    expect(record(a.result)).toMatchObject({
      best: { label: 'week of June 3, 2024' },
      latest: { label: 'week of June 10, 2024' },
      through: '2024-06-20',
    });
    expect(a.terminal).toContain('Whole weeks only (the data runs through June 20, 2024).');
  });

  it('the latest whole day, week and month end on or before the last day of data', () => {
    expect(latestWhole('week', day('2024-06-20'))).toEqual({
      from: day('2024-06-10'),
      to: day('2024-06-16'),
    });
    expect(latestWhole('week', day('2024-06-23'))).toEqual({
      from: day('2024-06-17'),
      to: day('2024-06-23'),
    });
    expect(latestWhole('month', day('2024-06-29'))).toEqual({
      from: day('2024-05-01'),
      to: day('2024-05-31'),
    });
    expect(latestWhole('month', day('2024-06-30'))).toEqual({
      from: day('2024-06-01'),
      to: day('2024-06-30'),
    });
    expect(latestWhole('day', day('2024-06-20'))).toEqual({ from: day('2024-06-20'), to: day('2024-06-20') });
  });
});
