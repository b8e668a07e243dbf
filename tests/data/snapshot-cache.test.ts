import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFile } from '../../src/adapters/data/content-digest.ts';
import { loadDataSources } from '../../src/adapters/data/load-data-file.ts';
import { decodeSnapshot, encodeSnapshot, snapshotKey } from '../../src/adapters/data/snapshot.ts';
import { readSnapshot, snapshotPathFor } from '../../src/adapters/data/snapshot-cache.ts';
import { loadSourcesInWorker } from '../../src/adapters/data/worker-loader.ts';
import { Dataset } from '../../src/core/model/dataset.ts';
import { inMemory, Series } from '../../src/core/model/series-store.ts';
import { BASE } from '../helpers/data-yaml.ts';

// The snapshot cache (<stateDir>/snapshots): a load from it gives the very dataset the files give; a changed,
// touched-back or corrupted input is never trusted; a state folder that cannot be written never fails a load.

const YAML = `${BASE.replace('metrics:\n', 'metrics:\n  - { id: likes, label: Likes, kind: flow }\n')}series:
  - { date: 2024-01-03, subject: c1, metric: likes, value: 4 }
  - file: rows.csv
  - file: more.csv
`;
const HEADER = 'date,subject,channel,metric,value\n';
const ROWS = `${HEADER}2024-01-06,a1,yt,views,12\n2024-01-05,a1,yt,views,7.25\n2024-01-05,c1,,likes,-3\n`;
const MORE = `${HEADER}2024-01-07,yt,,views,5\n2024-01-08,a1,,views,"6"\n`;
/** A fixed mtime, so a forged one can be set back exactly. */
const MTIME = new Date('2024-05-01T00:00:00Z');

async function folder(): Promise<{ data: string; snapshots: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pulse-snap-'));
  await writeFile(join(dir, 'data.yaml'), YAML);
  for (const [name, text] of [
    ['rows.csv', ROWS],
    ['more.csv', MORE],
  ] as const) {
    await writeFile(join(dir, name), text);
    await utimes(join(dir, name), MTIME, MTIME);
  }
  return { data: join(dir, 'data.yaml'), snapshots: join(dir, 'state', 'snapshots'), dir };
}

/** Every figure a reader can ask of every series. */
function figures(ds: Dataset) {
  return ds.series.map(({ series }) => {
    const s = inMemory(series);
    return {
      ids: [s.subject, s.channel, s.metric],
      days: [...s.days],
      values: [...s.values],
      prefix: [...s.prefix],
      sum: s.sum(0, 30_000),
      at: s.at(30_000),
      first: s.first,
      last: s.last,
    };
  });
}

