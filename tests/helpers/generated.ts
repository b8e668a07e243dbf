import { Dataset } from '../../src/core/model/dataset.ts';
import type { Day } from '../../src/core/model/dates.ts';
import { Series } from '../../src/core/model/series-store.ts';
import type { Asset, Campaign, Catalog, Channel, Goal } from '../../src/core/model/types.ts';
import { day } from './fixtures.ts';

// Datasets built in code from series with known shapes (steady noise, planted spikes and drops, straight-line
// paces), so the answers are known before the engine runs.

/** Deterministic noise in [-1, 1] for a key and a day: the same data on every run. */
export function noise(key: string, d: Day): number {
  let h = 2166136261;
  for (const ch of `${key}:${d}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (((h ^ (h >>> 16)) >>> 0) / 4294967295) * 2 - 1;
}

export interface GenAsset {
  id: string;
  title: string;
  campaign: string;
  channel: string;
  /** First and last day with a row. */
  from: string;
  to: string;
  /** Views on a day. */
  views: (d: Day) => number;
}

export interface GenCampaign {
  id: string;
  name: string;
  start: string;
  goals?: { target: number; by?: string }[];
}

const CHANNELS: Channel[] = [
  { id: 'yt', platform: 'youtube', handle: 'GenTube' },
  { id: 'ig', platform: 'instagram', handle: 'gen.gram' },
  { id: 'tt', platform: 'tiktok', handle: 'gen.tok' },
];

/** A dataset of one flow metric, views, over the campaigns and assets given. */
export function generatedDataset(campaigns: GenCampaign[], assets: GenAsset[]): Dataset {
  const catalog: Catalog = {
    organization: { name: 'Gen Org', timezone: 'UTC', aliases: [] },
    metrics: [{ id: 'views', label: 'Views', kind: 'flow', aliases: [] }],
    campaigns: campaigns.map(
      (c): Campaign => ({
        id: c.id,
        name: c.name,
        aliases: [],
        status: 'active',
        start: day(c.start),
        languages: [],
        markets: [],
        goals: (c.goals ?? []).map(
          (g): Goal => ({ metric: 'views', target: g.target, ...(g.by ? { by: day(g.by) } : {}) }),
        ),
      }),
    ),
    channels: CHANNELS,
    assets: assets.map(
      (a): Asset => ({
        id: a.id,
        campaign: a.campaign,
        title: a.title,
        aliases: [],
        markets: [],
        channels: [a.channel],
        versions: [],
      }),
    ),
    awards: [],
    rankings: [],
  };
  const series = assets.map((a) => {
    const [from, to] = [day(a.from), day(a.to)];
    const days = Int32Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return new Series(
      a.id,
      a.channel,
      'views',
      days,
      Float64Array.from(days, (d) => a.views(d)),
    );
  });
  return new Dataset(catalog, series, { source: 'generated.yaml', version: 'gen' });
}

/**
 * An organization with known unusual changes. Views run from Monday March 4 to Thursday June 20, 2024. Planted:
 * - Kite Festival (Spring Push, YouTube): ~1,000 a day ±10%, and 6,100 on Thursday June 20 (a spike);
 * - Night Ferry (Harbour Nights, YouTube): ~2,000 a day ±10%, and 500 a day over June 17–20, the week the data ends in (a drop);
 * - Morning Market (Spring Push, Instagram): ~800 a day ±10%, nothing planted;
 * - Small Talk (Harbour Nights, Instagram): ~3 a day, 30 on June 20: tiny, below the minimum size;
 * - Lighthouse Loop (Harbour Nights, Instagram): exactly 500 every day (MAD 0);
 * - Fresh Clip (Pop-up, TikTok): 200 a day since June 3, too little history to judge.
 */
export function planted() {
  const THU = day('2024-06-20');
  const steady = (key: string, base: number) => (d: Day) => Math.round(base * (1 + 0.1 * noise(key, d)));
  const kite = (d: Day) => (d === THU ? 6100 : steady('kite', 1000)(d));
  const ferry = (d: Day) => (d >= day('2024-06-17') ? 500 : steady('ferry', 2000)(d));

  const ds = generatedDataset(
    [
      { id: 'c1', name: 'Spring Push', start: '2024-03-04' },
      { id: 'c2', name: 'Harbour Nights', start: '2024-03-04' },
      { id: 'c3', name: 'Pop-up', start: '2024-06-03' },
    ],
    [
      {
        id: 'kite',
        title: 'Kite Festival',
        campaign: 'c1',
        channel: 'yt',
        from: '2024-03-04',
        to: '2024-06-20',
        views: kite,
      },
      {
        id: 'market',
        title: 'Morning Market',
        campaign: 'c1',
        channel: 'ig',
        from: '2024-03-04',
        to: '2024-06-20',
        views: steady('market', 800),
      },
      {
        id: 'ferry',
        title: 'Night Ferry',
        campaign: 'c2',
        channel: 'yt',
        from: '2024-03-04',
        to: '2024-06-20',
        views: ferry,
      },
      {
        id: 'tiny',
        title: 'Small Talk',
        campaign: 'c2',
        channel: 'ig',
        from: '2024-03-04',
        to: '2024-06-20',
        views: (d) => (d === THU ? 30 : 3 + Math.round(noise('tiny', d))),
      },
      {
        id: 'flat',
        title: 'Lighthouse Loop',
        campaign: 'c2',
        channel: 'ig',
        from: '2024-03-04',
        to: '2024-06-20',
        views: () => 500,
      },
      {
        id: 'fresh',
        title: 'Fresh Clip',
        campaign: 'c3',
        channel: 'tt',
        from: '2024-06-03',
        to: '2024-06-20',
        views: () => 200,
      },
    ],
  );
  return { ds, kite, THU };
}
