import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The public import fixture (shared/eval/public/imports), end to end through `npx pulse`: a YouTube Studio ZIP
// and a TikTok overview into a temporary copy, then the questions of its expected.json.

const BIN = fileURLToPath(new URL('../../bin/pulse.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../../shared/eval/public/imports/', import.meta.url));

interface Expected {
  now: string;
  youtube: {
    q: string;
    expect: string[];
    campaign_q: string;
    campaign_expect: string[];
    unknown_title: string;
  };
  tiktok: { q: string; expect: string[]; year: number };
}

let dir: string;
let expected: Expected;
const pulse = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000,
  });
const data = () => join(dir, 'riverside.yaml');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulse-import-'));
  // Copied as new files: the fixture's own are read-only.
  for (const name of await readdir(FIXTURE))
    await writeFile(join(dir, name), await readFile(join(FIXTURE, name)));
  expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('pulse import on the public fixture', () => {
  it('imports the Studio ZIP, lists the video the catalog lacks with a ready-to-paste entry', () => {
    const r = pulse('import', 'youtube-studio', 'youtube-studio-views.zip', '--data', data());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /views +42 added, 0 replaced, 0 unchanged, 11 skipped \(11 not in the catalog\)/,
    );
    const paste = r.stdout.slice(r.stdout.indexOf('Not in the catalog'));
    expect(paste).toContain(`title: ${expected.youtube.unknown_title}`);
    expect(paste).toContain("published: '2025-06-05'");
    expect(paste).toContain('yt-riverside: Nw9xQ4rTz1M');
    expect(paste).toContain('campaign: summer-nights');
  });

  it('a second import of the same ZIP leaves the series CSV byte-identical', async () => {
    const before = await readFile(join(dir, 'series.csv'));
    const r = pulse('import', 'youtube-studio', 'youtube-studio-views.zip', '--data', data());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/views +0 added, 0 replaced, 42 unchanged/);
    expect(r.stdout).toContain('Nothing to write');
    expect((await readFile(join(dir, 'series.csv'))).equals(before)).toBe(true);
  });

  it('TikTok dates have no year: refused (located) without --year, imported with it', async () => {
    const before = await readFile(join(dir, 'series.csv'), 'utf8');
    const refused = pulse('import', 'tiktok', 'Overview.csv', '--data', data());
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Overview\.csv: line 2, column 1 \(Date\): "June 2" has no year/);
    expect(await readFile(join(dir, 'series.csv'), 'utf8')).toBe(before);
    const r = pulse(
      'import',
      'tiktok',
      'Overview.csv',
      '--year',
      String(expected.tiktok.year),
      '--data',
      data(),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"Video Views" → views');
    expect(r.stdout).toMatch(/"Profile Views" not imported: no metric is called that/);
  });

  it('the merged file validates and answers the expected questions', () => {
    expect(pulse('validate', '--data', data()).status).toBe(0);
    const asks: [string, string[]][] = [
      [expected.youtube.q, expected.youtube.expect],
      [expected.youtube.campaign_q, expected.youtube.campaign_expect],
      [expected.tiktok.q, expected.tiktok.expect],
    ];
    for (const [q, figures] of asks) {
      const r = pulse('ask', '--data', data(), '--now', expected.now, q);
      expect(r.status).toBe(0);
      for (const f of figures) expect(r.stdout, q).toContain(f);
    }
  });
});