describe('the snapshot cache', () => {
  it('round-trips to an identical dataset, and is what the next load reads', async () => {
    const { data, snapshots } = await folder();
    const cold = await loadDataSources(data, { snapshots });
    expect(await readdir(snapshots)).toHaveLength(1);
    const text = await readFile(data, 'utf8');
    const warm = await readSnapshot(snapshots, data, text);
    expect(warm).toBeDefined();
    if (!warm) return;
    expect(figures(warm.dataset)).toEqual(figures(cold.dataset));
    expect(warm.dataset.catalog).toEqual(cold.dataset.catalog);
    expect(warm.dataset.meta).toEqual(cold.dataset.meta);
    expect(warm.reach).toEqual(cold.reach);
    expect(warm.dataset.series.map((t) => ({ ...t, series: undefined }))).toEqual(
      cold.dataset.series.map((t) => ({ ...t, series: undefined })),
    );
    const again = await loadDataSources(data, { snapshots });
    expect(figures(again.dataset)).toEqual(figures(cold.dataset));
    expect(again.dataset.meta.version).toBe(cold.dataset.meta.version);
  });

  it('loads without a snapshot as it always did (no state folder)', async () => {
    const { data, snapshots } = await folder();
    const plain = await loadDataSources(data);
    const cached = await loadDataSources(data, { snapshots });
    expect(figures(plain.dataset)).toEqual(figures(cached.dataset));
    expect(plain.dataset.meta.version).toBe(cached.dataset.meta.version);
  });

  it('sees a CSV changed under the same size and mtime, and loads the new figures', async () => {
    const { data, snapshots, dir } = await folder();
    const before = await loadDataSources(data, { snapshots });
    const csv = join(dir, 'rows.csv');
    const forged = ROWS.replace('7.25', '8.25');
    expect(forged.length).toBe(ROWS.length);
    await writeFile(csv, forged);
    await utimes(csv, MTIME, MTIME);
    expect((await stat(csv)).mtimeMs).toBe(MTIME.getTime());
    expect(await readSnapshot(snapshots, data, await readFile(data, 'utf8'))).toBeUndefined();
    const after = await loadDataSources(data, { snapshots });
    expect(after.dataset.meta.version).not.toBe(before.dataset.meta.version);
    const views = after.dataset.series.find((t) => t.series.subject === 'a1' && t.series.channel === 'yt');
    expect(views?.series.sum(0, 30_000)).toBe(20.25);
    // The rebuilt snapshot holds the new figures.
    const warm = await readSnapshot(snapshots, data, await readFile(data, 'utf8'));
    expect(warm && figures(warm.dataset)).toEqual(figures(after.dataset));
  });

  it('hashes a CSV only when its inode says it may have changed since its digest', async () => {
    const { data, snapshots, dir } = await folder();
    const loaded = await loadDataSources(data, { snapshots });
    const text = await readFile(data, 'utf8');
    let hashed = 0;
    const digest = (path: string) => {
      hashed++;
      return digestFile(path);
    };
    // Written just now, so within the racy window of its own digest: both CSVs are hashed again.
    expect(await readSnapshot(snapshots, data, text, { digest })).toBeDefined();
    expect(hashed).toBe(2);
    // Long settled (a window that vouches for any change time before the digest): none is.
    hashed = 0;
    const warm = await readSnapshot(snapshots, data, text, { digest, racyMs: -60_000 });
    expect(warm && figures(warm.dataset)).toEqual(figures(loaded.dataset));
    expect(hashed).toBe(0);
    // A write, even with size and mtime forged back, moves the change time: that CSV is hashed, and refused.
    const csv = join(dir, 'rows.csv');
    await writeFile(csv, ROWS.replace('7.25', '8.25'));
    await utimes(csv, MTIME, MTIME);
    expect(await readSnapshot(snapshots, data, text, { digest, racyMs: -60_000 })).toBeUndefined();
    expect(hashed).toBe(1);
  });

  it('sees a changed data file', async () => {
    const { data, snapshots } = await folder();
    await loadDataSources(data, { snapshots });
    const text = YAML.replace('value: 4', 'value: 5');
    await writeFile(data, text);
    expect(await readSnapshot(snapshots, data, text)).toBeUndefined();
    const after = await loadDataSources(data, { snapshots });
    const likes = after.dataset.series.find((t) => t.series.subject === 'c1' && t.series.metric === 'likes');
    expect(likes?.series.sum(0, 30_000)).toBe(2);
  });

  it.each([
    [
      'a flipped byte in the payload',
      (b: Buffer) => b.writeUInt8(b.readUInt8(b.length - 3) ^ 0xff, b.length - 3),
    ],
    ['a torn file', (b: Buffer) => b.subarray(0, b.length - 9)],
    ['another format', (b: Buffer) => b.writeUInt8(99, 7)],
    ['not a snapshot at all', () => Buffer.from('hello')],
  ])('rebuilds a corrupt snapshot: %s', async (_, corrupt) => {
    const { data, snapshots } = await folder();
    const cold = await loadDataSources(data, { snapshots });
    const path = snapshotPathFor(snapshots, data);
    const bytes = await readFile(path);
    const changed = corrupt(bytes);
    await writeFile(path, Buffer.isBuffer(changed) ? changed : bytes);
    const text = await readFile(data, 'utf8');
    expect(await readSnapshot(snapshots, data, text)).toBeUndefined();
    const again = await loadDataSources(data, { snapshots });
    expect(figures(again.dataset)).toEqual(figures(cold.dataset));
    expect(await readSnapshot(snapshots, data, text)).toBeDefined();
  });

  it('still loads when the state folder cannot be written', async () => {
    const { data, dir } = await folder();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const snapshots = join(dir, 'not-a-folder', 'snapshots');
    const loaded = await loadDataSources(data, { snapshots });
    expect(loaded.dataset.series.length).toBeGreaterThan(0);
  });

  it('is neither read nor written for pending texts (an import validating)', async () => {
    const { data, snapshots, dir } = await folder();
    await loadDataSources(data, { snapshots });
    const pending = new Map([[join(dir, 'rows.csv'), `${HEADER}2024-01-06,a1,yt,views,100\n`]]);
    const checked = await loadDataSources(data, { snapshots, pending });
    const views = checked.dataset.series.find((t) => t.series.subject === 'a1' && t.series.channel === 'yt');
    expect(views?.series.sum(0, 30_000)).toBe(100);
    // The snapshot still holds the files' figures.
    const warm = await readSnapshot(snapshots, data, await readFile(data, 'utf8'));
    const held = warm?.dataset.series.find((t) => t.series.subject === 'a1' && t.series.channel === 'yt');
    expect(held?.series.sum(0, 30_000)).toBe(19.25);
  });

  it('is not written for a file with live URL series', async () => {
    const { data, snapshots } = await folder();
    await writeFile(data, `${YAML}  - url: https://example.test/sheet.csv\n`);
    const loaded = await loadDataSources(data, {
      snapshots,
      live: async () => `${HEADER}2024-01-09,a1,yt,views,1\n`,
    });
    expect(loaded.live).toHaveLength(1);
    await expect(readdir(snapshots)).rejects.toThrow();
  });

  it('serves a load on the worker thread (a reload in a bot) from the same snapshots', async () => {
    const { data, snapshots } = await folder();
    const main = await loadDataSources(data);
    const written = await loadSourcesInWorker(data, { snapshots });
    expect(await readdir(snapshots)).toHaveLength(1);
    const read = await loadSourcesInWorker(data, { snapshots });
    expect(figures(written.dataset)).toEqual(figures(main.dataset));
    expect(figures(read.dataset)).toEqual(figures(main.dataset));
    expect(read.dataset.meta).toEqual(main.dataset.meta);
  });

  it('encodes series held in arrays of their own as it does views of one buffer', async () => {
    const { data, snapshots } = await folder();
    const cold = (await loadDataSources(data, { snapshots })).dataset;
    const own = new Dataset(
      cold.catalog,
      cold.series.map(({ series }) => {
        const s = inMemory(series);
        return new Series(s.subject, s.channel, s.metric, s.days.slice(), s.values.slice());
      }),
      cold.meta,
    );
    const key = { path: data, text: 'x', files: [] };
    const [a, b] = [cold, own].map((ds) => Buffer.concat(encodeSnapshot(key, ds, [])));
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
    const found = snapshotKey(Buffer.from(new Uint8Array(b ?? [])));
    expect(found && figures(decodeSnapshot(found.payload).dataset)).toEqual(figures(cold));
  });
});
