import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The real console (`npm start` without Slack tokens) over a persistent state dir: context belongs to one
// console session, so a restart starts a new conversation even though the store file survives.

const BIN = fileURLToPath(new URL('../bin/pulse.mjs', import.meta.url));
const HARBOURVIEW = fileURLToPath(new URL('../../shared/eval/public/harbourview.yaml', import.meta.url));

let stateDir: string | undefined;
afterEach(async () => {
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
  stateDir = undefined;
});

/** One console session: its lines on stdin, then end of input (Ctrl-D) closes it. */
function consoleSession(dir: string, lines: string[]) {
  return spawnSync(process.execPath, [BIN, 'start', '--data', HARBOURVIEW, '--now', '2024-06-27'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    // The temp dir as working directory too, so a developer's .env (Slack tokens, REDIS_URL) is never read.
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', PULSE_STATE_DIR: dir, LOG_LEVEL: 'warn' },
    timeout: 30_000,
  });
}

describe('console sessions (npm start without Slack)', () => {
  it('follow-ups continue within a session; a restart with the same state dir starts afresh', async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'pulse-console-'));
    const first = consoleSession(stateDir, [
      'Top 3 videos by likes in 2024',
      'How many views did Neon Bridges get in May 2024?',
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Street Food Tour with Chef Marta');
    expect(first.stdout).toContain('185,897');

    const second = consoleSession(stateDir, ['views in May 2024']);
    expect(second.status).toBe(0);
    // The organisation's May, not Neon Bridges' (185,897) carried over from the previous session.
    expect(second.stdout).toContain('1,864,671');
    expect(second.stdout).not.toContain('185,897');

    // Both sessions kept their context in the store, each under its own key.
    const stored = await readFile(join(stateDir, 'pulse-store.json'), 'utf8');
    const sessions = new Set(stored.match(/thread:console:[\w-]+/g));
    expect(sessions.size).toBe(2);
  }, 60_000);

  it('help text keeps its code verbatim: the cron example keeps its asterisks', async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'pulse-console-'));
    const r = consoleSession(stateDir, ['/pulse digest subscribe']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('`digest subscribe cron "0 9 * * 1-5"`');
  });
});
