import { rename } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useImportFixtures } from './import-helpers.ts';

const fx = useImportFixtures();
const CONTENT = 'meta/Sep-01-2026_Sep-30-2026_17841400000000001.csv';
const ACCOUNT = 'meta/instagram-account-insights.csv';

/** Text as Meta's account insights export writes it: UTF-16LE with a BOM. */
const utf16 = (text: string): Uint8Array =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('pulse import meta: the content export', () => {
  it('lifetime totals per post become snapshots on the range end, matched by permalink or post id in any form', async () => {
    const r = await fx.run('meta', [CONTENT]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const csv = await fx.read('lumen.csv');
    // The catalog has /reel/C9rIvEr0fLt/; the export /p/C9rIvEr0fLt/. Quoted "1,520" is 1520.
    expect(csv).toContain('2026-09-30,river-of-light,ig-lumen,lifetime-views,1520\n');
    // The catalog has …/posts/555000111; the export permalink.php?story_fbid=555000111 and PAGE_POST ids.
    expect(csv).toContain('2026-09-30,river-of-light,fb-lumen,reach,870\n');
    // Lifetime likes cannot go into a flow: reported, never spread over days.
    expect(r.out).toMatch(
      /"Likes" not imported: holds lifetime or range totals, and metric "likes" is a flow/,
    );
    expect(csv).not.toContain(',likes,');
    // The unknown post: its account found by Account ID, its title the first line of its description.
    expect(r.out).toContain('title: Behind the scenes at the workshop');
    expect(r.out).toContain("published: '2026-09-20'");
    expect(r.out).toContain('ig-lumen: https://www.instagram.com/p/DAuNkn0wn99/');
  });

  it('without a range in its name, the export needs --as-of for its lifetime totals', async () => {
    await rename(fx.path(CONTENT), fx.path('meta/content.csv'));
    const refused = await fx.run('meta', ['meta/content.csv']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/content\.csv: \(file\): holds totals, and the export's last day is unknown/);
    const r = await fx.run('meta', ['meta/content.csv'], '--as-of', '2026-10-02');
    expect(r.code).toBe(0);
    expect(await fx.read('lumen.csv')).toContain('2026-10-02,river-of-light,ig-lumen,reach,1200\n');
  });

  it('bad input: a publish time that is no date and a figure that is no number, located', async () => {
    const text = (await fx.read(CONTENT))
      .replace('09/20/2026 10:30', '20/20/2026 10:30')
      .replace(',"1,520",', ',1.5.20,');
    await fx.write(CONTENT, text);
    const r = await fx.run('meta', [CONTENT]);
    expect(r.code).toBe(2);
    const file = 'Sep-01-2026_Sep-30-2026_17841400000000001.csv';
    // The first post's description spans lines 2 and 3.
    expect(r.err).toContain(`${file}: line 3, column 12 (Views): "1.5.20" is not a number`);
    expect(r.err).toContain(`${file}: line 5, column 7 (Publish time): "20/20/2026 10:30" is not a date`);
  });
});

describe('pulse import meta: the account insights export (UTF-16, sep=, title line)', () => {
  it('reads each titled block as a daily figure of the account', async () => {
    const r = await fx.run('meta', [ACCOUNT]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"Instagram follows" → follows');
    expect(r.out).toContain('"Instagram views" → views');
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2026-09-16,ig-lumen,,follows,21\n');
    expect(csv).toContain('2026-09-16,ig-lumen,,views,1377\n');
  });

  it('bad input in a UTF-16 file is located by line and column', async () => {
    const text = [
      'sep=,',
      '"Instagram views"',
      '"Date","Primary"',
      '"2026-09-14T00:00:00","1,204"',
      '"2026-09-31T00:00:00","980"',
      '"2026-09-16T00:00:00","n/a?"',
    ].join('\r\n');
    await fx.write(ACCOUNT, utf16(text));
    const r = await fx.run('meta', [ACCOUNT]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'instagram-account-insights.csv: line 5, column 1 (Date): "2026-09-31T00:00:00" is not a date',
    );
    expect(r.err).toContain(
      'instagram-account-insights.csv: line 6, column 2 (Instagram views): "n/a?" is not a number',
    );
  });

  it('a file that is neither Meta export is refused', async () => {
    await fx.write(ACCOUNT, utf16('sep=,\r\n"Week","Reach"\r\n"1","2"\r\n'));
    const r = await fx.run('meta', [ACCOUNT]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/instagram-account-insights\.csv: line 2: not a Meta Business Suite export/);
  });
});
