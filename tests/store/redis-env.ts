import { randomUUID } from 'node:crypto';

/** REDIS_TEST_URL (set by .ci/run), else REDIS_URL, else the local default. Tests that need Redis fail (never skip) when it does not answer. */
export const REDIS_URL = process.env.REDIS_TEST_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key namespace unique to one test run, so parallel runs and leftovers never collide. */
export const uniqueNamespace = (label: string): string => `pulse-test-${label}-${randomUUID().slice(0, 8)}`;
