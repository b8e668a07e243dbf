import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINI } from './helpers/fixtures.ts';

const BIN = fileURLToPath(new URL('../bin/pulse.mjs', import.meta.url));
const pulse = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });

describe('npx pulse (shared/spec/cli.md)', () => {
  it('ask with a question prints the terminal answer and exits 0', () => {
    const r = pulse(['ask', '--data', MINI, '--now', '2024-02-29', 'How many views did Sunrise Walk get?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sunrise Walk got 175 views');
    expect(r.stdout).toContain('data as of 2024-02-05 · mini.yaml');
  });

  it('ask --json in batch mode answers one JSON object per line, in order', () => {
    const r = pulse(
      ['ask', '--data', MINI, '--now', '2024-02-29', '--json'],
      'views for Sunrise Walk\nWhich campaigns are active?\n\nTop videos by views\n',
    );
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual([
      'views for Sunrise Walk',
      'Which campaigns are active?',
      'Top videos by views',
    ]);
    for (const l of lines) {
      expect(typeof l.text).toBe('string');
      expect(Array.isArray(l.blocks)).toBe(true);
    }
    expect(lines[1].text).toContain('Alpha Launch');
  });

  it('ask --thread: the batch is one conversation, so a follow-up continues it; without it each line stands alone', () => {
    const lines = 'How many views did Sunrise Walk get in January 2024?\nwhat about likes?\n';
    const answers = (extra: string[]) =>
      pulse(['ask', '--data', MINI, '--now', '2024-02-29', '--json', ...extra], lines)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l).text as string);
    const [, followUp] = answers(['--thread']);
    expect(followUp).toContain('Sunrise Walk');
    expect(followUp).toContain('January 2024');
    const [, alone] = answers([]);
    expect(alone).not.toContain('Sunrise Walk');
  });

  it('an unanswerable question still exits 0 with a helpful reply', () => {
    const r = pulse(['ask', '--data', MINI, '--now', '2024-02-29', 'views for the Moon Landing video']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/couldn't find/);
  });

  it('digest prints the weekly summary', () => {
    const r = pulse(['digest', '--data', MINI, '--now', '2024-01-16', '--json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.text).toContain('Total views');
    expect(d.text).toContain('205 views');
    // What moved, video by video, and the campaign-level rows on their own line: +35 + 100 = +135.
    expect(d.text).toContain('Sunrise Walk* +35 views (105 vs 70)');
    expect(d.text).toContain('Not attributed to any video (e.g. campaign-level rows): +100 views');
  });

  it('digest --period: a period it does not take is refused with the list it does take', () => {
    const r = pulse(['digest', '--data', MINI, '--now', '2024-01-16', '--period', 'year']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--period must be day, week, or month, got "year"');
    expect(pulse(['digest', '--data', MINI, '--now', '2024-01-16', '--period', 'day']).status).toBe(0);
  });

  it('.env is read by every command the same way: validate and ask both take PULSE_DATA from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-env-'));
    await writeFile(join(dir, '.env'), `PULSE_DATA=${MINI}\nPULSE_STATE_DIR=${dir}\n`);
    const inDir = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 30_000,
      });
    const validate = inDir(['validate']);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^mini\.yaml: valid — 3 metrics/);
    const ask = inDir(['ask', '--now', '2024-02-29', 'How many views did Sunrise Walk get?']);
    expect(ask.stdout).toContain('data as of 2024-02-05 · mini.yaml');
  });

  it('validate: a valid file prints counts and exits 0', () => {
    const r = pulse(['validate', '--data', MINI]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid — 3 metrics, 3 campaigns/);
  });

  it('validate: a broken file lists every error with its location and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-cli-'));
    await writeFile(
      join(dir, 'bad.yaml'),
      `version: 1
organization: { name: X, timezone: UTC }
metrics: [{ id: views, label: Views, kind: flow }]
campaigns: [{ id: c1, name: C, status: active, start: 2024-02-31, colour: red }]
assets: [{ id: a1, campaign: c9, title: T }]
series: [{ file: rows.csv }]
`,
    );
    await writeFile(
      join(dir, 'rows.csv'),
      'date,subject,channel,metric,value\n2024-01-01,a1,,likes,1\n2024-01-01,a1,,views,x\n',
    );
    const r = pulse(['validate', '--data', join(dir, 'bad.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.yaml: campaigns[0].colour: unknown key');
    expect(r.stderr).toContain('bad.yaml: campaigns[0].start: "2024-02-31" is not a real calendar date');
    expect(r.stderr).toContain('bad.yaml: assets[0].campaign: unknown campaign "c9"');
    expect(r.stderr).toContain('rows.csv: line 2, column 4: undefined metric');
    expect(r.stderr).toContain('rows.csv: line 3, column 5: value is not a decimal number');
    const ask = pulse(['ask', '--data', join(dir, 'bad.yaml'), 'views']);
    expect(ask.status).toBe(2);
  });
});
