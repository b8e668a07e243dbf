import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, lexiconOf } from '../../src/core/answer.ts';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { Decomposition, Result, WhyResult } from '../../src/core/engine/result.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { day, load } from '../helpers/fixtures.ts';
import { ACCOUNT_DELTA, DELTA, GEN_NOW, generatedDataset } from '../helpers/generated-data.ts';

const HARBOURVIEW = '/work/shared/eval/public/harbourview.yaml';
const LAG = fileURLToPath(new URL('../fixtures/data/lag.yaml', import.meta.url));

function asker(ds: () => Dataset, now: number) {
  return async (
    q: string,
    previous?: QueryPlan,
  ): Promise<{ plan: QueryPlan; result: Result; text: string }> => {
    const a = await answer(q, { dataset: ds(), now, previous });
    return { plan: a.plan, result: a.result, text: a.terminal };
  };
}

const why = (r: Result): WhyResult => {
  if (r.op !== 'why') throw new Error(`a why result expected, got ${r.op}`);
  return r;
};

/** Every part listed, the others and the unattributed rows: what the parts add up to. */
const sumOf = (d: Decomposition): number =>
  [...d.up, ...d.down].reduce((s, c) => s + c.change, 0) + d.others.change + d.unattributed;

describe('why: generated data with planted contributions', () => {
  const gen = generatedDataset();
  const ask = asker(() => gen, GEN_NOW);
  const total = DELTA.reduce((s, d) => s + d, 0) + ACCOUNT_DELTA;

  it('splits the organization’s change into campaigns, top three up and down, others and unattributed rows', async () => {
    const { result, text } = await ask('why did views drop last week?');
    const r = why(result);
    expect(r).toMatchObject({ change: total, current: 9846, previous: 9450, asked: 'down' });
    const parts = r.parts;
    if (!parts) throw new Error('parts expected');
    expect(parts.dimension).toBe('campaign');
    expect(parts.up.map((c) => [c.key, c.change])).toEqual([
      ['c1', 500],
      ['c2', 200],
      ['c5', 10],
    ]);
    expect(parts.down.map((c) => [c.key, c.change])).toEqual([
      ['c3', -300],
      ['c4', -50],
      ['c6', -5],
    ]);
    expect(parts.others).toEqual({ count: 1, change: 1 });
    expect(parts.unattributed).toBe(ACCOUNT_DELTA);
    expect(sumOf(parts)).toBe(r.change);
    // The question said "drop"; the figures rose, and the answer says so first.
    expect(text).toContain(
      'Views did not fall last week (Mar 4 – Mar 10, 2024): for Gen Org they rose by 396 views',
    );
    expect(text).toContain('▲ Campaign 1 +500 views (7,500 vs 7,000)');
    expect(text).toContain('▼ Campaign 3 -300 views (400 vs 700)');
    expect(text).toContain('Others (1 campaign): +1 view');
    expect(text).toContain(
      'Not attributed to any campaign (e.g. rows of accounts, not campaigns): +40 views',
    );
    expect(text).toContain('Together: +396 views, the whole change.');
  });

  it('follows a metric whose good news is down: fewer unfollows improved', async () => {
    const { result, text } = await ask('why did unfollows improve last week?');
    expect(why(result)).toMatchObject({ change: -7, metric: { better: 'down' } });
    expect(text).toContain('Unfollows for Gen Org improved: down 7 unfollows');
    expect(text).not.toContain('did not');
    expect(text).toContain('▼ GenTube (YouTube) -14 unfollows (56 vs 70)');
    expect(text).toContain('▲ gen.gram (Instagram) +7 unfollows (42 vs 35)');
    // "Did unfollows get worse?" is answered the other way round.
    const worse = await ask('why did unfollows get worse last week?');
    expect(worse.plan).toMatchObject({ op: 'why', asked: 'up' });
    expect(worse.text).toContain('Unfollows did not rise last week');
  });

  it('explains a stock by the change of its level, account by account', async () => {
    const { result, text } = await ask('why did followers go up last week?');
    const r = why(result);
    // yt +20 a day for 7 days; ig +5 a day and +100 on Mar 5.
    expect(r).toMatchObject({ change: 140 + 135, previous: 1850, current: 2125 });
    expect(r.parts?.up.map((c) => [c.label, c.change])).toEqual([
      ['GenTube (YouTube)', 140],
      ['gen.gram (Instagram)', 135],
    ]);
    expect(text).toContain(
      'from 1,850 followers as of March 3, 2024 to 2,125 followers as of March 10, 2024',
    );
  });

  it('says when nothing changed, and when there is no data yet, without an invented figure', async () => {
    const same = await ask('why did shares change last week?');
    expect(why(same.result)).toMatchObject({ change: 0 });
    expect(why(same.result).parts).toBeUndefined();
    expect(same.text).toContain('did not change last week (Mar 4 – Mar 10, 2024): 21 shares, the same as');
    const none = await ask('why did views change this week?');
    expect(why(none.result)).toMatchObject({ hasData: false });
    expect(none.text).toContain('No views figures yet for Gen Org this week');
    expect(none.text).not.toMatch(/\d,\d{3}|\b0 views/);
  });

  it('splits by the dimension named, and says markets overlap instead of summing them', async () => {
    const { result, text } = await ask('why did Campaign 1 views change last week, by market?');
    const parts = why(result).parts;
    expect(parts).toMatchObject({ dimension: 'market', overlapping: true });
    expect(parts?.up.map((c) => [c.label, c.change])).toEqual([
      ['Japan', 500],
      ['United States', 500],
    ]);
    expect(text).toContain('Markets overlap');
    expect(text).not.toContain('the whole change');
  });

  it('goes one level down from a campaign (its videos) and from a video (its channels)', async () => {
    const platform = why((await ask('what made YouTube fall last week?')).result);
    expect(platform.parts?.dimension).toBe('asset');
    expect(platform.parts && sumOf(platform.parts)).toBe(platform.change);
    const video = why((await ask('why did A1 go up last week?')).result);
    expect(video.parts).toMatchObject({
      dimension: 'channel',
      up: [{ label: 'GenTube (YouTube)', change: 500 }],
    });
  });

  it('with no period, explains the latest whole week of the data', async () => {
    const { plan } = await ask('what made views fall?');
    expect(plan).toMatchObject({ op: 'why', period: { from: '2024-03-04', to: '2024-03-10' } });
  });

  it('says when one video or channel carries most of a total', async () => {
    const { text } = await ask('views last week');
    expect(text).toContain(
      '76.2% of views last week (Mar 4 – Mar 10, 2024) came from one video: A1 (7,500 of 9,846).',
    );
    expect(text).toContain(
      '90.9% of views last week (Mar 4 – Mar 10, 2024) came from one channel: GenTube (YouTube)',
    );
    // Campaign 3's single video carries all of it: nothing to point out.
    expect((await ask('views for Campaign 3 last week')).text).not.toContain('came from one');
    // A breakdown by video already gives each share; its channel concentration is still said.
    const byVideo = (await ask('views by video last week')).text;
    expect(byVideo).not.toContain('came from one video');
    expect(byVideo).toContain('came from one channel');
  });

  it('gives the digest a "What moved" section from the same decomposition, and the concentration', () => {
    const digest = buildDigest(gen, GEN_NOW, { period: 'week' });
    const moved = digest.moved;
    if (!moved) throw new Error('moved expected');
    expect(moved.dimension).toBe('asset');
    expect(sumOf(moved)).toBe(digest.total.delta);
    expect(digest.concentration?.[0]).toMatchObject({ dimension: 'asset', label: 'A1', value: 7500 });
    const text = describeDigest(digest).sections.join('\n');
    expect(text).toContain('*What moved, by video*');
    expect(text).toContain('▲ *A1* +500 views (7,500 vs 7,000)');
    expect(text).toContain('Not attributed to any video (e.g. campaign-level rows): +40 views');
    expect(text).toContain('76.2% of views');
  });
});

