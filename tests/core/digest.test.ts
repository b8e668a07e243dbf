import { describe, expect, it } from 'vitest';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import { buildDigest } from '../../src/core/digest/digest.ts';
import { plain } from '../../src/core/render/layout.ts';
import { day, useMini } from '../helpers/fixtures.ts';

// mini.yaml: Alpha Launch (active) has views only in January; Night Market (Beta Nights) 20 a day in February.
const { ds } = useMini();

describe('digest', () => {
  it('an active campaign with nothing in either week says so instead of a 0 and "n/a"', () => {
    const d = buildDigest(ds(), day('2024-02-20'), { period: 'week' });
    const text = describeDigest(d).sections.map(plain).join('\n');
    expect(d.campaigns.find((c) => c.id === 'alpha')).toMatchObject({ current: 0, previous: 0 });
    expect(text).toContain('Alpha Launch — no views recorded yet');
    expect(text).toContain('Beta Nights — 140 views (0, 0.0% vs 140 views)');
  });

  it('leaves out goals whose date passed before the period compared, and keeps those just due', () => {
    // Alpha Launch's goal is due 2024-03-31.
    const due = buildDigest(ds(), day('2024-04-03'), { period: 'week' });
    expect(due.goals.map((g) => g.campaignId)).toEqual(['alpha']);
    const old = buildDigest(ds(), day('2024-06-10'), { period: 'week' });
    expect(old.goals).toEqual([]);
  });
});
