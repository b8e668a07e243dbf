import { describe, expect, it } from 'vitest';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { highlights } from '../../src/core/digest/highlights.ts';
import type { Decomposition, GoalItem, UnusualItem } from '../../src/core/engine/result.ts';
import { plain } from '../../src/core/render/layout.ts';
import { day } from '../helpers/fixtures.ts';
import { planted } from '../helpers/generated.ts';

const part = (label: string, change: number) => ({
  key: label,
  label,
  current: 100 + change,
  previous: 100,
  change,
});
const moved = (up: number[], down: number[]): Decomposition => ({
  dimension: 'asset',
  up: up.map((c, i) => part(`up${i}`, c)),
  down: down.map((c, i) => part(`down${i}`, c)),
  others: { count: 0, change: 0 },
  unattributed: 0,
  overlapping: false,
  groups: up.length + down.length,
});
const unusual = (name: string, id = name) => ({ name, id }) as UnusualItem;
const goal = (campaign: string, progress: number, onTrack: boolean) =>
  ({ campaign, progress, projection: { onTrack } }) as GoalItem;

describe('what a digest leads with', () => {
  it('one of each kind first — the biggest move, the first unusual change, the goal most at risk', () => {
    const h = highlights(
      moved([50], [-80]),
      [unusual('Spike'), unusual('Dip')],
      [goal('Fine', 0.9, true), goal('Late', 0.6, false), goal('Later', 0.3, false)],
    );
    expect(h.map((x) => x.kind)).toEqual(['mover', 'unusual', 'goal']);
    expect(h[0]).toMatchObject({ part: { label: 'down0', change: -80 } });
    expect(h[1]).toMatchObject({ item: { name: 'Spike' } });
    expect(h[2]).toMatchObject({ goal: { campaign: 'Later' } });
  });

  it('names a thing once: a mover that is also unusual leaves its place to the next unusual change', () => {
    const h = highlights(moved([], [-80]), [unusual('down0'), unusual('Other')], []);
    expect(h.map((x) => (x.kind === 'unusual' ? x.item.name : x.kind))).toEqual(['mover', 'Other']);
  });

  it('fills with the next largest when a kind has nothing, and never names a goal on track', () => {
    const h = highlights(moved([50, 10], [-80]), [], [goal('Fine', 0.9, true)]);
    expect(h.map((x) => (x.kind === 'mover' ? x.part.change : x.kind))).toEqual([-80, 50, 10]);
    expect(highlights(undefined, [], [goal('Fine', 0.9, true)])).toEqual([]);
  });

  it('leads the rendered digest, each line as its own section says it', () => {
    const d = buildDigest(planted().ds, day('2024-06-24'), { period: 'week' });
    const text = describeDigest(d).sections.map(plain).join('\n');
    const lead = text.slice(text.indexOf('What matters most'), text.indexOf('By campaign'));
    expect(lead).toMatch(
      /^What matters most\n1\. Biggest move: ▼ Night Ferry -5,712 views \(2,000 vs 7,712\)/,
    );
    // Night Ferry's drop is also unusual: named once, so the next unusual thing comes second.
    expect(lead.match(/Night Ferry/g)).toHaveLength(1);
    expect(lead).toContain(
      '2. Unusual: ▼ Harbour Nights (campaign): 4,037 views in the week of Jun 17 – Jun 20',
    );
    expect(text.indexOf('What matters most')).toBeLessThan(text.indexOf('By campaign'));
  });
});