describe('why: a follow-up in a thread explains the figure before it', () => {
  const gen = generatedDataset();
  const plan = (q: string, previous?: QueryPlan) =>
    planQuestion(q, { dataset: gen, lexicon: lexiconOf(gen), now: GEN_NOW, previous });

  it('"why?" after a figure takes its measure, subject and period', () => {
    const first = plan('unfollows on Instagram in the week of Feb 26').plan;
    const next = plan('why?', first);
    expect(next).toMatchObject({ followUp: true, confident: true });
    expect(next.plan).toMatchObject({
      op: 'why',
      metric: 'unfollows',
      scope: { platform: 'instagram' },
      period: { from: '2024-02-26', to: '2024-03-03' },
    });
  });

  it('"why did it drop?" points at the thread’s figure, not at a name', () => {
    const first = plan('views for A2 in the week of Feb 26').plan;
    const next = plan('why did it drop?', first);
    expect(next.plan).toMatchObject({
      op: 'why',
      metric: 'views',
      scope: { asset: 'a2' },
      period: { from: '2024-02-26' },
      asked: 'down',
    });
  });

  it('"and the week before?" after a why asks the same of that week', () => {
    const first = plan('why did views change last week?').plan;
    expect(plan('and the week before?', first).plan).toMatchObject({
      op: 'why',
      period: { from: '2024-02-26', to: '2024-03-03' },
    });
  });

  it('"why?" after an answer with no figure explains nothing', () => {
    const first = plan('list our campaigns').plan;
    expect(plan('why?', first).plan.op).not.toBe('why');
  });

  it('a standalone question does not become a why', () => {
    expect(plan('views by platform last week').plan.op).toBe('breakdown');
    expect(plan('break down the change in views last week by platform').plan).toMatchObject({
      op: 'why',
      dimension: 'platform',
    });
  });
});

