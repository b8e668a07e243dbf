import { describe, expect, it } from 'vitest';
import { execute } from '../../src/core/engine/execute.ts';
import { MINI_NOW, useMini } from '../helpers/fixtures.ts';

// Wording found by the independent eval rounds, on mini.yaml: Alpha Launch is owned by Ann Smith; awards are
// Best Walk (for Sunrise Walk) and City Prize (no subject: the organization's own).
const NOW = MINI_NOW;
const { ds, plan } = useMini();

describe('people, the organization itself, and rankings of growth', () => {
  it.each([
    [
      'which campaigns does Ann Smith look after?',
      { op: 'list', what: 'campaigns', filter: { owner: 'Ann Smith' } },
    ],
    ['campaigns owned by ann smith', { op: 'list', what: 'campaigns', filter: { owner: 'Ann Smith' } }],
    [
      'views for Ann Smith’s campaigns in January',
      { op: 'value', metric: 'views', scope: { campaign: 'alpha' } },
    ],
    ['what has the org itself been awarded?', { op: 'list', what: 'awards', filter: { ownOnly: true } }],
    [
      'which channel grew the most in February?',
      { op: 'top', metric: 'followers', dimension: 'channel', change: true },
    ],
    ['which campaigns are in flight?', { op: 'list', what: 'campaigns', filter: { status: 'active' } }],
    [
      'what did Sunrise Walk get on Instagram?',
      { op: 'value', scope: { asset: 'a1', platform: 'instagram' } },
    ],
    ['what happened last week?', { op: 'overview', kind: 'organization', period: { from: '2024-02-19' } }],
    // Several subjects of different kinds (round 18).
    [
      'Sunrise Walk vs Beta Nights views in February',
      { op: 'compare', scopes: [{ asset: 'a1' }, { campaign: 'beta' }] },
    ],
    [
      'Alpha Launch and its video Sunrise Walk, views',
      { op: 'compare', scopes: [{ campaign: 'alpha' }, { asset: 'a1' }] },
    ],
    ['views for Sunrise Walk of Alpha Launch in January', { op: 'value', scope: { asset: 'a1' } }],
    // A fresh general set (round 20).
    [
      'which campaign grew the most vs last month',
      {
        op: 'top',
        dimension: 'campaign',
        delta: true,
        period: { kind: 'month-to-date', from: '2024-02-01' },
      },
    ],
    [
      'anything in the pipeline that hasn’t launched yet?',
      { op: 'list', what: 'campaigns', filter: { status: 'planned' } },
    ],
    // A digest asked for in words: the last whole week (or month), as a scheduled digest covers.
    [
      'digest now',
      { op: 'overview', kind: 'organization', period: { from: '2024-02-19', to: '2024-02-25' } },
    ],
    [
      'monthly report please',
      { op: 'overview', kind: 'organization', period: { from: '2024-01-01', to: '2024-01-31' } },
    ],
    // Where every campaign stands (round 22).
    ['status of all campaigns', { op: 'list', what: 'campaigns', filter: {} }],
    ["what's the status of each campaign?", { op: 'list', what: 'campaigns', filter: {} }],
    ['where do all our campaigns stand?', { op: 'list', what: 'campaigns', filter: {} }],
    ['how much did our youtube fans go up in February?', { op: 'value', metric: 'followers', change: true }],
    // Non-native English (round 16).
    [
      'views of Sunrise Walk from January until now',
      { op: 'value', period: { kind: 'since', from: '2024-01-01' } },
    ],
    ['which campaign not start yet', { op: 'list', what: 'campaigns', filter: { status: 'planned' } }],
    ['how many video we have', { op: 'list', what: 'assets' }],
    ['how many follower we get more in February', { op: 'value', metric: 'followers', change: true }],
    ['what video is available for french?', { op: 'list', what: 'assets', filter: { language: 'fr' } }],
    [
      'any campaigns ending soon?',
      {
        op: 'list',
        what: 'campaigns',
        filter: { dates: 'end', period: { from: '2024-02-29', to: '2024-03-30' } },
      },
    ],
  ])('%s', (question, expected) => {
    expect(plan(question)).toMatchObject(expected);
  });

  it('lists an owner’s campaigns and the organization’s own awards only', () => {
    const mine = execute(ds(), { op: 'list', what: 'campaigns', filter: { owner: 'Ann Smith' } }, NOW);
    expect(mine.op === 'list' && mine.items.map((c) => ('name' in c ? c.name : ''))).toEqual([
      'Alpha Launch',
    ]);
    const own = execute(ds(), { op: 'list', what: 'awards', filter: { ownOnly: true } }, NOW);
    expect(own.op === 'list' && own.items.map((a) => ('name' in a ? a.name : ''))).toEqual(['City Prize']);
  });
});

describe('what Pulse cannot apply is refused, never dropped', () => {
  it.each([
    ['views on snapchat last week', 'snapchat'],
    ['views on mobile last week', 'mobile'],
    ['likes from paid ads in January', 'paid ads'],
  ])('%s', (question, word) => {
    expect(plan(question)).toMatchObject({ op: 'help', unknown: [word] });
  });

  it('ordinary words after a preposition are not filters', () => {
    expect(plan('views in total last week')).toMatchObject({ op: 'value', scope: {} });
    expect(plan('which campaign is best in terms of views?')).toMatchObject({
      op: 'top',
      dimension: 'campaign',
    });
  });

  it('a one- or two-letter word is never a misspelling of a longer one', () => {
    // "watch in te" is two edits from "watch time" but names nothing.
    expect(plan('which videos can people watch in French?')).toMatchObject({
      op: 'list',
      what: 'assets',
      filter: { language: 'fr' },
    });
  });
});
