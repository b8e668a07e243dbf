import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorReply, type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/fake-openai-server.ts';

// `pulse ask` as people run it, with a model configured: a rate-limited model must not keep the process alive
// after the answer is printed.

const BIN = fileURLToPath(new URL('../../bin/pulse.mjs', import.meta.url));

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

/** Runs the CLI without blocking this process (the fake server lives here): exit code, output and wall time. */
function runPulse(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  return new Promise<{ code: number | null; stdout: string; ms: number }>((resolve) => {
    // A hung process is a failed test, not a hung suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, ms: performance.now() - started });
    });
  });
}

describe('pulse ask with a rate-limited model', () => {
  it('answers without the model and exits at once when retry-after outlasts the budget', async () => {
    server.fallback = errorReply(429, { 'retry-after': '30' });
    const r = await runPulse(
      ['ask', '--data', 'data/pulse.yaml', '--now', '2026-11-25', 'ballpark YouTube figures for last month'],
      { OPENAI_API_KEY: 'sk-test-cli', OPENAI_BASE_URL: server.url, OPENAI_TIMEOUT_MS: '8000' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data as of');
    // The model was asked once, its 30 s wait refused; start-up on a busy machine is most of the time left.
    expect(server.requests).toHaveLength(1);
    expect(r.ms).toBeLessThan(15_000);
  }, 60_000);
});
