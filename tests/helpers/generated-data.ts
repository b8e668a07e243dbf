import { DatasetAssembler } from '../../src/core/model/assemble-dataset.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { formatDay } from '../../src/core/model/dates.ts';
import { day } from './fixtures.ts';

// Generated data with planted answers, for "why", records and concentration. Three whole weeks, Mon Feb 19 to
// Sun Mar 10, 2024; "last week" (as seen on Mon Mar 11) is Mar 4–10 against Feb 26 – Mar 3.
//
// Views: video i of campaign i gets BASE[i] a day; in the last week its Wednesday (Mar 6) adds DELTA[i], so its
// change is exactly DELTA[i]. Account-level rows (subject yt) get 10 a day and +40 on Thu Mar 7: the part of the
// change that is in no campaign. A1 also gets +1,000 on Wed Feb 21, planting its best week (week of Feb 19).
// Video A2 runs on Instagram, every other video on YouTube.
// Unfollows (better: down) are account rows: yt 10 a day then 8 (−14), ig 5 a day then 6 (+7): −7 in all.
// Followers (stock): yt 1,000 on Feb 18, +20 a day; ig 500, +5 a day, and +100 on Tue Mar 5.
// Shares: 3 a day on A1 every day: nothing changes.

export const GEN_NOW = day('2024-03-11');
export const BASE = [1000, 100, 100, 50, 50, 20, 20];
export const DELTA = [500, 200, -300, -50, 10, -5, 1];
export const ACCOUNT_DELTA = 40;

const FIRST = day('2024-02-19');
const LAST = day('2024-03-10');
const CUR = day('2024-03-04');

export function generatedDocument(): Record<string, unknown> {
  const campaigns = BASE.map((_, i) => ({
    id: `c${i + 1}`,
    name: `Campaign ${i + 1}`,
    status: 'active',
    start: '2024-01-01',
    markets: i % 2 === 0 ? ['JP', 'US'] : ['JP'],
  }));
  const assets = BASE.map((_, i) => ({
    id: `a${i + 1}`,
    campaign: `c${i + 1}`,
    title: `A${i + 1}`,
    channels: [i === 1 ? 'ig' : 'yt'],
  }));
  const series: Record<string, unknown>[] = [];
  const row = (d: number, subject: string, channel: string, metric: string, value: number) =>
    series.push({ date: formatDay(d), subject, ...(channel ? { channel } : {}), metric, value });
  for (let d = FIRST; d <= LAST; d++) {
    const current = d >= CUR;
    BASE.forEach((base, i) => {
      const planted = current && d === CUR + 2 ? (DELTA[i] ?? 0) : 0;
      const spike = i === 0 && d === FIRST + 2 ? 1000 : 0;
      row(d, `a${i + 1}`, i === 1 ? 'ig' : 'yt', 'views', base + planted + spike);
    });
    row(d, 'yt', '', 'views', 10 + (d === CUR + 3 ? ACCOUNT_DELTA : 0));
    row(d, 'yt', '', 'unfollows', current ? 8 : 10);
    row(d, 'ig', '', 'unfollows', current ? 6 : 5);
    row(d, 'yt', '', 'followers', 1000 + 20 * (d - FIRST + 1));
    row(d, 'ig', '', 'followers', 500 + 5 * (d - FIRST + 1) + (d >= CUR + 1 ? 100 : 0));
    row(d, 'a1', 'yt', 'shares', 3);
  }
  return {
    version: 1,
    organization: { name: 'Gen Org', timezone: 'UTC' },
    metrics: [
      { id: 'views', label: 'Views', kind: 'flow' },
      { id: 'unfollows', label: 'Unfollows', kind: 'flow', better: 'down' },
      { id: 'followers', label: 'Followers', kind: 'stock' },
      { id: 'shares', label: 'Shares', kind: 'flow' },
    ],
    campaigns,
    channels: [
      { id: 'yt', platform: 'youtube', handle: 'GenTube' },
      { id: 'ig', platform: 'instagram', handle: 'gen.gram' },
    ],
    assets,
    series,
  };
}

export function generatedDataset(doc = generatedDocument()): Dataset {
  const assembler = new DatasetAssembler('gen.yaml');
  assembler.readDocument(doc);
  return assembler.finish({ source: 'gen.yaml', version: 'gen' });
}
