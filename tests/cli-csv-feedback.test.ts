import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyValueFeedbackStore } from '../src/adapters/store/feedback-store.ts';
import { FileStore } from '../src/adapters/store/file-store.ts';
import type { Feedback } from '../src/core/ports.ts';
import { MINI } from './helpers/fixtures.ts';
import { TOP_PLAN } from './store/feedback-contract.ts';

// `pulse ask --csv`, the console's `--csv FILE`, and `pulse feedback` over a real state dir, as a user runs them.

const BIN = fileURLToPath(new URL('../bin/pulse.mjs', import.meta.url));
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs the CLI in a temp dir (so no developer .env is read) with its state there too. */
const pulse = (cwd: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', PULSE_STATE_DIR: cwd, LOG_LEVEL: 'warn' },
    timeout: 30_000,
  });

// Outside Slack no channel sees Beta Nights (February's views): January's weeks are a1 and Alpha's own row.
const WEEKS_CSV = 'week starting,Views\r\n2024-01-01,70\r\n2024-01-08,205\r\n';

describe('CSV from the command line', () => {
  it('ask --csv writes the answer table with exact figures and ISO dates, and says so on stderr', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-csv-'));
    const r = pulse(dir, [
      'ask',
      '--data',
      MINI,
      '--now',
      '2024-02-29',
      '--json',
      '--csv',
      'weeks.csv',
      'views by week in January',
    ]);
    expect(r.status).toBe(0);
    // stdout stays one JSON answer.
    expect(JSON.parse(r.stdout.trim()).question).toBe('views by week in January');
    expect(r.stderr).toContain('CSV written to weeks.csv (2 rows).');
    expect(await readFile(join(dir, 'weeks.csv'), 'utf8')).toBe(WEEKS_CSV);
  });

  it('ask --csv needs one question, not a batch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-csv-'));
    const r = pulse(dir, ['ask', '--data', MINI, '--csv', 'x.csv'], 'views\nlikes\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--csv');
  });

  it('the console writes a CSV for a question ending in --csv FILE', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-csv-'));
    const r = pulse(
      dir,
      ['start', '--data', MINI, '--now', '2024-02-29'],
      'views by week in January --csv weeks.csv\nhi --csv none.csv\n',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Views by week');
    expect(r.stdout).toContain('CSV written to weeks.csv (2 rows).');
    expect(r.stdout).toContain('No table in this answer: none.csv not written.');
    expect(await readFile(join(dir, 'weeks.csv'), 'utf8')).toBe(WEEKS_CSV);
  }, 60_000);
});

describe('pulse feedback', () => {
  const plan: Feedback['plan'] = {
    op: 'help',
    unknown: ['blorf'],
    suggestions: [],
    reason: 'not-understood',
  };
  const verdicts: Feedback[] = [
    {
      question: 'blorf views',
      plan,
      verdict: 'down',
      user: 'U1',
      channel: 'C1',
      ts: '1.1',
      at: '2024-06-03T09:00:00.000Z',
    },
    {
      question: 'top 5 videos in May',
      plan: TOP_PLAN,
      planned: 'top 5 videos by views, May 2024',
      verdict: 'down',
      user: 'U2',
      channel: 'C1',
      ts: '2.1',
      at: '2024-06-05T09:00:00.000Z',
    },
    {
      question: 'views last week',
      plan,
      verdict: 'up',
      user: 'U1',
      channel: 'C1',
      ts: '3.1',
      at: '2024-06-04T09:00:00.000Z',
    },
  ];

  async function seeded(): Promise<string> {
    const d = await mkdtemp(join(tmpdir(), 'pulse-feedback-'));
    const store = new FileStore({ stateDir: d });
    const feedback = new KeyValueFeedbackStore(store);
    for (const v of verdicts) await feedback.record(v);
    await store.close();
    return d;
  }

  it('lists the 👎 newest first: date, question, how it was planned', async () => {
    dir = await seeded();
    const r = pulse(dir, ['feedback']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '2 answers marked 👎, newest first:',
      '2024-06-05  "top 5 videos in May"  → top 5 videos by views, May 2024  (C1, U2)',
      '2024-06-03  "blorf views"  → no figure (not-understood, words not understood: blorf)  (C1, U1)',
    ]);
  });

  it('--all adds the 👍; --json prints one verdict per line with its plan', async () => {
    dir = await seeded();
    const all = pulse(dir, ['feedback', '--all']);
    expect(all.stdout).toContain('3 verdicts, newest first:');
    expect(all.stdout).toContain('👍 "views last week"');
    const json = pulse(dir, ['feedback', '--json'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(json.map((f) => f.question)).toEqual(['top 5 videos in May', 'blorf views']);
    expect(json[0].plan).toMatchObject({ op: 'top', n: 5 });
  });

  it('says so when there is nothing yet', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-feedback-'));
    const r = pulse(dir, ['feedback']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('No answers marked 👎 yet.');
  });
});
