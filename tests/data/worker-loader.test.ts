import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFile, loadDataSources } from '../../src/adapters/data/load-data-file.ts';
import { loadSourcesInWorker } from '../../src/adapters/data/worker-loader.ts';
import { DataError } from '../../src/core/errors.ts';

// A reload of a large file parses on a worker thread: the main thread, which acks every Slack request, stays
// free, and the dataset that comes back is the one the main thread would have built.

const ASSETS = 150;
const DAYS = 730;
let dir = '';
let big = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pulse-worker-'));
  const assets = Array.from(
    { length: ASSETS },
    (_, i) => `  - { id: v${i}, campaign: c1, title: Video ${i}, published: 2022-01-01, channels: [yt] }`,
  );
  big = join(dir, 'big.yaml');
  writeFileSync(
    big,
    [
      'version: 1',
      'organization: { name: Big Org, timezone: UTC }',
      'metrics:',
      '  - { id: views, label: Views, kind: flow }',
      '  - { id: likes, label: Likes, kind: flow }',
      'campaigns:',
      '  - { id: c1, name: Campaign One, status: active, start: 2022-01-01 }',
      'channels:',
      '  - { id: yt, platform: youtube, handle: BigTube }',
      'assets:',
      ...assets,
      'series:',
      '  - file: big.csv',
      '',
    ].join('\n'),
  );
  const rows = ['date,subject,channel,metric,value'];
  const start = Date.UTC(2022, 0, 1);
  for (let d = 0; d < DAYS; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < ASSETS; i++)
      rows.push(`${date},v${i},yt,views,${(i * 7 + d) % 997}`, `${date},v${i},yt,likes,${d % 13}`);
  }
  writeFileSync(join(dir, 'big.csv'), `${rows.join('\n')}\n`);
});

describe('loading on a worker thread', () => {
  test('the worker builds the same dataset as the main thread', async () => {
    const [here, { dataset: there }] = await Promise.all([loadDataFile(big), loadSourcesInWorker(big)]);
    expect(there.meta).toEqual(here.meta);
    expect(there.series).toHaveLength(here.series.length);
    expect(there.catalog).toEqual(here.catalog);
    const total = (ds: typeof here) => ds.series.reduce((sum, t) => sum + t.series.sum(0, 1e9), 0);
    expect(total(there)).toBe(total(here));
    expect(there.lastDay).toBe(here.lastDay);
  }, 60_000);

  test('asks the main thread for a live URL, which keeps its copies, and sees its failures', async () => {
    const file = join(dir, 'live.yaml');
    writeFileSync(
      file,
      readFileSync(big, 'utf8').replace('  - file: big.csv', '  - url: http://127.0.0.1:9/sheet.csv'),
    );
    const sheet = 'date,subject,channel,metric,value\n2024-01-01,v1,yt,views,1234\n';
    const asked: string[] = [];
    const live = async (entry: { url: string }) => {
      asked.push(entry.url);
      return sheet;
    };
    const [here, there] = await Promise.all([
      loadDataSources(file, { live }),
      loadSourcesInWorker(file, { live }),
    ]);
    expect(asked).toEqual(['http://127.0.0.1:9/sheet.csv', 'http://127.0.0.1:9/sheet.csv']);
    expect(there.dataset.series.map((t) => t.series.sum(0, 1e9))).toEqual([1234]);
    expect(there.live).toEqual(here.live);
    expect(there.reach).toEqual(here.reach);

    const refused = new DataError([{ file: 'sheet', where: 'line 2', message: 'bad row' }]);
    const failing = async () => {
      throw refused;
    };
    const a = await loadDataSources(file, { live: failing }).catch((e: unknown) => e);
    const b = await loadSourcesInWorker(file, { live: failing }).catch((e: unknown) => e);
    expect(b).toBeInstanceOf(DataError);
    expect((b as DataError).issues).toEqual((a as DataError).issues);
  }, 60_000);

  test('a refused file comes back as the same located DataError', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'version: 1\nmetrics: [{ id: views }]\n');
    const here = await loadDataFile(broken).catch((e: unknown) => e);
    const there = await loadSourcesInWorker(broken).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(DataError);
    expect((there as DataError).issues).toEqual((here as DataError).issues);
  });
});
