import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../src/core/answer.ts';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { UnusualItem, UnusualResult } from '../../src/core/engine/result.ts';
import { assess, DEFAULT_RULE, mad, median } from '../../src/core/insight/robust.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { describeResult } from '../../src/core/render/describe-result.ts';
import { day } from '../helpers/fixtures.ts';
import { noise, planted } from '../helpers/generated.ts';

// The planted organization (tests/helpers/generated.ts): views to Thursday June 20, 2024; today is June 26. The
// latest day is June 20; the latest week is June 17–20, the week the data ends in, held against the same days
// (Monday–Thursday) of the 8 weeks before.
const { ds, kite, THU } = planted();
const NOW = day('2024-06-26');

const plan = (q: string, previous?: QueryPlan, now = NOW) =>
  planQuestion(q, { dataset: ds, lexicon: lexiconOf(ds), now, previous }).plan;
const run = (p: QueryPlan, now = NOW): UnusualResult => {
  const r = execute(ds, p, now);
  if (r.op !== 'unusual') throw new Error(`unusual expected, got ${r.op}`);
  return r;
};
const text = (r: UnusualResult) => {
  const doc = describeResult(r);
  return [doc.title, ...doc.sections].join('\n');
};
/** "week asset Night Ferry", with the broader things of the very same figures after a "+". */
const line = (i: UnusualItem) =>
  [`${i.span} ${i.kind} ${i.name}`, ...(i.also ?? []).map((a) => a.name)].join(' + ');

describe('the robust rule (median and MAD)', () => {
  it('computes the median and the median absolute deviation', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
  });

  it('is not moved by a spike in the history itself', () => {
    const history = [100, 102, 98, 101, 99, 100, 500, 103];
    expect(assess(104, history)?.unusual).toBe(false);
    expect(assess(250, history)).toMatchObject({ median: 100.5, unusual: true });
  });

  it('flags neither side of bounded noise: 2,000 seeded series at ±10%', () => {
    let flagged = 0;
    for (let s = 0; s < 2000; s++) {
      const xs = Array.from({ length: 9 }, (_, i) => 5000 * (1 + 0.1 * noise(`s${s}`, i)));
      if (assess(xs[8] ?? 0, xs.slice(0, 8))?.unusual) flagged++;
    }
    expect(flagged).toBe(0);
  });

  it('handles a flat history (MAD 0): the same figure is usual, a jump past the floors is not', () => {
    const flat = Array.from({ length: 8 }, () => 500);
    expect(assess(500, flat)).toMatchObject({ mad: 0, threshold: 100, unusual: false });
    expect(assess(560, flat)?.unusual).toBe(false);
    expect(assess(800, flat)?.unusual).toBe(true);
    // All zeros: only the absolute floor stands between noise and a flag.
    expect(
      assess(
        15,
        Array.from({ length: 8 }, () => 0),
      )?.unusual,
    ).toBe(false);
  });

  it('keeps a tiny series below the minimum size', () => {
    const tiny = [3, 2, 4, 3, 3, 2, 4, 3];
    expect(assess(30, tiny, { ...DEFAULT_RULE, minSize: 20 })?.unusual).toBe(true);
    expect(assess(30, tiny, { ...DEFAULT_RULE, minSize: 45 })?.unusual).toBe(false);
  });

  it('judges nothing on too short a history', () => {
    expect(assess(10_000, [1, 2, 3, 4, 5])).toBeUndefined();
  });
});

