import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { createStore } from '../../src/adapters/store/create-store.ts';
import type { KeyValueStore } from '../../src/core/ports.ts';

// `npm test` needs Redis: REDIS_TEST_URL (set by .ci/run), else REDIS_URL, else redis://127.0.0.1:6379. When it
// does not answer, the Redis tests fail and say so; REDIS_TEST_URL=skip skips them, with a warning on every run.

export const REDIS_SKIPPED = process.env.REDIS_TEST_URL === 'skip';
export const REDIS_URL = REDIS_SKIPPED
  ? 'redis://127.0.0.1:6379'
  : process.env.REDIS_TEST_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';

if (REDIS_SKIPPED)
  console.warn('REDIS_TEST_URL=skip: the Redis store contract and replica tests are SKIPPED, not passed.');

/** A key namespace unique to one test run, so parallel runs and leftovers never collide. */
export const uniqueNamespace = (label: string): string => `pulse-test-${label}-${randomUUID().slice(0, 8)}`;

/** Resolves when something at the URL answers PING (an auth error is an answer); else rejects saying what to do. */
export function redisReachable(url: string, timeoutMs = 2000): Promise<void> {
  const { hostname, port } = new URL(url);
  const where = `${hostname || '127.0.0.1'}:${port || '6379'}`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const fail = () => {
      socket.destroy();
      reject(
        new Error(
          `Redis not reachable on ${where} — start redis-server (npm test needs it; REDIS_TEST_URL=skip skips the Redis tests)`,
        ),
      );
    };
    socket.setTimeout(timeoutMs, fail);
    socket.once('error', fail);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (reply) => {
      socket.destroy();
      if (/^[+-]/.test(reply.toString('latin1'))) resolve();
      else fail();
    });
  });
}

/** The Redis store the tests share, once it answers. */
export async function openTestRedis(namespace: string, stateDir = 'unused'): Promise<KeyValueStore> {
  await redisReachable(REDIS_URL);
  return createStore({ redisUrl: REDIS_URL, stateDir, namespace });
}
