import { describe, expect, it } from 'vitest';
import { useImportFixtures } from './import-helpers.ts';

const fx = useImportFixtures();

describe('pulse import tiktok', () => {
  it('dates without a year run up to --year, the year of the export’s last day, across New Year', async () => {
    const r = await fx.run('tiktok', ['tiktok/Overview.csv', 'tiktok/FollowerHistory.csv'], '--year', '2027');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2026-12-30,tt-lumen,,views,2100\n');
    expect(csv).toContain('2027-01-01,tt-lumen,,views,5020\n');
    // Followers is a level on each day: a stock; the daily difference names no metric and is reported.
    expect(csv).toContain('2027-01-02,tt-lumen,,followers,5415\n');
    expect(r.out).toMatch(
      /"Difference in followers from previous day" not imported: no metric is called that/,
    );
    expect(r.out).toContain('FollowerHistory.csv: FollowerHistory (daily, account), 4 rows');
  });

  it('the year may come from the export’s name instead', async () => {
    await fx.write('tiktok/Overview 2026-12-30_2027-01-02.csv', await fx.read('tiktok', 'Overview.csv'));
    const r = await fx.run('tiktok', ['tiktok/Overview 2026-12-30_2027-01-02.csv']);
    expect(r.code).toBe(0);
    expect(await fx.read('lumen.csv')).toContain('2027-01-02,tt-lumen,,views,1980\n');
  });

  it('bad input: an unreadable date and a column layout that is not TikTok’s, located', async () => {
    await fx.write(
      'tiktok/Overview.csv',
      (await fx.read('tiktok', 'Overview.csv')).replace('January 2', 'Janvember 2'),
    );
    await fx.write('tiktok/FollowerHistory.csv', 'Date,Fans gained\nDecember 30,4\n');
    const r = await fx.run('tiktok', ['tiktok/Overview.csv', 'tiktok/FollowerHistory.csv'], '--year', '2027');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Overview.csv: line 5, column 1 (Date): "Janvember 2" is not a date');
    expect(r.err).toMatch(/FollowerHistory\.csv: line 1: not a TikTok Studio export/);
  });

  it('two files that disagree on the same day are refused, naming both places', async () => {
    await fx.write(
      'tiktok/Overview-again.csv',
      (await fx.read('tiktok', 'Overview.csv')).replace('"5,020"', '"5,021"'),
    );
    const r = await fx.run('tiktok', ['tiktok/Overview.csv', 'tiktok/Overview-again.csv'], '--year', '2027');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Overview-again.csv: line 4, column 2 (Video Views): views of tt-lumen on 2027-01-01 is 5021 here but 5020 at Overview.csv line 4, column 2 (Video Views)',
    );
  });

  it('with two TikTok accounts the export names neither: refused until --channel says which', async () => {
    const yaml = (await fx.read('lumen.yaml')).replace(
      '  - id: x-lumen',
      '  - id: tt-lumen-kids\n    platform: tiktok\n    handle: lumen.kids\n  - id: x-lumen',
    );
    await fx.write('lumen.yaml', yaml);
    const refused = await fx.run('tiktok', ['tiktok/Overview.csv'], '--year', '2027');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      'several TikTok channels could be meant (tt-lumen, tt-lumen-kids): name one with --channel',
    );
    const r = await fx.run('tiktok', ['tiktok/Overview.csv'], '--year', '2027', '--channel', '@lumen.kids');
    expect(r.code).toBe(0);
    expect(await fx.read('lumen.csv')).toContain('2027-01-02,tt-lumen-kids,,likes,201\n');
  });
});

describe('pulse import x', () => {
  it('reads the account overview, newest day first, weekday-prefixed dates; columns by label or alias', async () => {
    const r = await fx.run('x', ['x/account_overview_analytics.csv']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"New follows" → follows');
    expect(r.out).toContain('"Video views" → views');
    expect(r.out).toMatch(/"Media views" not imported/);
    const csv = await fx.read('lumen.csv');
    expect(csv).toContain('2025-11-01,x-lumen,,impressions,15022\n');
    expect(csv).toContain('2025-11-03,x-lumen,,follows,14\n');
  });

  it('bad input: a number with a letter in it, located', async () => {
    const text = (await fx.read('x', 'account_overview_analytics.csv')).replace('9870,61', '98O0,61');
    await fx.write('x/account_overview_analytics.csv', text);
    const r = await fx.run('x', ['x/account_overview_analytics.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'account_overview_analytics.csv: line 3, column 2 (Impressions): "98O0" is not a number',
    );
  });

  it('a TikTok file given as X is refused as another layout', async () => {
    const r = await fx.run('x', ['tiktok/FollowerHistory.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/FollowerHistory\.csv: line 1: not an X account overview export/);
  });
});
