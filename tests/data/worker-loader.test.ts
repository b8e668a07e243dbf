import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { loadInWorker } from '../../src/adapters/data/worker-loader.ts';
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

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function maxLag(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  await work();
  clearInterval(timer);
  return worst;
}

describe('loading on a worker thread', () => {
  test('the worker builds the same dataset as the main thread', async () => {
    const [here, there] = await Promise.all([loadDataFile(big), loadInWorker(big)]);
    expect(there.meta).toEqual(here.meta);
    expect(there.series).toHaveLength(here.series.length);
    expect(there.catalog).toEqual(here.catalog);
    const total = (ds: typeof here) => ds.series.reduce((sum, t) => sum + t.series.sum(0, 1e9), 0);
    expect(total(there)).toBe(total(here));
    expect(there.lastDay).toBe(here.lastDay);
  }, 60_000);

  test('a reload of ~220,000 rows leaves the event loop free', async () => {
    const source = await FileDataSource.open(big, loadInWorker);
    const lag = await maxLag(() => source.reload());
    expect(source.lastError()).toBeUndefined();
    expect(lag).toBeLessThan(60);
  }, 60_000);

  test('a refused file comes back as the same located DataError', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'version: 1\nmetrics: [{ id: views }]\n');
    const here = await loadDataFile(broken).catch((e: unknown) => e);
    const there = await loadInWorker(broken).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(DataError);
    expect((there as DataError).issues).toEqual((here as DataError).issues);
  });
});
