import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportKindsOf } from '../../src/adapters/import/detect-export-kind.ts';
import { readExportFiles } from '../../src/adapters/import/export-files.ts';

// The Slack import tells an export's kind from the file itself; these are the documented layouts' own files.

const FIXTURES = fileURLToPath(new URL('../fixtures/imports/', import.meta.url));
const kinds = async (...paths: string[]) =>
  exportKindsOf(await readExportFiles(paths.map((p) => FIXTURES + p)));
const fileOf = (name: string, text: string) => [{ file: name, name, names: [name], text }];

describe('exportKindsOf', () => {
  it.each([
    ['youtube-en/Chart data.csv', 'youtube-studio'],
    ['youtube-en', 'youtube-studio'],
    ['youtube-zh/图表数据.csv', 'youtube-studio'],
    ['meta/Sep-01-2026_Sep-30-2026_17841400000000001.csv', 'meta'],
    ['meta/instagram-account-insights.csv', 'meta'],
    ['tiktok/Overview.csv', 'tiktok'],
    ['tiktok/FollowerHistory.csv', 'tiktok'],
    ['x/account_overview_analytics.csv', 'x'],
    ['csv/long.csv', 'csv'],
  ])('%s is %s', async (path, kind) => {
    expect(await kinds(path)).toEqual([kind]);
  });

  it('reads a Studio ZIP by the files inside it', async () => {
    const zip = zipSync({ 'Chart data.csv': await readFile(`${FIXTURES}youtube-en/Chart data.csv`) });
    const dir = await mkdtemp(join(tmpdir(), 'pulse-detect-'));
    const path = join(dir, 'Content 2026-09-14_2026-09-20.zip');
    await writeFile(path, zip);
    expect(exportKindsOf(await readExportFiles([path]))).toEqual(['youtube-studio']);
    await rm(dir, { recursive: true });
  });

  it('renamed exports are known by their headers', () => {
    expect(exportKindsOf(fileOf('a.csv', 'Date,Video Views,Profile Views,Likes\nOctober 1,5,1,2\n'))).toEqual(
      ['tiktok'],
    );
    expect(exportKindsOf(fileOf('b.csv', 'Date,Impressions,Engagements\n2025-11-03,1,2\n'))).toEqual(['x']);
  });

  it('a file no kind is sure of gets no guess', async () => {
    expect(await kinds('csv/wide.csv')).toEqual([]);
    expect(exportKindsOf(fileOf('figures.csv', 'Date,Likes\n2025-11-03,1\n'))).toEqual([]);
  });
});
