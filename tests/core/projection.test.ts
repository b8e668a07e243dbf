import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../src/core/answer.ts';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { GoalItem } from '../../src/core/engine/result.ts';
import { projectGoal } from '../../src/core/insight/projection.ts';
import { formatDay } from '../../src/core/model/dates.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { describeResult } from '../../src/core/render/describe-result.ts';
import { day } from '../helpers/fixtures.ts';
import { generatedDataset } from '../helpers/generated.ts';

// Straight-line paces with known ends. Views run to Thursday June 20, 2024 (E); today is June 26. Each campaign's
// only video gets a fixed number of views a day from the campaign's start, so every projection is exact.
const E = day('2024-06-20');
const NOW = day('2024-06-26');
const iso = (d: number) => formatDay(d);
const S = day('2024-03-04');
const counted = 100 * (E - S + 1); // views of a 100-a-day video from S through E: 10,900

const ds = generatedDataset(
  [
    { id: 'p1', name: 'Steady Climb', start: iso(S), goals: [{ target: counted + 2000, by: iso(E + 30) }] },
    { id: 'p2', name: 'Slow Burn', start: iso(S), goals: [{ target: counted + 5000, by: iso(E + 30) }] },
    { id: 'p3', name: 'Open Ended', start: iso(S), goals: [{ target: counted + 1000 }] },
    { id: 'p4', name: 'Done Already', start: iso(S), goals: [{ target: counted - 1, by: iso(E + 30) }] },
    { id: 'p5', name: 'Date Passed', start: iso(S), goals: [{ target: counted * 2, by: iso(E - 5) }] },
    { id: 'p6', name: 'Speeding Up', start: iso(S), goals: [{ target: 50_000, by: iso(E + 10) }] },
    { id: 'p7', name: 'Just Begun', start: iso(E - 9), goals: [{ target: 5000 }] },
    { id: 'p8', name: 'Stalled', start: iso(S), goals: [{ target: 99_999, by: iso(E + 30) }] },
  ],
  [
    ...['p1', 'p2', 'p3', 'p4', 'p5'].map((c, i) => ({
      id: `v-${c}`,
      title: ['Alder', 'Birch', 'Cedar', 'Damson', 'Elm'][i] ?? c,
      campaign: c,
      channel: 'yt',
      from: iso(S),
      to: iso(E),
      views: () => 100,
    })),
    // 50 a day, then 200 a day over the last 28 days: the pace is the recent one.
    {
      id: 'v-p6',
      title: 'Fir',
      campaign: 'p6',
      channel: 'yt',
      from: iso(S),
      to: iso(E),
      views: (d: number) => (d > E - 28 ? 200 : 50),
    },
    {
      id: 'v-p7',
      title: 'Gorse',
      campaign: 'p7',
      channel: 'ig',
      from: iso(E - 9),
      to: iso(E),
      views: () => 30,
    },
    // Views stop a month before the data does: a pace of zero.
    {
      id: 'v-p8',
      title: 'Hazel',
      campaign: 'p8',
      channel: 'ig',
      from: iso(S),
      to: iso(E - 30),
      views: () => 10,
    },
  ],
);

const goals = (): Map<string, GoalItem> => {
  const r = execute(ds, { op: 'goal' }, NOW);
  if (r.op !== 'goal') throw new Error('goal expected');
  return new Map(r.items.map((g) => [g.campaignId, g]));
};
const goal = (id: string): GoalItem => {
  const g = goals().get(id);
  if (!g) throw new Error(`no goal for ${id}`);
  return g;
};
const text = (q: string) => {
  const { plan } = planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now: NOW });
  const doc = describeResult(execute(ds, plan, NOW));
  return [doc.title, ...doc.sections].join('\n');
};

describe('projectGoal: a constant daily pace', () => {
  const base = { value: 3000, target: 5000, end: E, paceValue: 2800, paceDays: 28 };

  it.each([
    ['on track when the pace passes the target by its date', 30, 6000, true],
    ['behind, and reached later, when it does not', 10, 4000, false],
  ])('is %s', (_, ahead, projected, onTrack) => {
    expect(projectGoal({ ...base, by: E + ahead })).toEqual({
      perDay: 100,
      projected,
      reachedOn: E + 20,
      onTrack,
    });
  });

  it('gives the day it would be reached for a goal with no date', () => {
    expect(projectGoal(base)).toEqual({ perDay: 100, reachedOn: E + 20 });
  });

  it('never reaches a target at a pace of zero', () => {
    expect(projectGoal({ ...base, paceValue: 0, by: E + 10 })).toEqual({
      perDay: 0,
      projected: 3000,
      onTrack: false,
    });
  });

  it('counts whole days exactly, even at a pace that is no whole number a day', () => {
    // 10 views over 3 days: 10 more take exactly 3 days, not 3.0000000000000004.
    expect(projectGoal({ ...base, value: 4990, paceValue: 10, paceDays: 3 }).reachedOn).toBe(E + 3);
  });
});

