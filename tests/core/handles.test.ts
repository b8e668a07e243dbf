import { describe, expect, it } from 'vitest';
import { markHandles } from '../../src/core/plan/handles.ts';
import { useMini } from '../helpers/fixtures.ts';

// mini.yaml's channels: AlphaTube (yt, YouTube) and alpha.gram (ig, Instagram).
const { ds, plan } = useMini();

describe('handles written literally', () => {
  it('marks known handles, unknown joined words and "@" names; leaves web addresses, abbreviations and known words', () => {
    const channels = [
      { id: 'ig', platform: 'instagram' as const, handle: 'alpha.gram' },
      { id: 'tt', platform: 'tiktok' as const, handle: 'alpha_tok' },
    ];
    const known = (t: string) => t === 'watch_time';
    const { text, markers } = markHandles(
      'followers of @alpha.gram, instagram.com/alpha.gram and alpha_tok vs @alpha_news on x.com, e.g. watch_time',
      channels,
      known,
    );
    expect([...markers.values()]).toEqual([
      { channel: 'ig', written: 'alpha.gram' },
      { channel: 'ig', written: 'alpha.gram' },
      { channel: 'tt', written: 'alpha_tok' },
      { channel: undefined, written: 'alpha_news' },
    ]);
    expect(text).toContain('x.com');
    expect(text).toContain('e.g.');
    expect(text).toContain('watch_time');
  });

  it.each([
    ['@alpha.gram followers', { op: 'value', metric: 'followers', scope: { channel: 'ig' } }],
    ['likes on alpha.gram in January', { op: 'value', metric: 'likes', scope: { channel: 'ig' } }],
    ['@alphagram_news followers', { op: 'help', unknown: ['alphagram_news'] }],
    ['views on Monday, January 8', { op: 'value', period: { from: '2024-01-08', to: '2024-01-08' } }],
    [
      'which channel grew fastest in February?',
      { op: 'top', metric: 'followers', dimension: 'channel', change: true },
    ],
    ['rank our channels by views', { op: 'top', dimension: 'channel', n: 50 }],
    ['tell me about our Instagram', { op: 'overview', kind: 'channel', id: 'ig' }],
  ])('%s', (question, expected) => {
    expect(plan(question)).toMatchObject(expected);
  });

  it('the dataset has the channels the tests name', () => {
    expect(ds().catalog.channels.map((c) => c.handle)).toEqual(['AlphaTube', 'alpha.gram']);
  });
});
