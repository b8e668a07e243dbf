import { describe, expect, it } from 'vitest';
import { staticDataSource } from '../../src/adapters/data/file-data-source.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { AnswerCache } from '../../src/app/answer-cache.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import { load, MINI } from '../helpers/fixtures.ts';

describe('answer cache', () => {
  it('keeps the most recently used entries', () => {
    const cache = new AnswerCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c')]).toEqual([1, 3]);
  });

  it('serves a repeated question per channel, and never across threads with context', async () => {
    const service = createPulseService({
      data: staticDataSource(await load(MINI)),
      store: new MemoryStore(),
      fixedNow: '2024-02-29',
    });
    const first = await service.ask('views for Sunrise Walk');
    const again = await service.ask('Views for  sunrise walk');
    expect(again.text).toBe(first.text);
    expect(again.question).toBe('Views for  sunrise walk');
    const hidden = await service.ask('views for Night Market', { viewer: { channelId: 'C999' } });
    const shown = await service.ask('views for Night Market', { viewer: { channelId: 'C111' } });
    expect(hidden.plan.op).toBe('help');
    expect(shown.text).toContain('580 views');
    await service.ask('views for Sunrise Walk in January', { thread: 't1' });
    const followUp = await service.ask('and likes?', { thread: 't1' });
    expect(followUp.plan).toMatchObject({ op: 'value', metric: 'likes', scope: { asset: 'a1' } });
  });

  it('keys a follow-up by the thread it follows: same context, same answer; other context, its own', async () => {
    const service = createPulseService({
      data: staticDataSource(await load(MINI)),
      store: new MemoryStore(),
      fixedNow: '2024-02-29',
    });
    await service.ask('views for Sunrise Walk in January', { thread: 't1' });
    await service.ask('views for Sunrise Walk in January', { thread: 't2' });
    await service.ask('views for Night Market in January', { thread: 't3', viewer: { channelId: 'C111' } });
    const first = await service.ask('and likes?', { thread: 't1' });
    const same = await service.ask('and likes?', { thread: 't2' });
    const other = await service.ask('and likes?', { thread: 't3', viewer: { channelId: 'C111' } });
    expect(same.text).toBe(first.text);
    // The very same result object: served from the cache, not computed again.
    expect(same.result).toBe(first.result);
    expect(other.plan).toMatchObject({ op: 'value', metric: 'likes' });
    expect(other.plan).not.toEqual(first.plan);
    expect(other.text).not.toBe(first.text);
  });

  it('keys a question as written: spacing does not matter, capitals do (the rules read them as names)', async () => {
    const service = createPulseService({
      data: staticDataSource(await load(MINI)),
      store: new MemoryStore(),
      fixedNow: '2024-02-29',
    });
    const first = await service.ask('views for Sunrise Walk');
    const spaced = await service.ask('  views for   Sunrise Walk ');
    const lower = await service.ask('views for sunrise walk');
    expect(spaced.result).toBe(first.result);
    expect(lower.result).not.toBe(first.result);
    expect(lower.question).toBe('views for sunrise walk');
  });

  it('with size 0 every question is answered afresh', async () => {
    const service = createPulseService({
      data: staticDataSource(await load(MINI)),
      store: new MemoryStore(),
      fixedNow: '2024-02-29',
      answerCacheSize: 0,
    });
    const first = await service.ask('views for Sunrise Walk');
    const again = await service.ask('views for Sunrise Walk');
    expect(again.text).toBe(first.text);
    expect(again.result).not.toBe(first.result);
  });
});
