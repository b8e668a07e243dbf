import { describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import type { GoalItem } from '../../src/core/engine/result.ts';
import { goalLine } from '../../src/core/render/describe-result.ts';
import { MINI_NOW, useMini } from '../helpers/fixtures.ts';

const { ds, plan } = useMini();

describe('changes between periods and losses', () => {
  it('"rise or fall" compares with the period before', () => {
    expect(plan('did youtube views rise or fall last week?')).toMatchObject({
      op: 'compare',
      scopes: [{ platform: 'youtube' }],
      period: { from: '2024-02-19', to: '2024-02-25' },
    });
  });

  it('"from January to February" moves forward: February against January', () => {
    expect(plan('how did Alpha Launch views change from January to February?')).toMatchObject({
      op: 'compare',
      period: { from: '2024-02-01' },
      versus: { from: '2024-01-01', to: '2024-01-31' },
    });
  });

  it.each([
    ['views from the 1st to the 10th of January', { kind: 'range', from: '2024-01-01', to: '2024-01-10' }],
    ['views in February of last year', { kind: 'month', from: '2023-02-01', to: '2023-02-28' }],
    ['views January last year', { kind: 'month', from: '2023-01-01' }],
    ['likes in January of 2024', { kind: 'month', from: '2024-01-01', to: '2024-01-31' }],
    ['views last February', { kind: 'month', from: '2023-02-01' }],
    ['views last January', { kind: 'month', from: '2024-01-01' }],
  ])('%s', (question, period) => {
    expect(plan(question)).toMatchObject({ op: 'value', period });
  });

  it('"since the start of the year" is the year so far', () => {
    expect(plan('followers gained since the start of the year')).toMatchObject({
      op: 'value',
      change: true,
      period: { kind: 'year-to-date', from: '2024-01-01', to: '2024-02-29' },
    });
  });

  it('"lost the most" ranks the largest loss first; "bottom 2" ranks ascending', () => {
    expect(plan('Which channel lost the most followers in February?')).toMatchObject({
      op: 'top',
      metric: 'followers',
      dimension: 'channel',
      change: true,
      order: 'asc',
    });
    expect(plan('bottom 2 videos by views')).toMatchObject({ op: 'top', n: 2, order: 'asc' });
  });

  it('"altogether" asks for one figure, "list every campaign" for a list', () => {
    expect(plan('views altogether, every channel and campaign')).toMatchObject({ op: 'value', scope: {} });
    expect(plan('list every campaign with its owner')).toMatchObject({ op: 'list', what: 'campaigns' });
  });
});

describe('ranking by the change from the period before', () => {
  it('"which campaign grew the most in February?" ranks campaigns by February minus January', async () => {
    expect(plan('which campaign grew the most in February?')).toMatchObject({
      op: 'top',
      dimension: 'campaign',
      delta: true,
      order: 'desc',
    });
    expect(plan('which campaign dropped the most in February?')).toMatchObject({ delta: true, order: 'asc' });
    const a = await answer('which campaign grew the most in February?', {
      dataset: ds(),
      now: MINI_NOW,
      viewer: { channelId: 'C111' },
    });
    // Beta Nights: 580 in February, none in January. Alpha Launch: 0 against 275.
    expect(a.result).toMatchObject({
      items: [{ key: 'beta', value: 580, current: 580, previous: 0 }],
      versus: { from: '2024-01-01', to: '2024-01-31' },
    });
    expect(a.terminal).toContain('is Beta Nights: +580 views (n/a (no base to compare)), 580 vs 0.');
  });
});

describe('goal lines say what is left, missed or exceeded', () => {
  const goal = (value: number, by?: string, through = '2024-02-29'): GoalItem => ({
    campaignId: 'alpha',
    campaign: 'Alpha Launch',
    metric: { id: 'views', label: 'Views', kind: 'flow' },
    target: 1000,
    value,
    progress: value / 1000,
    through,
    ...(by ? { by } : {}),
  });
  it.each([
    [goal(400, '2024-06-30'), '*40.0%* — 600 to go'],
    [goal(400), '*40.0%* — 600 to go'],
    [goal(900, '2024-01-31', '2024-01-31'), '*90.0%* missed ❌ (100 short)'],
    [goal(1250), '*125.0%* reached ✅ (250 over)'],
  ])('%#', (g, text) => {
    expect(goalLine(g)).toContain(text);
  });
});
