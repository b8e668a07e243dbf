import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { useImportFixtures } from './import-helpers.ts';

const fx = useImportFixtures();
/** The English export as Studio ships it: a ZIP whose name states the range. */
const ZIP = 'Content 2026-09-14_2026-09-17 Lumen Arts.zip';

async function zipFolder(folder: string, name: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  for (const f of await readdir(fx.path(folder))) files[f] = await readFile(join(fx.path(folder), f));
  await writeFile(fx.path(name), zipSync(files));
}

describe('pulse import youtube-studio (English ZIP)', () => {
  it('daily views per video by any URL form of the id, range totals as snapshots on the range end, channel totals', async () => {
    await zipFolder('youtube-en', ZIP);
    const r = await fx.run('youtube-studio', [ZIP]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const csv = await fx.read('lumen.csv');
    // youtu.be/… and /shorts/… in the catalog; bare ids in the export. "1,850" is 1850; a blank cell is no figure.
    expect(csv).toContain('2026-09-15,lantern-parade,yt-lumen,views,1850\n');
    expect(csv).toContain('2026-09-15,night-choir,yt-lumen,views,410\n');
    expect(csv).not.toContain('2026-09-16,night-choir,yt-lumen,views');
    // The row already in the file is replaced in place.
    expect(csv).toContain('2026-09-14,lantern-parade,yt-lumen,views,1200\n');
    expect(csv).not.toContain(',views,100\n');
    expect(r.out).toMatch(/views +4 added, 1 replaced, 0 unchanged, 2 skipped \(2 not in the catalog\)/);
    // Table data: totals for the range, dated by the ZIP's name, never spread over days; the Total row left out.
    expect(csv).toContain('2026-09-17,lantern-parade,yt-lumen,lifetime-views,3990\n');
    expect(csv).toContain('2026-09-17,night-choir,yt-lumen,ctr,3.4\n');
    expect(r.out).toContain('the Total row is not imported');
    expect(r.out).toMatch(
      /"Watch time \(hours\)" not imported: holds lifetime or range totals, and metric "watch-hours" is a flow/,
    );
    // Totals.csv: the channel's own daily figures.
    expect(csv).toContain('2026-09-16,yt-lumen,,subscribers,11\n');
    expect(r.out).toContain('title: Harvest Market');
    expect(r.out).toContain('yt-lumen: HvMkt2026aB');
    await expect(loadDataFile(fx.path('lumen.yaml'))).resolves.toBeDefined();
  });

  it('bad input: exit 2, every problem with file, line and column, nothing written', async () => {
    const chart = (await fx.read('youtube-en', 'Chart data.csv'))
      .replace(',"1,850"', ',12x')
      .replace('2026-09-16,NcH', '2026-13-16,NcH');
    await fx.write('youtube-en/Chart data.csv', chart);
    await zipFolder('youtube-en', ZIP);
    const before = await fx.read('lumen.csv');
    const r = await fx.run('youtube-studio', [ZIP]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${ZIP}/Chart data.csv: line 3, column 6 (Views): "12x" is not a number`);
    expect(r.err).toContain(`${ZIP}/Chart data.csv: line 7, column 1 (Date): "2026-13-16" is not a date`);
    expect(await fx.read('lumen.csv')).toBe(before);
  });

  it('an unknown layout or a missing id column is refused, located', async () => {
    await fx.write('youtube-en/Chart data.csv', 'Day,Video title,Views\n2026-09-14,Lantern Parade,3\n');
    await fx.write('youtube-en/Totals.csv', 'When,Subscribers\n2026-09-14,12\n');
    const r = await fx.run('youtube-studio', ['youtube-en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('youtube-en/Chart data.csv: line 1: missing column Content (the video id)');
    expect(r.err).toMatch(/youtube-en\/Totals\.csv: line 1: not a YouTube Studio export/);
  });
});

describe('pulse import youtube-studio (Simplified Chinese folder)', () => {
  it('reads Chinese headers and dates, matches by exact title, and --add-assets appends the new video', async () => {
    const yamlBefore = await fx.read('lumen.yaml');
    const r = await fx.run('youtube-studio', ['youtube-zh'], '--add-assets');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"观看时长（小时）" → watch-hours');
    expect(r.out).toContain('"观看次数" → lifetime-views');
    expect(r.out).toContain('"展示次数点击率 (%)" → ctr');
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2026-09-14,lantern-parade,yt-lumen,watch-hours,1020.5\n');
    // 光影之夜 has no external id in the catalog: its exact title finds it.
    expect(csv).toContain('2026-09-15,light-night-zh,yt-lumen,watch-hours,35\n');
    // No range in the names: totals are dated by the export's last daily row.
    expect(csv).toContain('2026-09-15,lantern-parade,yt-lumen,lifetime-views,4100\n');
    // The new video joins the one campaign running on its publish day; the rest of the YAML is untouched.
    const yaml = await fx.read('lumen.yaml');
    expect(yaml.startsWith(yamlBefore.slice(0, yamlBefore.indexOf('series:')))).toBe(true);
    expect(yaml).toContain(
      "  - id: youtube-xin5hip1n01\n    campaign: autumn-lights\n    title: 秋日市集\n    published: '2026-09-15'\n    channels: [yt-lumen]\n    external_ids:\n      yt-lumen: Xin5hiP1n01\nseries:\n",
    );
    expect(yaml).toContain('# Known on YouTube by a short link');
    expect(csv).toContain('2026-09-15,youtube-xin5hip1n01,yt-lumen,watch-hours,12\n');
    await expect(loadDataFile(fx.path('lumen.yaml'))).resolves.toBeDefined();
  });

  it('bad numbers in a Chinese export are located by their Chinese header', async () => {
    const table = (await fx.read('youtube-zh', '表格数据.csv')).replace('"1,200"', '一千二');
    await fx.write('youtube-zh/表格数据.csv', table);
    const r = await fx.run('youtube-studio', ['youtube-zh']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('youtube-zh/表格数据.csv: line 4, column 5 (观看次数): "一千二" is not a number');
  });
});
