import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPostgresRunner } from '../../src/adapters/sql/postgres-runner.ts';
import { SourceError } from '../../src/core/errors.ts';
import { openTestPostgres, PG_SKIPPED, PG_URL } from './pg-env.ts';
import { TcpProxy } from './tcp-proxy.ts';

const SECRET = 'hunter2-Secret%21';
const select1 = { text: 'SELECT 1::int AS one', params: [] };

/** The error a query rejects with, so its every field can be read. */
async function failureOf(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('the query did not fail');
}

/** Neither the error's text nor anything printed of it holds the password, as written or decoded. */
function expectNoSecret(err: SourceError): void {
  for (const text of [err.message, err.source, inspect(err, { depth: 5 }), JSON.stringify(err)]) {
    expect(text).not.toContain('hunter2');
  }
}

describe('the PostgreSQL runner', () => {
  it('a closed port is an unreachable source, named without its password', async () => {
    const runner = createPostgresRunner(`postgresql://postgres:${SECRET}@127.0.0.1:1/test`, {
      connectTimeoutSeconds: 2,
    });
    const err = await failureOf(runner.query(select1));
    await runner.end();
    expect(err.code).toBe('SOURCE_UNREACHABLE');
    expect(err.source).toBe('postgresql://127.0.0.1:1/test');
    expect(err.message).toContain('ECONNREFUSED');
    expectNoSecret(err);
  });

  it('an unknown host is an unreachable source', async () => {
    const runner = createPostgresRunner(`postgresql://postgres:${SECRET}@no-such-host.invalid:5432/test`, {
      connectTimeoutSeconds: 2,
    });
    const err = await failureOf(runner.query(select1));
    await runner.end();
    expect(err.code).toBe('SOURCE_UNREACHABLE');
    expectNoSecret(err);
  });

  it.skipIf(PG_SKIPPED)('a database that does not exist is unreachable, not a failed query', async () => {
    const url = new URL(PG_URL);
    url.password = SECRET;
    url.pathname = '/pulse_no_such_database';
    const runner = createPostgresRunner(url.toString(), { connectTimeoutSeconds: 2 });
    const err = await failureOf(runner.query(select1));
    await runner.end();
    expect(err.code).toBe('SOURCE_UNREACHABLE');
    expect(err.message).toContain('3D000');
    expectNoSecret(err);
  });

  it.skipIf(PG_SKIPPED)('a query the database refuses is a failed query', async () => {
    const runner = await openTestPostgres();
    const err = await failureOf(runner.query({ text: 'SELECT * FROM pulse_no_such_table', params: [] }));
    expect(err.code).toBe('SOURCE_FAILED');
    expect(err.message).toContain('42P01');
    // The pool still answers afterwards.
    expect(await runner.query(select1)).toEqual([{ one: 1 }]);
    await runner.end();
  });

  it.skipIf(PG_SKIPPED)('a statement over its time limit is cancelled by the database', async () => {
    const runner = createPostgresRunner(PG_URL, { statementTimeoutMs: 100 });
    const err = await failureOf(runner.query({ text: 'SELECT pg_sleep(5)', params: [] }));
    await runner.end();
    expect(err.code).toBe('SOURCE_FAILED');
    expect(err.message).toContain('57014');
  });

  it.skipIf(PG_SKIPPED)('recovers on its own when the database comes back', async () => {
    const target = new URL(PG_URL);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    const url = new URL(PG_URL);
    url.host = `127.0.0.1:${proxy.port}`;
    url.password = SECRET;
    const runner = createPostgresRunner(url.toString(), { connectTimeoutSeconds: 2 });
    try {
      expect(await runner.query(select1)).toEqual([{ one: 1 }]);

      await proxy.stop();
      const down = await failureOf(runner.query(select1));
      expect(down.code).toBe('SOURCE_UNREACHABLE');
      expectNoSecret(down);
      // Still down: every question gets the same answer, nothing hangs; repeated failures stretch the driver's
      // reconnect delay, capped so that the return is noticed soon.
      for (let i = 0; i < 8; i++)
        expect((await failureOf(runner.query(select1))).code).toBe('SOURCE_UNREACHABLE');

      await proxy.start();
      expect(await runner.query(select1)).toEqual([{ one: 1 }]);
    } finally {
      await runner.end();
      await proxy.stop();
    }
  });
});

describe.skipIf(PG_SKIPPED)('the PostgreSQL runner and its sessions', () => {
  it('runs figure queries without JIT, and a bulk read with its own limit and memory, on the same pool', async () => {
    const runner = createPostgresRunner(PG_URL, {
      max: 1,
      statementTimeoutMs: 12_000,
      bulkTimeoutMs: 90_000,
    });
    const settings = {
      text: `SELECT current_setting('jit') AS jit, current_setting('statement_timeout') AS limit,
        current_setting('work_mem') AS mem`,
      params: [],
    };
    try {
      const [plain] = await runner.query<{ jit: string; limit: string; mem: string }>(settings);
      const [bulk] = await runner.query<{ limit: string; mem: string }>({ ...settings, bulk: true });
      const [after] = await runner.query<{ limit: string; mem: string }>(settings);
      expect(plain?.jit).toBe('off');
      expect(plain?.limit).toBe('12s');
      expect(bulk).toMatchObject({ limit: '90s', mem: '256MB' });
      // One connection: the bulk read's settings ended with its transaction.
      expect(after).toEqual(plain);
    } finally {
      await runner.end();
    }
  });
});
