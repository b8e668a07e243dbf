import { Dataset, type DatasetMeta } from './dataset.ts';
import type { Day } from './dates.ts';
import { inMemory, Series } from './series-store.ts';
import type { Catalog } from './types.ts';

/**
 * How many days a `relative_to: today` sample moves so that its figures run to the day before `now`: whole
 * weeks, so each date keeps its weekday (weekly levels stay on Mondays, last week stays a whole Monday–Sunday),
 * and none while the data already reaches yesterday, so a fixed `now` inside the data sees the file as written.
 */
export function sampleShiftDays(lastDay: Day | undefined, now: Day): number {
  const through = now - 1;
  if (lastDay === undefined || lastDay >= through) return 0;
  return 7 * Math.ceil((through - lastDay) / 7);
}

/**
 * The bundled sample as seen on `now`: its dates moved forward by whole weeks and rows after yesterday left out,
 * so its figures end yesterday like a real export a day late. Any other file is returned as it is.
 */
export function sampleAsOf(ds: Dataset, now: Day): Dataset {
  if (ds.meta.sample?.relativeTo !== 'today') return ds;
  const days = sampleShiftDays(ds.lastDay, now);
  return days === 0 ? ds : shiftDataset(ds, days, now - 1);
}

/**
 * Every date of the data moved by `days`: rows, campaign start and end, goal dates, publication and award dates
 * (the awards honour the sample's videos, so they move with them). Rankings keep their years: a year cannot move
 * by whole weeks, and they are positions of the organization in outside indexes, not events of the figures.
 */
function shiftDataset(ds: Dataset, days: number, through: Day): Dataset {
  const move = (day: Day | undefined): Day | undefined => (day === undefined ? undefined : day + days);
  const c = ds.catalog;
  const catalog: Catalog = {
    ...c,
    campaigns: c.campaigns.map((x) => ({
      ...x,
      start: x.start + days,
      end: move(x.end),
      goals: x.goals.map((g) => ({ ...g, by: move(g.by) })),
    })),
    assets: c.assets.map((a) => ({ ...a, published: move(a.published) })),
    awards: c.awards.map((a) => ({ ...a, date: move(a.date) })),
  };
  const series = ds.series.map(({ series: reader }) => {
    const s = inMemory(reader);
    const keep = s.lowerBound(through - days + 1);
    const moved = new Int32Array(keep);
    for (let i = 0; i < keep; i++) moved[i] = (s.days[i] ?? 0) + days;
    return new Series(s.subject, s.channel, s.metric, moved, s.values.slice(0, keep));
  });
  return new Dataset(catalog, series, {
    ...ds.meta,
    version: `${ds.meta.version}+${days}d`,
    sample: { ...ds.meta.sample, shiftedDays: days },
  });
}

/** The data's name as shown to users: the file, and "sample data" for a file that says it is one. */
export const sourceLabel = (meta: DatasetMeta): string =>
  meta.sample ? `${meta.source} · sample data` : meta.source;

/** Why the sample's dates are not the file's, for `/pulse status`; undefined for a team's own data. */
export function sampleNote(meta: DatasetMeta): string | undefined {
  if (!meta.sample) return undefined;
  const weeks = (meta.sample.shiftedDays ?? 0) / 7;
  if (weeks === 0) return 'This is sample data, not real figures.';
  return `This is sample data, not real figures: its dates are moved forward ${weeks} week${weeks === 1 ? '' : 's'} so that they end yesterday (rankings keep their years).`;
}