describe('why: a week cut by the data’s reach (lag.yaml) is compared like for like', () => {
  let lag: Dataset;
  beforeAll(async () => {
    lag = await load(LAG);
  });
  const ask = asker(() => lag, day('2024-06-26'));

  it('compares Mon–Thu with Mon–Thu and splits it by video', async () => {
    // River Walk gets the day of the month, Night Swim 1 a day: Jun 17–20 vs Jun 10–13.
    const { result, text } = await ask('why did views change last week?');
    const r = why(result);
    expect(r).toMatchObject({
      current: 78,
      previous: 50,
      change: 28,
      versus: { from: '2024-06-10', to: '2024-06-13' },
    });
    expect(r.parts).toMatchObject({
      dimension: 'asset',
      up: [{ label: 'River Walk', change: 17 + 18 + 19 + 20 - (10 + 11 + 12 + 13) }],
      others: { count: 1, change: 0 },
    });
    expect(text).toContain('Data through June 20, 2024: 4 of 7 days.');
    expect(text).toContain('the same 4 days of the week before');
  });
});

describe('why: the public sample (harbourview.yaml)', () => {
  let hv: Dataset;
  beforeAll(async () => {
    hv = await load(HARBOURVIEW);
  });
  const now = day('2024-06-27');
  const ask = asker(() => hv, now);

  it('"why did views drop last week?": each campaign’s part is its own week-over-week change', async () => {
    const { result, text } = await ask('why did views drop last week?');
    const r = why(result);
    expect(r).toMatchObject({ current: 306191, previous: 304554, change: 1637 });
    const parts = r.parts;
    if (!parts) throw new Error('parts expected');
    expect(sumOf(parts)).toBe(1637);
    // Cross-checked against the compare op, campaign by campaign.
    for (const c of [...parts.up, ...parts.down]) {
      const compared = execute(
        hv,
        { op: 'compare', metric: 'views', scopes: [{ campaign: c.key }], period: r.period, change: false },
        now,
      );
      expect(compared).toMatchObject({ op: 'compare', delta: c.change });
    }
    expect(text).toContain('▲ Taste of Harbourview +4,084 views (121,424 vs 117,340)');
    expect(text).toContain('▼ Harbourview by Night -2,612 views (97,235 vs 99,847)');
  });

  it('"what made TikTok fall?" splits the platform by video', async () => {
    const r = why((await ask('what made TikTok fall?')).result);
    expect(r).toMatchObject({ change: 62979 - 65951, parts: { dimension: 'asset' } });
    expect(r.parts && sumOf(r.parts)).toBe(r.change);
    expect(r.parts?.down[0]).toMatchObject({ label: 'Fish Market Mornings', change: -2080 });
  });

  it('the digest of a cut week: what moved sums to the like-for-like change', () => {
    const digest = buildDigest(hv, day('2024-07-01'), { period: 'week' });
    expect(digest.total).toMatchObject({ current: 165154, previous: 173335 });
    expect(digest.moved && sumOf(digest.moved)).toBe(165154 - 173335);
  });
});
