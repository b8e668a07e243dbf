import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { queryPlanSchema } from '../../src/core/plan/plan-schema.ts';
import { SLACK_LIMITS } from '../../src/core/render/block-kit.ts';
import { day, load, SAMPLE } from '../helpers/fixtures.ts';

// A seeded generator: the same thousands of questions every run, so a failure can be replayed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

const WORDS = [
  'views',
  'followers',
  'top',
  'by',
  'language',
  'last',
  'week',
  'compare',
  'vs',
  'goal',
  'which',
  'campaigns',
  'in',
  'may',
  'since',
  'Q3',
  '2021',
  'summarize',
  'and',
  'what about',
  'Instagram',
  'YouTube',
  'Korean',
  'video',
  'awards',
  'rank',
  'the',
  '"',
  '<!channel>',
  '<@U123>',
  '@here',
  '&',
  '💥',
  '成都',
  'ÿ',
  '\u0000',
  '\u202e',
  'DROP TABLE',
  '%',
  '-1',
  '1e309',
  'NaN',
  '9999999999999',
  '-',
  '—',
  '\n',
  '  ',
];

describe('fuzz: hostile and random questions', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await load(SAMPLE);
  });

  it('never crashes and always returns a valid plan and renderable, safe output', async () => {
    const random = rng(42);
    const names = [...ds.catalog.campaigns.map((c) => c.name), ...ds.catalog.assets.map((a) => a.title)];
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
    for (let i = 0; i < 3000; i++) {
      const kind = random();
      let q: string;
      if (kind < 0.4) q = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(WORDS)).join(' ');
      else if (kind < 0.7) q = `${pick(WORDS)} ${pick(names)} ${pick(WORDS)} ${pick(WORDS)}`;
      else if (kind < 0.9)
        q = Array.from({ length: Math.floor(random() * 80) }, () =>
          String.fromCodePoint(Math.floor(random() * 0x2ffff)),
        ).join('');
      else q = pick(WORDS).repeat(Math.floor(random() * 2000));
      const a = await answer(q, { dataset: ds, now: day('2021-10-08'), viewer: { channelId: 'C1' } });
      expect(queryPlanSchema.safeParse(a.plan).success).toBe(true);
      expect(a.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      const all = a.text + JSON.stringify(a.blocks);
      expect(all).not.toMatch(/<!(channel|here|everyone)>|<@U/);
      expect(all).not.toMatch(/NaN|Infinity|undefined/);
    }
  }, 60_000);
});
