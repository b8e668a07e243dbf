import { describe, expect, it } from 'vitest';
import { useImportFixtures } from './import-helpers.ts';

const fx = useImportFixtures();

describe('pulse import csv', () => {
  it('long layout: subjects by title, URL, campaign name or id; channels by handle; metrics by alias', async () => {
    const r = await fx.run('csv', ['csv/long.csv']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"Plays" → views');
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2026-09-20,lantern-parade,yt-lumen,views,1500\n');
    expect(csv).toContain('2026-09-20,night-choir,yt-lumen,views,620\n');
    expect(csv).toContain('2026-09-20,autumn-lights,,likes,75\n');
    expect(csv).toContain('2026-09-20,tt-lumen,,followers,5600\n');
  });

  it('wide layout with a mapping file: its date, subject and columns, and decimal commas', async () => {
    const r = await fx.run('csv', ['csv/wide.csv', 'csv/wide-mapping.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"Kommentare" not imported/);
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2026-09-21,lantern-parade,yt-lumen,views,1234\n');
    expect(csv).toContain('2026-09-21,lantern-parade,yt-lumen,watch-hours,12.5\n');
    expect(csv).toContain('2026-09-22,night-choir,yt-lumen,watch-hours,7.25\n');
  });

  it('a subject the data file lacks is skipped and said; a bad value is refused, located', async () => {
    await fx.write(
      'csv/long.csv',
      'date,subject,channel,metric,value\n2026-09-20,Moon Landing,,views,5\n2026-09-21,Lantern Parade,,views,x5\n',
    );
    const r = await fx.run('csv', ['csv/long.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('long.csv: line 3, column 5 (views): "x5" is not a number');
    await fx.write('csv/long.csv', 'date,subject,channel,metric,value\n2026-09-20,Moon Landing,,views,5\n');
    const ok = await fx.run('csv', ['csv/long.csv']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(
      /views +0 added, 0 replaced, 0 unchanged, 1 skipped \(1 unknown subject "Moon Landing"\)/,
    );
  });

  it('a mapping file with an unknown key or a metric the data lacks is refused, located', async () => {
    await fx.write('csv/wide-mapping.yaml', 'date: Tag\nsubject: Beitrag\ncolums:\n  Aufrufe: views\n');
    const r = await fx.run('csv', ['csv/wide.csv', 'csv/wide-mapping.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('wide-mapping.yaml: colums: unknown key');
    await fx.write('csv/wide-mapping.yaml', 'date: Tag\nsubject: Beitrag\ncolumns:\n  Aufrufe: vues\n');
    const unknown = await fx.run('csv', ['csv/wide.csv', 'csv/wide-mapping.yaml']);
    expect(unknown.out).toMatch(
      /"Aufrufe" not imported: the mapping names metric "vues", which the data file lacks/,
    );
  });
});
