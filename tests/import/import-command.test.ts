import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/adapters/cli/import-command.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { useImportFixtures } from './import-helpers.ts';

const fx = useImportFixtures();

describe('pulse import: the command', () => {
  it('--dry-run prints the summary and writes nothing', async () => {
    const [yaml, csv] = [await fx.read('lumen.yaml'), await fx.read('lumen.csv')];
    const r = await fx.run('youtube-studio', ['youtube-zh'], '--dry-run', '--add-assets');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/watch-hours +5 added/);
    expect(r.out).toContain('Dry run: nothing written.');
    expect(await fx.read('lumen.yaml')).toBe(yaml);
    expect(await fx.read('lumen.csv')).toBe(csv);
  });

  it('a newer export of the same days replaces those rows; the same export again changes nothing', async () => {
    await fx.run('x', ['x/account_overview_analytics.csv']);
    const newer = (await fx.read('x', 'account_overview_analytics.csv')).replace('12045,88', '12999,88');
    await fx.write('x/account_overview_analytics.csv', newer);
    const r = await fx.run('x', ['x/account_overview_analytics.csv']);
    expect(r.out).toMatch(/impressions +0 added, 1 replaced, 2 unchanged, 0 skipped/);
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2025-11-03,x-lumen,,impressions,12999\n');
    expect(csv).not.toContain('12045');
    const again = await fx.run('x', ['x/account_overview_analytics.csv']);
    expect(again.out).toContain('Nothing to write');
    expect(await fx.read('lumen.csv')).toBe(csv);
    // Atomic writes leave no temporary file behind.
    expect((await readdir(fx.path())).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a data file without a series CSV gets one, named after it, and its include', async () => {
    const json = JSON.parse(JSON.stringify(await loadJson(fx.path('lumen.yaml'))));
    delete json.series;
    await writeFile(fx.path('team.json'), `${JSON.stringify(json, null, 2)}\n`);
    const out: string[] = [];
    const code = await runImport(
      ['x', fx.path('x/account_overview_analytics.csv'), '--data', fx.path('team.json')],
      {
        out: (l) => out.push(l),
        err: (l) => out.push(l),
      },
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Wrote team.json and team-series.csv.');
    expect(JSON.parse(await fx.read('team.json')).series).toEqual([{ file: 'team-series.csv' }]);
    expect(await fx.read('team-series.csv')).toMatch(
      /^date,subject,channel,metric,value\n2025-11-01,x-lumen,,follows,21\n/,
    );
    const ds = await loadDataFile(fx.path('team.json'));
    expect(ds.series.length).toBeGreaterThan(0);
  });

  it('usage problems exit 1; a missing file exits 2 naming it; a broken data file exits 2', async () => {
    const io = { out: () => {}, err: () => {} };
    expect(await runImport(['instagram', 'a.csv'], io)).toBe(1);
    expect(await runImport(['tiktok'], io)).toBe(1);
    expect(await runImport(['tiktok', 'a.csv', '--year', '25'], io)).toBe(1);
    const missing = await fx.run('tiktok', ['tiktok/Nope.csv'], '--year', '2027');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Nope.csv: (file): cannot be read (ENOENT)');
    await fx.write('lumen.csv', 'date,subject,channel,metric,value\n2026-09-01,nobody,,views,1\n');
    const broken = await fx.run('tiktok', ['tiktok/Overview.csv'], '--year', '2027');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(
      'lumen.csv: line 2, column 2: unknown subject (not an asset, channel or campaign id)',
    );
  });

  it('--add-assets with several campaigns and no date to choose by asks for --campaign', async () => {
    const yaml = (await fx.read('lumen.yaml')).replace('    start: 2026-09-01\n', '    start: 2026-09-18\n');
    await fx.write('lumen.yaml', yaml);
    const r = await fx.run('youtube-studio', ['youtube-zh'], '--add-assets');
    expect(r.code).toBe(0);
    expect(r.out).toContain('name their campaign with --campaign ID to add them');
    expect(r.out).toContain('campaign: null # one of: spring-sounds, autumn-lights');
    const chosen = await fx.run(
      'youtube-studio',
      ['youtube-zh'],
      '--add-assets',
      '--campaign',
      'autumn-lights',
    );
    expect(chosen.out).toContain('Added to the catalog in lumen.yaml: youtube-xin5hip1n01 (autumn-lights)');
  });
});

async function loadJson(path: string): Promise<Record<string, unknown>> {
  const { parse } = await import('yaml');
  return parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}
