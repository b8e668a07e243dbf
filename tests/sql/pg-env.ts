import { randomUUID } from 'node:crypto';
import { createPostgresRunner, type SqlRunner } from '../../src/adapters/sql/postgres-runner.ts';

// The PostgreSQL tests need a server: PG_TEST_URL, else postgresql://postgres@127.0.0.1:5432/test (trust auth).
// When it does not answer they fail and say so; PG_TEST_URL=skip skips them, with a warning on every run.

export const PG_SKIPPED = process.env.PG_TEST_URL === 'skip';
export const PG_URL =
  PG_SKIPPED || !process.env.PG_TEST_URL
    ? 'postgresql://postgres@127.0.0.1:5432/test'
    : process.env.PG_TEST_URL;

if (PG_SKIPPED) console.warn('PG_TEST_URL=skip: the PostgreSQL series tests are SKIPPED, not passed.');

/** A schema name unique to one test run, so parallel runs and leftovers never collide. */
export const uniqueSchema = (label: string): string => `pulse_test_${label}_${randomUUID().slice(0, 8)}`;

/** A runner on the test database, once it answers; else a failure that says what to do. */
export async function openTestPostgres(): Promise<SqlRunner> {
  const runner = createPostgresRunner(PG_URL, { connectTimeoutSeconds: 3 });
  try {
    await runner.query({ text: 'SELECT 1', params: [] });
  } catch (err) {
    await runner.end();
    throw new Error(
      `PostgreSQL not reachable at ${runner.source} (${(err as Error).message}) — start it, or set PG_TEST_URL (PG_TEST_URL=skip skips these tests)`,
    );
  }
  return runner;
}
