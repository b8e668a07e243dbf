import { describe, expect, it } from 'vitest';
import type { SeriesReader } from '../../src/core/model/series-reader.ts';
import { inMemory } from '../../src/core/model/series-store.ts';

const memoryOf = (s: SeriesReader | undefined) => (s ? inMemory(s) : undefined);

import { DataError } from '../../src/core/errors.ts';
import { DatasetAssembler } from '../../src/core/model/assemble-dataset.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { formatDay, weekdayOf } from '../../src/core/model/dates.ts';
import { sampleAsOf, sampleNote, sampleShiftDays, sourceLabel } from '../../src/core/model/sample-data.ts';
import { day } from '../helpers/fixtures.ts';

// A tiny sample: daily views to Wednesday 2024-03-13, followers every Monday, and every kind of catalog date.
const doc = (sample: unknown) => ({
  version: 1,
  ...(sample === undefined ? {} : { sample }),
  organization: { name: 'Demo', timezone: 'UTC' },
  metrics: [
    { id: 'views', label: 'Views', kind: 'flow' },
    { id: 'followers', label: 'Followers', kind: 'stock' },
  ],
  campaigns: [
    {
      id: 'spring',
      name: 'Spring',
      status: 'completed',
      start: '2024-02-26',
      end: '2024-03-10',
      goals: [{ metric: 'views', target: 100, by: '2024-03-31' }],
    },
  ],
  channels: [{ id: 'yt', platform: 'youtube', handle: 'demo' }],
  assets: [{ id: 'clip', campaign: 'spring', title: 'Clip', published: '2024-02-26', channels: ['yt'] }],
  awards: [{ name: 'Best clip', date: '2024-03-08', subject: 'clip' }],
  rankings: [{ index: 'City index', year: 2023, rank: 4 }],
  series: [
    ...Array.from({ length: 17 }, (_, i) => ({
      date: formatDay(day('2024-02-26') + i),
      subject: 'clip',
      channel: 'yt',
      metric: 'views',
      value: 10 + i,
    })),
    { date: '2024-03-04', subject: 'yt', metric: 'followers', value: 500 },
    { date: '2024-03-11', subject: 'yt', metric: 'followers', value: 520 },
  ],
});

const build = (sample: unknown): Dataset => {
  const a = new DatasetAssembler('demo.yaml');
  a.readDocument(doc(sample));
  return a.finish({ source: 'demo.yaml', version: 'v1' });
};
const LAST = day('2024-03-13');

describe('how far a relative sample moves', () => {
  it('not at all while the data reaches yesterday, then by whole weeks to end yesterday', () => {
    expect(sampleShiftDays(LAST, LAST - 30)).toBe(0);
    expect(sampleShiftDays(LAST, LAST)).toBe(0);
    expect(sampleShiftDays(LAST, LAST + 1)).toBe(0);
    expect(sampleShiftDays(LAST, LAST + 2)).toBe(7);
    expect(sampleShiftDays(LAST, LAST + 8)).toBe(7);
    expect(sampleShiftDays(LAST, LAST + 9)).toBe(14);
    expect(sampleShiftDays(undefined, LAST + 100)).toBe(0);
  });
});

describe('a sample as of a day', () => {
  const sample = build({ relative_to: 'today' });
  const now = day('2024-05-02'); // a Thursday, 50 days on: 7 weeks (49 days) reach Wednesday, May 1

  it('moves every row by whole weeks, keeps the values, and ends yesterday', () => {
    const moved = sampleAsOf(sample, now);
    expect(moved.meta.sample?.shiftedDays).toBe(49);
    expect(moved.asOf).toBe('2024-05-01');
    const views = memoryOf(moved.byMetric.get('views')?.[0]?.series);
    const before = memoryOf(sample.byMetric.get('views')?.[0]?.series);
    expect(views?.first).toBe((before?.first ?? 0) + 49);
    expect(Array.from(views?.values ?? [])).toEqual(Array.from(before?.values ?? []));
    expect(views?.sum(now - 7, now - 1)).toBe(before?.sum(LAST - 6, LAST));
    const followers = memoryOf(moved.byMetric.get('followers')?.[0]?.series);
    expect(Array.from(followers?.days ?? []).map(weekdayOf)).toEqual([0, 0]); // still Mondays
  });

  it('leaves out rows that would fall on today or later', () => {
    const moved = sampleAsOf(sample, LAST + 3); // 14 days forward would reach 2 days past yesterday
    expect(moved.meta.sample?.shiftedDays).toBe(7);
    expect(moved.asOf).toBe(formatDay(LAST + 2));
    expect(moved.byMetric.get('views')?.[0]?.series.rows).toBe(17 - 5);
    // The Monday level of March 11 lands on the 18th, after yesterday; March 4's lands on the 11th.
    expect(moved.byMetric.get('followers')?.[0]?.series.last).toBe(day('2024-03-11'));
  });

  it('moves campaign, goal, publication and award dates with the rows; rankings keep their year', () => {
    const { catalog } = sampleAsOf(sample, now);
    const [spring] = catalog.campaigns;
    expect(spring && formatDay(spring.start)).toBe('2024-04-15');
    expect(spring?.end && formatDay(spring.end)).toBe('2024-04-28');
    expect(spring?.goals[0]?.by && formatDay(spring.goals[0].by)).toBe('2024-05-19');
    expect(catalog.assets[0]?.published && formatDay(catalog.assets[0].published)).toBe('2024-04-15');
    expect(catalog.awards[0]?.date && formatDay(catalog.awards[0].date)).toBe('2024-04-26');
    expect(catalog.rankings).toEqual(sample.catalog.rankings);
  });

  it('is the file itself while its data reaches yesterday, and a new version once moved', () => {
    expect(sampleAsOf(sample, LAST + 1)).toBe(sample);
    expect(sampleAsOf(sample, now).meta.version).not.toBe(sample.meta.version);
  });

  it('never moves a file without `relative_to: today`, labelled or not', () => {
    const own = build(undefined);
    const labelled = build({});
    expect(sampleAsOf(own, now)).toBe(own);
    expect(sampleAsOf(labelled, now)).toBe(labelled);
    expect(sourceLabel(own.meta)).toBe('demo.yaml');
    expect(sampleNote(own.meta)).toBeUndefined();
    expect(sourceLabel(labelled.meta)).toBe('demo.yaml · sample data');
    expect(sampleNote(labelled.meta)).toBe('This is sample data, not real figures.');
    expect(sampleNote(sampleAsOf(sample, now).meta)).toContain('moved forward 7 weeks');
  });

  it('refuses a `sample` key it does not know, with its location', () => {
    for (const [sample, where] of [
      [{ relative_to: 'tomorrow' }, 'sample.relative_to'],
      [{ shift: 7 }, 'sample.shift'],
    ] as const) {
      const a = new DatasetAssembler('demo.yaml');
      a.readDocument(doc(sample));
      try {
        a.finish({ source: 'demo.yaml', version: 'v1' });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DataError);
        expect((error as DataError).issues.map((i) => i.where)).toContain(where);
      }
    }
  });
});
