import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FakeSlackApi } from './fakes/fake-slack-api.ts';
import { DATA_FILE } from './slack/slack-harness.ts';

// `pulse start` as an operator runs it: a token Slack refuses, a Slack API that cannot be reached, a Redis that
// is down. Each must end the process at once with one line that says which, never hang.

const ROOT = new URL('..', import.meta.url).pathname;
const BOUND_MS = 15_000;

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
}

function start(env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pulse.mjs', 'start'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        PULSE_DATA: DATA_FILE,
        PULSE_STATE_DIR: mkdtempSync(join(tmpdir(), 'pulse-start-')),
        PORT: '0',
        LOG_LEVEL: 'silent',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'secret',
        ...env,
      },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 1;
}

let api: FakeSlackApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('pulse start fails fast', () => {
  test('a token Slack rejects: the reason, then exit 1', async () => {
    api = await new FakeSlackApi().start();
    api.fail('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } }, 10);
    const run = await start({ SLACK_API_URL: api.apiUrl });
    expect(run.stderr).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(BOUND_MS);
  }, 30_000);

  test('a Slack API that cannot be reached is said to be unreachable, not to reject the token', async () => {
    const run = await start({ SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/` });
    expect(run.stderr).toMatch(/cannot reach the Slack API/);
    expect(run.stderr).not.toContain('rejected');
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(BOUND_MS);
  }, 30_000);

  test('Redis unreachable: one line naming it, exit non-zero', async () => {
    api = await new FakeSlackApi().start();
    const run = await start({
      SLACK_API_URL: api.apiUrl,
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
    });
    expect(run.stderr).toMatch(/Redis at 127\.0\.0\.1:\d+/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).not.toBe(0);
    expect(run.ms).toBeLessThan(BOUND_MS);
  }, 30_000);
});
