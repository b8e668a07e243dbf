import { describe, expect, it } from 'vitest';
import { parseExportDate, withYears } from '../../src/core/import/export-dates.ts';
import { inferDecimalMark, parseExportNumber } from '../../src/core/import/export-numbers.ts';
import type { ExportColumn } from '../../src/core/import/export-table.ts';
import { mapColumn } from '../../src/core/import/map-columns.ts';
import { mergeSeries } from '../../src/core/import/merge-series.ts';
import { DatasetAssembler } from '../../src/core/model/assemble-dataset.ts';
import { formatDay } from '../../src/core/model/dates.ts';
import { externalIdKeys } from '../../src/core/model/external-ids.ts';
import type { Metric } from '../../src/core/model/types.ts';
import { day } from '../helpers/fixtures.ts';

const meets = (a: string, b: string) => externalIdKeys(a).some((k) => externalIdKeys(b).includes(k));

describe('external ids: any form of one id finds the other', () => {
  it.each([
    ['dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ'],
    ['dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s'],
    ['https://youtube.com/shorts/dQw4w9WgXcQ/', 'm.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.instagram.com/reel/C1a2b3c4d5e/', 'https://instagram.com/p/C1a2b3c4d5e'],
    ['https://www.facebook.com/page/posts/555000111', '100000000000001_555000111'],
    [
      'https://www.facebook.com/permalink.php?story_fbid=555000111&id=1',
      'https://facebook.com/page/videos/555000111/',
    ],
    ['https://www.tiktok.com/@someone/video/7300000000000000001', '7300000000000000001'],
    [
      'https://x.com/someone/status/1850000000000000001',
      'https://twitter.com/someone/status/1850000000000000001',
    ],
    ['https://example.org/films/one/', 'http://www.example.org/films/one'],
  ])('%s ~ %s', (a, b) => expect(meets(a, b)).toBe(true));

  it('different ids, and ids differing only in case, do not meet', () => {
    expect(meets('dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcq')).toBe(false);
    expect(meets('https://www.instagram.com/reel/AAA/', 'https://www.instagram.com/reel/BBB/')).toBe(false);
  });
});

describe('numbers by locale', () => {
  it('reads the decimal mark from the file’s own numbers', () => {
    expect(inferDecimalMark(['1,234', '12,5'])).toBe(',');
    expect(inferDecimalMark(['1.234.567', '8'])).toBe(',');
    expect(inferDecimalMark(['1,234', '3.75'])).toBe('.');
    expect(inferDecimalMark(['1 234,5'])).toBe(',');
    // Nothing tells: the hint, else a point.
    expect(inferDecimalMark(['1,234'])).toBe('.');
    expect(inferDecimalMark(['1.234'], ',')).toBe(',');
  });

  it.each([
    ['1,234', '.', 1234],
    ['1,234,567.5', '.', 1234567.5],
    ['1.234', ',', 1234],
    ['1.234,5', ',', 1234.5],
    ['1 234', ',', 1234],
    ['1\u202f234,5', ',', 1234.5],
    ["1'234", '.', 1234],
    ['4.1%', '.', 4.1],
    ['-12', '.', -12],
  ] as const)('%s (decimal %s) = %d', (text, mark, n) => expect(parseExportNumber(text, mark)).toBe(n));

  it.each(['12,34', 'abc', '1.2.3', '12k'])('%s is not a number', (text) =>
    expect(parseExportNumber(text, '.')).toBeUndefined(),
  );
});