describe('unusual changes in a generated organization', () => {
  const scan = run(plan('anything unusual this week?'));

  it('judges the latest day, and the week up to it like for like, up to the data-through date', () => {
    expect(scan.day).toEqual({ from: '2024-06-20', to: '2024-06-20' });
    expect(scan.week).toEqual({ from: '2024-06-17', to: '2024-06-20' });
    expect(scan.through).toBe('2024-06-20');
    // Four days held against four days: a steady video is not a drop because its week is cut.
    expect(scan.items.some((i) => i.name === 'Morning Market')).toBe(false);
    const ferry = scan.items.find((i) => i.name === 'Night Ferry' && i.span === 'week');
    expect(ferry).toMatchObject({ from: '2024-06-17', to: '2024-06-20', value: 2000 });
    expect(ferry?.median).toBeGreaterThan(7000);
    expect(ferry?.median).toBeLessThan(9000);
  });

  it('finds the planted spike and drop, and what carries them, biggest departure first', () => {
    expect(scan.items.map(line).sort()).toEqual(
      [
        'day asset Kite Festival',
        'day campaign Spring Push',
        'day channel GenTube (YouTube)',
        'day whole Gen Org',
        'day asset Night Ferry',
        'day campaign Harbour Nights',
        'week asset Night Ferry',
        'week campaign Harbour Nights',
        'week asset Kite Festival',
        'week campaign Spring Push',
      ].sort(),
    );
    const departures = scan.items.map((i) => Math.abs(i.value - i.median));
    expect(departures).toEqual([...departures].sort((a, b) => b - a));
    expect(scan.items.find((i) => i.name === 'Kite Festival' && i.span === 'day')).toMatchObject({
      value: 6100,
      history: 8,
    });
    expect(scan.items.find((i) => i.name === 'Night Ferry' && i.span === 'week')).toMatchObject({
      value: 2000,
      history: 8,
    });
  });

  it('leaves steady noise, a tiny series, a flat series and a new video alone', () => {
    const names = new Set(scan.items.map((i) => i.name));
    for (const quiet of [
      'Morning Market',
      'Small Talk',
      'Lighthouse Loop',
      'Fresh Clip',
      'gen.gram (Instagram)',
    ])
      expect(names.has(quiet), quiet).toBe(false);
  });

  it('states each flag against its usual, with the median over the same weekdays', () => {
    const thursdays = Array.from({ length: 8 }, (_, k) => kite(THU - 7 * (k + 1)));
    const usual = median(thursdays);
    const out = text(scan);
    expect(out).toContain(
      `▲ *Kite Festival* (video): Thursday's 6,100 views on June 20, 2024 were ${(6100 / usual).toFixed(1)}× the usual (median ${usual.toLocaleString('en-US')} over the previous 8 Thursdays).`,
    );
    expect(out).toContain('▼ *Night Ferry* (video): 2,000 views in the week of Jun 17 – Jun 20, 2024 were');
    expect(out).toMatch(/below the usual \(median [\d,.]+ over the same days of the previous 8 weeks\)/);
    expect(out).toContain('10 unusual figures in views for *Gen Org*');
    expect(out).toContain('more than 3.5 × 1.4826 × MAD');
    expect(out).toContain('Data through June 20, 2024');
  });

  it('says nothing is unusual, with the rule, when nothing is', () => {
    const r = run(plan('anything unusual for Spring Push in May?'));
    expect(r.items).toEqual([]);
    // May 31 is a Friday: the week judged is Monday 27 to Friday 31, against the same days before.
    expect(r.day).toEqual({ from: '2024-05-31', to: '2024-05-31' });
    expect(r.week).toEqual({ from: '2024-05-27', to: '2024-05-31' });
    const out = text(r);
    expect(out).toContain('Nothing unusual in views for *Spring Push*');
    expect(out).toContain('Rule: a day is held against the same weekday of the previous 8 weeks');
  });

  it('reads "what is unusual for <campaign>" as that campaign and what is in it', () => {
    expect(plan("what's unusual for Harbour Nights?")).toMatchObject({
      op: 'unusual',
      scope: { campaign: 'c2' },
      self: false,
    });
    const r = run(plan("what's unusual for Harbour Nights?"));
    // Within the campaign, YouTube holds Night Ferry alone: the same figures, said once, with the video.
    expect(r.items.map(line).sort()).toEqual([
      'day asset Night Ferry + GenTube (YouTube)',
      'day whole Harbour Nights',
      'week asset Night Ferry + GenTube (YouTube)',
      'week whole Harbour Nights',
    ]);
    expect(text(r)).toContain('▼ *Night Ferry* (video), and so *GenTube (YouTube)*: 2,000 views');
  });

  it('answers "is that unusual?" about the figure before it, flagged or not', () => {
    const spike = plan('views for Kite Festival on June 20');
    const self = plan('is that unusual?', spike);
    expect(self).toMatchObject({ op: 'unusual', scope: { asset: 'kite' }, span: 'day', self: true });
    const r = run(self);
    expect(r.items).toMatchObject([{ kind: 'whole', span: 'day', value: 6100, unusual: true }]);
    expect(text(r)).toContain("*Unusual* — Thursday's 6,100 views on June 20, 2024 were");

    // "is it …?" reads as "is Kite Festival unusual?" once the pronoun is resolved: its latest day and week.
    expect(plan('is it unusual?', spike)).toMatchObject({
      scope: { asset: 'kite' },
      span: 'both',
      self: true,
    });

    const quiet = run(plan('is that normal?', plan('views for Morning Market last week')));
    expect(quiet.items).toMatchObject([{ span: 'week', from: '2024-06-17', unusual: false }]);
    expect(text(quiet)).toMatch(/\*Not unusual\* — [\d,]+ views in the week of Jun 17 – Jun 20, 2024 were/);
  });

  it('plans "any spikes?" over everything, and follow-ups keep it', () => {
    const spikes = plan('any spikes?');
    expect(spikes).toMatchObject({ op: 'unusual', scope: {}, span: 'both', self: false });
    expect(plan('and for Harbour Nights?', spikes)).toMatchObject({
      op: 'unusual',
      scope: { campaign: 'c2' },
    });
  });

  it('leaves "which day had the biggest spike?" to the record day', () => {
    expect(plan('which day had the biggest spike in views in May?')).toMatchObject({
      op: 'record',
      unit: 'day',
      order: 'desc',
    });
  });

  it('has nothing to judge before the data', () => {
    const r = run({
      op: 'unusual',
      metric: 'views',
      scope: {},
      period: { kind: 'day', from: '2024-01-01', to: '2024-01-01', label: 'January 1, 2024' },
      span: 'both',
      self: false,
    });
    expect(r).toMatchObject({ items: [], judged: 0 });
    expect(text(r)).toContain('No whole day of views to judge for *Gen Org*');
  });
});

describe('"Worth a look" in the digest', () => {
  it('lists the unusual figures up to the digest week, biggest first, with the rule', () => {
    const d = buildDigest(ds, day('2024-06-24'), { period: 'week' });
    expect(d.worth).toHaveLength(5);
    expect(d.worth.map((i) => i.span)).toContain('week');
    const out = describeDigest(d).sections.join('\n');
    expect(out).toContain('*Worth a look*');
    expect(out).toContain('*Night Ferry* (video): 2,000 views in the week of Jun 17 – Jun 20, 2024');
    expect(out).toContain('Each against its own previous 8 weeks');
  });

  it('judges only the campaigns a digest covers', () => {
    const d = buildDigest(ds, day('2024-06-24'), { period: 'week', campaigns: ['c1'] });
    expect(d.worth.map(line).sort()).toEqual([
      'day asset Kite Festival + GenTube (YouTube)',
      'day campaign Spring Push',
      'week asset Kite Festival + GenTube (YouTube)',
      'week campaign Spring Push',
    ]);
  });
});
