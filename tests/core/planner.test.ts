import { beforeAll, describe, expect, it } from 'vitest';
import { answer, lexiconOf } from '../../src/core/answer.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { day, load, MINI } from '../helpers/fixtures.ts';

const NOW = day('2024-02-29');
let ds: Dataset;
beforeAll(async () => {
  ds = (await load(MINI)).forChannel('C111');
});
const plan = (q: string, previous?: QueryPlan) =>
  planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now: NOW, previous });

describe('rule planner: wording → plan', () => {
  it.each([
    [
      'How many views did Sunrise Walk get in January?',
      { op: 'value', metric: 'views', scope: { asset: 'a1' } },
    ],
    ['plays for sunrise walk', { op: 'value', metric: 'views', scope: { asset: 'a1' } }],
    [
      'how many fans do we have on youtube',
      { op: 'value', metric: 'followers', scope: { platform: 'youtube' }, change: false },
    ],
    ['How many followers did we gain in February?', { op: 'value', metric: 'followers', change: true }],
    [
      'Alpha Launch views last week vs the week before',
      { op: 'compare', metric: 'views', scopes: [{ campaign: 'alpha' }] },
    ],
    [
      'Compare YouTube and Instagram views',
      { op: 'compare', scopes: [{ platform: 'youtube' }, { platform: 'instagram' }] },
    ],
    ['Top 2 videos by likes', { op: 'top', metric: 'likes', dimension: 'asset', n: 2 }],
    ['Which video has the fewest views?', { op: 'top', dimension: 'asset', n: 1, order: 'asc' }],
    ['views by platform in January', { op: 'breakdown', dimension: 'platform' }],
    ['views per campaign', { op: 'breakdown', dimension: 'campaign' }],
    ['How is Alpha Launch tracking against its goal?', { op: 'goal', campaign: 'alpha' }],
    ['Which campaigns target Japan?', { op: 'list', what: 'campaigns', filter: { market: 'JP' } }],
    ['Which campaigns are paused?', { op: 'list', what: 'campaigns', filter: { status: 'paused' } }],
    ['What is planned next?', { op: 'list', what: 'campaigns', filter: { status: 'planned' } }],
    ['Which videos are available in French?', { op: 'list', what: 'assets', filter: { language: 'fr' } }],
    ['Which awards have we won?', { op: 'list', what: 'awards' }],
    ['What did Sunrise Walk win?', { op: 'list', what: 'awards', filter: { subject: 'a1' } }],
    ['Where are we in the City Index?', { op: 'list', what: 'rankings', filter: { index: 'City Index' } }],
    ['Summarize Alpha Launch', { op: 'overview', kind: 'campaign', id: 'alpha' }],
    ['Who owns the night series?', { op: 'overview', kind: 'campaign', id: 'beta' }],
    ['When was Night Market published?', { op: 'overview', kind: 'asset', id: 'a2' }],
  ])('%s', (question, expected) => {
    expect(plan(question).plan).toMatchObject(expected);
  });

  it('matches misspelled names', () => {
    expect(plan('views for Sunrize Walk').plan).toMatchObject({ op: 'value', scope: { asset: 'a1' } });
    expect(plan('how is alpha lunch doing').plan).toMatchObject({ op: 'overview', id: 'alpha' });
  });

  it('never answers an unknown name with a figure, and suggests close names', () => {
    const r = plan('How many views did the Sunset Run video get?');
    expect(r.plan).toMatchObject({ op: 'help' });
    expect(r.unknown).toEqual(['sunset']);
    expect(r.plan.op === 'help' && r.plan.suggestions).toContain('Sunrise Walk');
  });

  it('says a metric the data lacks is missing instead of answering with another one', () => {
    const r = plan('How many downloads did Sunrise Walk get?');
    expect(r.plan).toMatchObject({ op: 'help', unknown: ['downloads'] });
    expect(r.plan.op === 'help' && r.plan.suggestions).toEqual(['Views', 'Likes', 'Followers']);
  });

  it('compares "this month vs the same days last month" with the same days', () => {
    const p = plan('views this month vs the same days last month').plan;
    expect(p).toMatchObject({ op: 'compare', period: { kind: 'month-to-date' } });
    expect(p.op === 'compare' && p.versus).toBeUndefined();
  });

  it('keeps a thread’s context for follow-ups', () => {
    const first = plan('How many views did Sunrise Walk get in January?').plan;
    expect(plan('and in February?', first).plan).toMatchObject({
      op: 'value',
      scope: { asset: 'a1' },
      period: { from: '2024-02-01' },
    });
    expect(plan('what about Instagram?', first).plan).toMatchObject({
      op: 'value',
      scope: { asset: 'a1', platform: 'instagram' },
    });
    expect(plan('and likes?', first).plan).toMatchObject({
      op: 'value',
      metric: 'likes',
      scope: { asset: 'a1' },
    });
  });
});

describe('answer: grounded replies', () => {
  it('states each figure exactly with separators', async () => {
    const a = await answer('views for Night Market', {
      dataset: ds,
      now: NOW,
      viewer: { channelId: 'C111' },
    });
    expect(a.text).toContain('580 views');
  });

  it('an unknown name gets a helpful reply with no figure', async () => {
    const a = await answer('How many views did the Golden Gate video get?', { dataset: ds, now: NOW });
    expect(a.plan.op).toBe('help');
    expect(a.text).toContain('couldn');
    expect(a.text.replace(/\d{4}-\d{2}-\d{2}/g, '')).not.toMatch(/\d{3,}/);
  });

  it('hides a restricted campaign from other channels: not named, not suggested', async () => {
    const base = await load(MINI);
    const a = await answer('Which campaigns are there?', {
      dataset: base,
      now: NOW,
      viewer: { channelId: 'C999' },
    });
    expect(a.text).not.toContain('Beta Nights');
    const b = await answer('views for Night Market', {
      dataset: base,
      now: NOW,
      viewer: { channelId: 'C999' },
    });
    expect(b.text).not.toContain('580');
    expect(b.text).not.toContain('Night Market');
  });
});