describe('goal projections on generated straight-line paces', () => {
  it('projects a goal on track to its date, from the last 28 days of data', () => {
    expect(goal('p1')).toMatchObject({
      value: counted,
      through: '2024-06-20',
      projection: {
        pace: { from: iso(E - 27), to: '2024-06-20', days: 28, value: 2800, perDay: 100 },
        projected: counted + 3000,
        reachedOn: iso(E + 20),
        onTrack: true,
      },
    });
  });

  it('says a goal is behind and by how much', () => {
    expect(goal('p2').projection).toMatchObject({
      projected: counted + 3000,
      onTrack: false,
      reachedOn: iso(E + 50),
    });
  });

  it('gives the date a goal with no date would be reached', () => {
    expect(goal('p3').projection).toEqual({
      pace: { from: iso(E - 27), to: iso(E), days: 28, value: 2800, perDay: 100 },
      reachedOn: iso(E + 10),
    });
  });

  it('does not project a goal already reached, nor one whose date the data covers (a result)', () => {
    expect(goal('p4').projection).toBeUndefined();
    expect(goal('p4').progress).toBeGreaterThan(1);
    expect(goal('p5')).toMatchObject({ through: iso(E - 5) });
    expect(goal('p5').projection).toBeUndefined();
  });

  it('takes the recent pace, not the average since the start', () => {
    expect(goal('p6').projection).toMatchObject({
      pace: { value: 5600, perDay: 200 },
      projected: goal('p6').value + 2000,
    });
  });

  it('takes the days since the start when a campaign is younger than 28 days', () => {
    expect(goal('p7').projection).toEqual({
      pace: { from: iso(E - 9), to: iso(E), days: 10, value: 300, perDay: 30 },
      reachedOn: iso(E + Math.ceil((5000 - 300) / 30)),
    });
  });

  it('says a goal is not reached at a pace of zero', () => {
    expect(goal('p8').projection).toMatchObject({ pace: { value: 0 }, onTrack: false });
    expect(goal('p8').projection?.reachedOn).toBeUndefined();
  });
});

describe('projections in words', () => {
  const all = text('are we on track?');

  it('labels every projection as one, with its pace', () => {
    expect(all).toContain(
      'Projection at the pace of the last 28 days of data (May 24 – Jun 20, 2024: 2,800 views, 100 a day): *on track* — 13,900 views (13.9K) by July 20, 2024 (target 12,900), reached on July 10, 2024. _A projection, not a figure._',
    );
    expect(all).toContain(
      '⚠️ *behind* — 13,900 views (13.9K) by July 20, 2024, 2,000 short of 15,900; at this pace the target would be reached on August 9, 2024.',
    );
    expect(all).toContain('the 11,900 target would be reached on June 30, 2024.');
    expect(all).toContain('at this pace the target would not be reached');
    expect(all).toContain('the 10 days since the campaign began');
    const projections = all.match(/Projection at the pace/g) ?? [];
    expect(projections).toHaveLength((all.match(/A projection, not a figure/g) ?? []).length);
  });

  it('states a goal already reached and a closed one as results', () => {
    expect(all).toMatch(/\*Done Already\* — [^\n]*reached ✅/);
    expect(all).toMatch(/\*Date Passed\* — [^\n]*missed ❌/);
    expect(all).not.toMatch(/\*Date Passed\*[^\n]*\n\s+↳/);
  });

  it('answers "when will <campaign> reach its goal?" with the date at this pace', () => {
    expect(text('when will Open Ended reach its goal?')).toContain(
      'the 11,900 target would be reached on June 30, 2024',
    );
  });

  it('marks goals at risk in the digest', () => {
    const d = buildDigest(ds, day('2024-06-24'), { period: 'week' });
    expect(
      d.goals
        .filter((g) => g.projection?.onTrack === false)
        .map((g) => g.campaignId)
        .sort(),
    ).toEqual(['p2', 'p6', 'p8']);
    expect(describeDigest(d).sections.join('\n')).toContain('⚠️ *behind*');
  });
});
