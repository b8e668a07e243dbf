import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { KeyValueFeedbackStore } from '../../src/adapters/store/feedback-store.ts';
import { FileStore } from '../../src/adapters/store/file-store.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { RedisStore, redactRedisUrl } from '../../src/adapters/store/redis-store.ts';
import { StoreError } from '../../src/core/errors.ts';
import type { KeyValueStore } from '../../src/core/ports.ts';
import { feedbackContract } from './feedback-contract.ts';
import { openTestRedis, REDIS_SKIPPED, uniqueNamespace } from './redis-env.ts';
import { storeContract } from './store-contract.ts';

const memory = new MemoryStore();
storeContract('memory', { open: async () => memory, persistent: false, shared: true });

const stateDir = mkdtempSync(join(tmpdir(), 'pulse-store-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));
storeContract('file', { open: async () => new FileStore({ stateDir }), persistent: true, shared: false });

const namespace = uniqueNamespace('contract');
if (!REDIS_SKIPPED)
  storeContract('redis', { open: () => openTestRedis(namespace, stateDir), persistent: true, shared: true });

const feedbackStore = (store: KeyValueStore) => new KeyValueFeedbackStore(store);
feedbackContract(
  'memory',
  { open: async () => new MemoryStore(), persistent: false, shared: true },
  feedbackStore,
);
const feedbackDir = mkdtempSync(join(tmpdir(), 'pulse-feedback-'));
afterAll(() => rmSync(feedbackDir, { recursive: true, force: true }));
feedbackContract(
  'file',
  { open: async () => new FileStore({ stateDir: feedbackDir }), persistent: true, shared: false },
  feedbackStore,
);
const feedbackNamespace = uniqueNamespace('feedback');
if (!REDIS_SKIPPED)
  feedbackContract(
    'redis',
    { open: () => openTestRedis(feedbackNamespace, stateDir), persistent: true, shared: true },
    feedbackStore,
  );

describe('createStore', () => {
  it('uses the file store under the state dir without REDIS_URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-create-'));
    const store = await createStore({ stateDir: dir });
    expect(store).toBeInstanceOf(FileStore);
    await store.set('k', 'v');
    await store.close();
    const again = await createStore({ stateDir: dir });
    expect(await again.get('k')).toBe('v');
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(REDIS_SKIPPED)('uses Redis with REDIS_URL', async () => {
    const store = await openTestRedis(uniqueNamespace('create'), stateDir);
    expect(store).toBeInstanceOf(RedisStore);
    await store.close();
  });

  it('reports an unreachable Redis as a StoreError without the password', async () => {
    const error = await RedisStore.connect({
      url: 'redis://user:s3cret@127.0.0.1:1/0',
      connectTimeoutMs: 500,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect((error as Error).message).toContain('127.0.0.1:1');
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('redacts credentials from Redis URLs', () => {
    expect(redactRedisUrl('rediss://default:pw@cache.example:6380')).toBe('cache.example:6380');
    expect(redactRedisUrl('not a url')).not.toContain('not a url');
  });
});
