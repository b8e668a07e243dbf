import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI } from './helpers/fixtures.ts';

// `pulse eval`: a team checks Pulse on its own questions, in the public eval's format.

const BIN = fileURLToPath(new URL('../bin/pulse.mjs', import.meta.url));
const pulse = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });

const JANUARY = 'How many views did Sunrise Walk get in January 2024?';
let dir = '';
let good = '';
let mixed = '';
let threads = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulse-eval-'));
  // The data path is relative to the set file, as in the public eval.
  const base = { data: relative(dir, MINI), now: '2024-02-29' };
  const write = async (name: string, set: unknown) => {
    const file = join(dir, name);
    await writeFile(file, JSON.stringify({ ...base, ...(set as object) }));
    return file;
  };
  good = await write('good.json', {
    questions: [
      { q: JANUARY, expect: ['175', 'Sunrise Walk', '2024-01-01'] },
      { q: 'hi', expect: [], forbid: ['#NUMBER'] },
    ],
  });
  mixed = await write('mixed.json', {
    questions: [
      { q: JANUARY, expect: ['175'] },
      { q: 'views for Sunrise Walk in January 2024', expect: ['999,999'], forbid: ['Sunrise Walk'] },
    ],
  });
  threads = await write('threads.json', {
    conversations: [
      {
        turns: [
          { q: JANUARY, expect: ['175'] },
          { q: 'what about likes?', expect: ['Sunrise Walk'] },
        ],
      },
    ],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pulse eval', () => {
  it('scores a set in one process and prints the total', () => {
    const r = pulse(['eval', good, '--min', '1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('eval: 2/2 answered correctly (100.0%)');
  });

  it('prints each failure with what is missing or wrong and the answer; exit 1 below --min', () => {
    const r = pulse(['eval', mixed, '--min', '0.9']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^FAIL 2\. views for Sunrise Walk in January 2024 — missing: 999,999 — should not contain: Sunrise Walk — answer: .*Sunrise Walk.*175 views/,
    );
    expect(lines[1]).toBe('eval: 1/2 answered correctly (50.0%)');
    expect(r.stderr).toContain('below --min 90.0%');
    expect(pulse(['eval', mixed, '--min', '0.5']).status).toBe(0);
  });

  it('several files: a line per file and the total; conversations keep their thread', () => {
    const r = pulse(['eval', good, threads, mixed]);
    expect(r.status).toBe(0);
    const scores = r.stdout.split('\n').filter((l) => l.includes('answered correctly'));
    expect(scores).toEqual([
      `${good}: 2/2 answered correctly (100.0%)`,
      `${threads}: 2/2 answered correctly (100.0%)`,
      `${mixed}: 1/2 answered correctly (50.0%)`,
      'eval: 5/6 answered correctly (83.3%)',
    ]);
  });

  it('--json prints one report with every question; --verbose lists passes too', () => {
    const r = pulse(['eval', mixed, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ correct: 1, total: 2, rate: 0.5, min: 0 });
    expect(report.files[0].outcomes.map((o: { pass: boolean }) => o.pass)).toEqual([true, false]);
    expect(pulse(['eval', good, '--verbose']).stdout).toContain(`PASS 1. ${JANUARY}`);
  });

  it('a refused data file is reported and its questions count as wrong; the other sets still run; exit 2', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'version: 1\norganization: { name: X }\n');
    const broken = join(dir, 'broken.json');
    await writeFile(
      broken,
      JSON.stringify({ data: 'broken.yaml', now: '2024-02-29', questions: [{ q: 'views' }] }),
    );
    const r = pulse(['eval', broken, good]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${broken}: data file refused`);
    expect(r.stderr).toContain('broken.yaml: ');
    expect(r.stdout).toContain(`${good}: 2/2 answered correctly (100.0%)`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('eval: 2/3 answered correctly (66.7%)');
  });

  it('a malformed set stops before any question, with its problems; a bad --min is a usage error', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ data: 'x.yaml', now: 'June', questions: [{ expect: [] }] }));
    const r = pulse(['eval', good, bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: now: must be a date YYYY-MM-DD`);
    expect(r.stderr).toContain(`${bad}: questions.0.q:`);
    expect(pulse(['eval', good, '--min', '90']).stderr).toContain('--min must be a score from 0 to 1');
    expect(pulse(['eval']).status).toBe(1);
  });
});
