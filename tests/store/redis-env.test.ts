import { describe, expect, it } from 'vitest';
import { REDIS_SKIPPED, REDIS_URL, redisReachable } from './redis-env.ts';

// `npm test` needs Redis on 127.0.0.1:6379 (README, Development). Without it the Redis tests fail with a message
// that says so, never with a stack trace from deep in a client, and never by passing quietly.

describe('the Redis the tests use', () => {
  it('an unreachable Redis fails with what to do about it', async () => {
    await expect(redisReachable('redis://user:pw@127.0.0.1:1/0', 1000)).rejects.toThrow(
      'Redis not reachable on 127.0.0.1:1 — start redis-server',
    );
  });

  it.skipIf(REDIS_SKIPPED)('the configured one answers', async () => {
    await expect(redisReachable(REDIS_URL, 2000)).resolves.toBeUndefined();
  });
});
