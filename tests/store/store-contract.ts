import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/core/ports.ts';

export interface StoreHarness {
  /** Opens a store on the shared backing state (a second call = a second replica or a restart). */
  open(): Promise<KeyValueStore>;
  /** Whether state outlives close() (file, Redis). */
  persistent: boolean;
  /** Whether two handles open at once share state (memory instance, Redis); a file has one owner. */
  shared: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The behaviour every KeyValueStore must have; run against each implementation. */
export function storeContract(name: string, harness: StoreHarness): void {
  describe(`${name} store contract`, () => {
    let store: KeyValueStore;
    const opened: KeyValueStore[] = [];
    const open = async () => {
      const s = await harness.open();
      opened.push(s);
      return s;
    };

    beforeAll(async () => {
      store = await open();
    });

    afterAll(async () => {
      for (const key of await store.keys('')) await store.delete(key);
      expect(await store.keys('')).toEqual([]);
      for (const s of opened) await s.close();
    });

    it('returns undefined for a missing key', async () => {
      expect(await store.get('missing')).toBeUndefined();
    });

    it('round-trips JSON values and overwrites', async () => {
      const value = { a: 1, list: ['x', 'y'], nested: { ok: true }, text: 'dé 日本' };
      await store.set('obj', value);
      expect(await store.get('obj')).toEqual(value);
      await store.set('obj', 42);
      expect(await store.get<number>('obj')).toBe(42);
      await store.set('str', 'plain');
      expect(await store.get<string>('str')).toBe('plain');
    });

    it('deletes', async () => {
      await store.set('gone', 1);
      await store.delete('gone');
      expect(await store.get('gone')).toBeUndefined();
      await store.delete('never-set');
    });

    it('expires values after their TTL', async () => {
      await store.set('short', 'v', 60);
      await store.set('long', 'v', 60_000);
      expect(await store.get('short')).toBe('v');
      await sleep(150);
      expect(await store.get('short')).toBeUndefined();
      expect(await store.get('long')).toBe('v');
    });

    it('claims a key exactly once, readable as its value, and again after it expires', async () => {
      expect(await store.claim('slot:a', 'replica-1', 80)).toBe(true);
      expect(await store.claim('slot:a', 'replica-2', 80)).toBe(false);
      expect(await store.get('slot:a')).toBe('replica-1');
      await sleep(180);
      expect(await store.claim('slot:a', 'replica-3', 10_000)).toBe(true);
      expect(await store.get('slot:a')).toBe('replica-3');
    });

    it('does not claim a key that set() wrote', async () => {
      await store.set('slot:set', 'done');
      expect(await store.claim('slot:set', 'x', 1000)).toBe(false);
      expect(await store.get('slot:set')).toBe('done');
    });

    it('gives one winner among 50 concurrent claims', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.claim('slot:race', `c${i}`, 10_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lists keys by prefix, without deleted or expired ones, matching literally', async () => {
      await store.set('sub:1', 1);
      await store.set('sub:2', 2);
      await store.set('sub:3', 3, 50);
      await store.set('subway', 0);
      await store.set('odd*[key]?:1', 1);
      await store.set('odd-other', 1);
      await store.delete('sub:2');
      await sleep(120);
      expect((await store.keys('sub:')).sort()).toEqual(['sub:1']);
      expect(await store.keys('odd*[key]?')).toEqual(['odd*[key]?:1']);
      expect(await store.keys('nothing-here:')).toEqual([]);
    });

    if (harness.shared) {
      it('shares claims and values between two open handles (replicas)', async () => {
        const other = await open();
        const results = await Promise.all([
          ...Array.from({ length: 20 }, () => store.claim('slot:shared', 'a', 10_000)),
          ...Array.from({ length: 20 }, () => other.claim('slot:shared', 'b', 10_000)),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        await store.set('seen-by-other', { n: 1 });
        expect(await other.get('seen-by-other')).toEqual({ n: 1 });
      });
    }

    if (harness.persistent) {
      it('keeps values and claims across a restart', async () => {
        await store.set('durable', { kept: true });
        expect(await store.claim('slot:durable', 'before-restart', 60_000)).toBe(true);
        await store.close();
        store = await open();
        expect(await store.get('durable')).toEqual({ kept: true });
        expect(await store.claim('slot:durable', 'after-restart', 60_000)).toBe(false);
        expect(await store.get('slot:durable')).toBe('before-restart');
      });
    }
  });
}