describe('export dates', () => {
  const iso = (text: string, order?: 'mdy' | 'dmy') => {
    const d = parseExportDate(text, order);
    return d && 'day' in d ? formatDay(d.day) : d;
  };
  it.each([
    ['2025-06-02', '2025-06-02'],
    ['2026-09-16T00:00:00', '2026-09-16'],
    ['May 20, 2025', '2025-05-20'],
    ['Sat, Nov 01, 2025', '2025-11-01'],
    ['09/16/2026 14:05', '2026-09-16'],
    ['16.09.2026', '2026-09-16'],
    ['2025年5月20日', '2025-05-20'],
    ['20 May 2025', '2025-05-20'],
  ])('%s → %s', (text, want) => expect(iso(text)).toBe(want));

  it('day-first slashes when the file says so; impossible dates are none', () => {
    expect(iso('09/10/2026', 'dmy')).toBe('2026-10-09');
    expect(iso('2026-02-30')).toBeUndefined();
    expect(iso('Smarch 3, 2026')).toBeUndefined();
  });

  it('dates without a year take the export’s last year, going back across New Year, in either order', () => {
    const days = (texts: string[], year: number) =>
      withYears(
        texts.map((t) => parseExportDate(t) ?? { day: Number.NaN }),
        year,
      ).map((d) => (d === undefined ? d : formatDay(d)));
    expect(days(['December 31', 'January 1'], 2026)).toEqual(['2025-12-31', '2026-01-01']);
    expect(days(['January 1', 'December 31', 'December 30'], 2026)).toEqual([
      '2026-01-01',
      '2025-12-31',
      '2025-12-30',
    ]);
    expect(days(['6月2日', '6月3日'], 2025)).toEqual(['2025-06-02', '2025-06-03']);
  });
});

describe('columns → metrics', () => {
  const metric = (
    id: string,
    label: string,
    kind: 'flow' | 'stock',
    extra: Partial<Metric> = {},
  ): Metric => ({
    id,
    label,
    kind,
    aliases: [],
    ...extra,
  });
  const metrics = [
    metric('views', 'Views', 'flow', { aliases: ['plays'] }),
    metric('watch', 'Watch hours', 'flow'),
    metric('ctr', 'CTR', 'stock', { unit: '%' }),
    metric('followers', 'Followers', 'stock'),
    metric('total-views', 'Total views', 'stock'),
  ];
  const col = (header: string, measure: ExportColumn['measure']): ExportColumn => ({
    header,
    names: [header],
    at: 1,
    measure,
  });
  const mapped = (header: string, measure: ExportColumn['measure']) => {
    const m = mapColumn(col(header, measure), metrics);
    return 'metric' in m ? m.metric.id : m.reason;
  };

  it('by id, label or alias, whatever the case and spacing; a unit in brackets stands in for the last word', () => {
    expect(mapped('VIEWS', 'amount')).toBe('views');
    expect(mapped('Plays', 'amount')).toBe('views');
    expect(mapped('Watch time (hours)', 'amount')).toBe('watch');
    expect(mapped('Followers', 'level')).toBe('followers');
  });

  it('never guessed: no match, a percentage into a count, a count into a rate, a daily amount into a stock', () => {
    expect(mapped('Profile views', 'amount')).toMatch(/no metric is called that/);
    expect(mapped('Views', 'percent')).toMatch(/is not a rate/);
    expect(mapped('CTR', 'amount')).toMatch(/is a rate: only percentages fill it/);
    expect(mapped('CTR', 'percent')).toBe('ctr');
    expect(mapped('Followers', 'amount')).toMatch(/is a stock/);
  });

  it('totals go to a stock named for totals, never into a flow', () => {
    expect(mapped('Views', 'total')).toBe('total-views');
    expect(mapColumn(col('Views', 'total'), metrics.slice(0, 2))).toEqual({
      reason: expect.stringMatching(/is a flow: a total is never spread over days/),
    });
  });
});

