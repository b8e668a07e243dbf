import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

// Run in a child process: the handlers are process-wide, and without them a stray rejection ends the process.

const ROOT = new URL('..', import.meta.url).pathname;

function runScript(body: string) {
  const script = `
    import { guardProcess } from './src/adapters/cli/process-guards.ts';
    const logger = { debug() {}, info() {}, warn() {}, error: (_f, msg) => console.log('logged: ' + msg) };
    ${body}
  `;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('process guards', () => {
  test('a stray rejection and an uncaught exception are logged and the process keeps serving', () => {
    const r = runScript(`
      guardProcess(logger);
      Promise.reject(new TypeError("Cannot read properties of null (reading 'ssl_check')"));
      setTimeout(() => { throw new Error('boom in a timer'); }, 10);
      setTimeout(() => console.log('still serving'), 100);
    `);
    expect(r.stdout).toContain('logged: unhandled promise rejection; still serving');
    expect(r.stdout).toContain('logged: uncaught exception; still serving');
    expect(r.stdout).toContain('still serving\n');
    expect(r.status).toBe(0);
  });

  test('a burst of uncaught exceptions exits non-zero', () => {
    const r = runScript(`
      guardProcess(logger, { maxUncaught: 2 });
      for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error('again'); }, 5 * i);
      setTimeout(() => console.log('should not get here'), 500);
    `);
    expect(r.stdout).toContain('too many uncaught exceptions; exiting');
    expect(r.stdout).not.toContain('should not get here');
    expect(r.status).toBe(1);
  });
});
