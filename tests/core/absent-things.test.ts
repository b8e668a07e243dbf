import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../src/core/answer.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { MINI_NOW, useMini } from '../helpers/fixtures.ts';

// mini.yaml has YouTube and Instagram channels, and views, likes and followers.
const { ds, plan } = useMini();

describe('things the data does not have are named back, never answered with another figure', () => {
  it.each([
    ['how did we do on Bilibili last month?', 'Bilibili'],
    ['summarize our weibo', 'Weibo'],
    ['views on douyin', 'Douyin'],
  ])('%s → no %s channel', (q, name) => {
    expect(plan(q)).toMatchObject({ op: 'help', unknown: [name] });
  });

  it.each([
    ['watch time for Sunrise Walk', 'watch time'],
    ['hours watched last week', 'hours watched'],
  ])('%s → no %s measure', (q, measure) => {
    expect(plan(q)).toMatchObject({ op: 'help', unknown: [measure] });
  });

  it('gives no figure when part of the measure names one of the data ("view" of "view duration")', () => {
    const read = planQuestion('average view duration of Sunrise Walk', {
      dataset: ds(),
      lexicon: lexiconOf(ds()),
      now: MINI_NOW,
    });
    expect(read).toMatchObject({ confident: false, unknown: ['duration'] });
  });

  it('still answers a platform the data has', () => {
    expect(plan('views on youtube last month')).toMatchObject({
      op: 'value',
      scope: { platform: 'youtube' },
    });
  });
});