describe('merging into the series CSV', () => {
  const header = ['date', 'subject', 'channel', 'metric', 'value'];
  const rec = (raw: string) => {
    const [date = '', subject = '', channel = '', metric = '', value = ''] = raw.split(',');
    return { raw, fields: { date, subject, channel, metric, value } };
  };
  const row = (date: string, subject: string, value: number) => ({
    date: day(date),
    subject,
    channel: 'yt',
    metric: 'views',
    value,
  });

  it('replaces same keys in place, keeps equal rows as written, inserts new rows in sorted order', () => {
    const existing = [rec('2024-01-01,a,yt,views,10'), rec('2024-01-03,a,yt,views,30.0')];
    const m = mergeSeries(header, header.join(','), existing, [
      row('2024-01-03', 'a', 30),
      row('2024-01-01', 'a', 11),
      row('2024-01-02', 'a', 20),
    ]);
    expect(m.lines).toEqual([
      'date,subject,channel,metric,value',
      '2024-01-01,a,yt,views,11',
      '2024-01-02,a,yt,views,20',
      '2024-01-03,a,yt,views,30.0',
    ]);
    expect(m.tally.get('views')).toEqual({ added: 1, replaced: 1, unchanged: 1 });
    expect(m.changed).toBe(true);
  });

  it('an unsorted file keeps its order, new rows after it; nothing new is no change', () => {
    const existing = [rec('2024-01-05,b,yt,views,1'), rec('2024-01-01,a,yt,views,2')];
    const m = mergeSeries(header, header.join(','), existing, [
      row('2024-01-09', 'a', 3),
      row('2024-01-02', 'a', 4),
    ]);
    expect(m.lines.slice(1)).toEqual([
      '2024-01-05,b,yt,views,1',
      '2024-01-01,a,yt,views,2',
      '2024-01-02,a,yt,views,4',
      '2024-01-09,a,yt,views,3',
    ]);
    expect(mergeSeries(header, header.join(','), existing, [row('2024-01-01', 'a', 2)]).changed).toBe(false);
  });

  it('a header without channel gains it when a row needs one', () => {
    const m = mergeSeries(
      ['date', 'subject', 'metric', 'value'],
      'date,subject,metric,value',
      [
        {
          raw: '2024-01-01,a,views,1',
          fields: { date: '2024-01-01', subject: 'a', metric: 'views', value: '1' },
        },
      ],
      [row('2024-01-02', 'a', 2)],
    );
    expect(m.lines).toEqual([
      'date,subject,metric,value,channel',
      '2024-01-01,a,views,1,',
      '2024-01-02,a,views,2,yt',
    ]);
  });
});

describe('external ids in the data file', () => {
  const doc = (assets: unknown[]) => ({
    version: 1,
    organization: { name: 'Org', timezone: 'UTC' },
    metrics: [{ id: 'views', label: 'Views', kind: 'flow' }],
    campaigns: [{ id: 'c', name: 'C', status: 'active', start: '2024-01-01' }],
    channels: [{ id: 'yt', platform: 'youtube', handle: 'Org', external_id: 'UC123' }],
    assets,
  });
  const asset = (id: string, ids: Record<string, string>) => ({
    id,
    campaign: 'c',
    title: id,
    external_ids: ids,
  });

  it('are read: an asset’s per channel, a channel’s own', () => {
    const a = new DatasetAssembler('d.yaml');
    a.readDocument(doc([asset('a', { yt: 'https://youtu.be/dQw4w9WgXcQ' })]));
    const ds = a.finish({ source: 'd.yaml', version: '1' });
    expect(ds.catalog.assets[0]?.externalIds).toEqual({ yt: 'https://youtu.be/dQw4w9WgXcQ' });
    expect(ds.catalog.channels[0]?.externalId).toBe('UC123');
  });

  it('must name a channel of the file, and no two assets may share one, in any of its forms', () => {
    const a = new DatasetAssembler('d.yaml');
    a.readDocument(
      doc([
        asset('a', { yt: 'dQw4w9WgXcQ', ig: 'C1' }),
        asset('b', { yt: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }),
      ]),
    );
    expect(() => a.finish({ source: 'd.yaml', version: '1' })).toThrow(
      expect.objectContaining({
        issues: [
          { file: 'd.yaml', where: 'assets[0].external_ids.ig', message: 'unknown channel "ig"' },
          {
            file: 'd.yaml',
            where: 'assets[1].external_ids.yt',
            message: '"https://www.youtube.com/watch?v=dQw4w9WgXcQ" is already the external id of asset "a"',
          },
        ],
      }),
    );
  });
});
