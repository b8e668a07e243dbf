import { between, pick, seeded } from './prng.ts';

// The catalog part of the benchmark's data file: 6 metrics, 40 campaigns, 400 assets, 8 channels, awards and
// rankings, with names that read like a city promotion office's. Words avoid the planner's vocabulary
// (periods, metrics, platforms, "top"…) so every name resolves to exactly one thing.

export interface BenchMetric {
  id: string;
  label: string;
  kind: 'flow' | 'stock';
  unit?: string;
  aliases?: string[];
}

export interface BenchCampaign {
  id: string;
  name: string;
  status: 'planned' | 'active' | 'paused' | 'completed';
  start: string;
  end?: string;
  languages: string[];
  markets: string[];
  owner: string;
  goals?: { metric: string; target: number; by: string }[];
}

export interface BenchAsset {
  id: string;
  campaign: string;
  title: string;
  format: string;
  language: string;
  markets: string[];
  published: string;
  channels: string[];
  versions?: { language: string }[];
}

export interface BenchChannel {
  id: string;
  platform: string;
  handle: string;
  name: string;
  language?: string;
}

export interface BenchCatalog {
  metrics: BenchMetric[];
  campaigns: BenchCampaign[];
  assets: BenchAsset[];
  channels: BenchChannel[];
  awards: { name: string; event: string; date: string; subject?: string; level: string }[];
  rankings: { index: string; publisher: string; year: number; rank: number }[];
}

export const METRICS: BenchMetric[] = [
  { id: 'views', label: 'Views', kind: 'flow', unit: 'views', aliases: ['plays'] },
  { id: 'likes', label: 'Likes', kind: 'flow' },
  { id: 'shares', label: 'Shares', kind: 'flow' },
  { id: 'watch-hours', label: 'Watch hours', kind: 'flow', unit: 'hours', aliases: ['watch time'] },
  { id: 'comments', label: 'Comments', kind: 'flow' },
  { id: 'followers', label: 'Followers', kind: 'stock', aliases: ['subscribers', 'fans'] },
];
export const FLOW_METRICS = METRICS.filter((m) => m.kind === 'flow').map((m) => m.id);

export const CHANNELS: BenchChannel[] = [
  {
    id: 'yt-riverton',
    platform: 'youtube',
    handle: 'RivertonTV',
    name: 'Riverton on YouTube',
    language: 'en',
  },
  { id: 'yt-riverton-asia', platform: 'youtube', handle: 'RivertonAsia', name: 'Riverton Asia on YouTube' },
  {
    id: 'ig-visitriverton',
    platform: 'instagram',
    handle: 'visitriverton',
    name: 'Visit Riverton on Instagram',
  },
  { id: 'tt-riverton', platform: 'tiktok', handle: 'riverton.city', name: 'Riverton on TikTok' },
  { id: 'x-riverton', platform: 'x', handle: 'RivertonCity', name: 'Riverton on X', language: 'en' },
  { id: 'fb-riverton', platform: 'facebook', handle: 'RivertonFB', name: 'Riverton on Facebook' },
  {
    id: 'wb-riverton',
    platform: 'weibo',
    handle: 'riverton.weibo',
    name: 'Riverton on Weibo',
    language: 'zh',
  },
  {
    id: 'bl-riverton',
    platform: 'bilibili',
    handle: 'riverton.bili',
    name: 'Riverton on Bilibili',
    language: 'zh',
  },
];

const MARKETS: Record<string, string[]> = {
  en: ['US', 'GB'],
  es: ['ES', 'MX'],
  ja: ['JP'],
  ko: ['KR'],
  fr: ['FR'],
  de: ['DE'],
  zh: ['CN', 'SG'],
  pt: ['BR'],
};
export const LANGUAGES = Object.keys(MARKETS);

const PLACES = ['Riverside', 'Oldtown', 'Highland', 'Lakeside', 'Skyline', 'Coastal', 'Bayfront', 'Hilltop'];
const THEMES = ['Nights', 'Flavours', 'Journeys', 'Stories', 'Rhythms'];
const ADJECTIVES = [
  'Amber',
  'Crimson',
  'Velvet',
  'Silver',
  'Golden',
  'Misty',
  'Hidden',
  'Jade',
  'Copper',
  'Ivory',
  'Scarlet',
  'Cobalt',
  'Emerald',
  'Quiet',
  'Wandering',
  'Lucky',
  'Starlit',
  'Painted',
  'Floating',
  'Whispering',
];
const NOUNS = [
  'Lanterns',
  'Bridges',
  'Alleys',
  'Piers',
  'Gardens',
  'Rooftops',
  'Temples',
  'Noodles',
  'Dumplings',
  'Kites',
  'Lakes',
  'Pagodas',
  'Ferries',
  'Murals',
  'Orchards',
  'Pandas',
  'Rivers',
  'Trams',
  'Courtyards',
  'Teahouses',
];
/**
 * Beyond 400 assets every title takes one of these words in front: "Cedar Amber Lanterns". The first word
 * tells copies apart, so no title is a prefix of another and the questions' misspelt last word still
 * resolves to one asset.
 */
const PREFIXES = [
  'Cedar',
  'Maple',
  'Willow',
  'Lotus',
  'Pebble',
  'Fern',
  'Paper',
  'Neon',
  'Harbour',
  'Thistle',
];
const OWNERS = ['Lena Ortiz', 'Kenji Mori', 'Sophie Laurent', 'Wei Chen', 'Amara Okafor', 'Jonas Berg'];
const FORMATS = ['short_video', 'short_video', 'short_video', 'film', 'post'];

export const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

const shuffled = <T>(rand: () => number, list: readonly T[]): T[] => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/**
 * Builds the catalog: 400 assets × `scale` (at most 10), so 10M rows come from ten times the assets rather
 * than from decades of days. Scale 1 builds exactly the catalog it always has. Asset `published` dates are
 * provisional here: the series generator moves them to the first day with a row once it has fitted the rows
 * to the exact count.
 */
export function buildCatalog(seed: number, first: number, last: number, scale = 1): BenchCatalog {
  if (scale < 1 || scale > PREFIXES.length) throw new RangeError(`catalog scale ${scale} is not 1..10`);
  const rand = seeded(seed);
  const names = PLACES.flatMap((p) => THEMES.map((t) => `${p} ${t}`));
  const pairs = ADJECTIVES.flatMap((a) => NOUNS.map((n) => `${a} ${n}`));
  const titles = shuffled(
    rand,
    scale === 1 ? pairs : PREFIXES.slice(0, scale).flatMap((p) => pairs.map((t) => `${p} ${t}`)),
  );
  const perCampaign = 10 * scale;
  const campaigns: BenchCampaign[] = shuffled(rand, names).map((name, i, all) => {
    // The last two are planned (they start after the data ends); the first dozen have ended.
    const planned = i >= all.length - 2;
    const start = planned
      ? last + between(rand, 20, 90)
      : first + Math.floor((i / all.length) * (last - first - 150));
    const languages = shuffled(rand, LANGUAGES).slice(0, between(rand, 1, 3));
    const c: BenchCampaign = {
      id: slug(name),
      name,
      status: planned ? 'planned' : i < 12 ? 'completed' : i % 9 === 0 ? 'paused' : 'active',
      start: isoOf(start),
      languages,
      markets: languages.flatMap((l) => MARKETS[l] ?? []),
      owner: pick(rand, OWNERS),
    };
    if (c.status === 'completed') c.end = isoOf(Math.min(start + between(rand, 300, 500), last - 30));
    if (c.status === 'active')
      c.goals = [{ metric: 'views', target: between(rand, 20, 400) * 100_000, by: '2024-12-31' }];
    return c;
  });
  const assets: BenchAsset[] = titles.map((title, i) => {
    const campaign = campaigns[Math.floor(i / perCampaign)] ?? campaigns[0];
    if (!campaign) throw new RangeError('no campaigns');
    const language = pick(rand, campaign.languages);
    const start = dayOfIso(campaign.start);
    const fits = CHANNELS.filter((c) => (language === 'zh') === (c.language === 'zh'));
    const a: BenchAsset = {
      id: slug(title),
      campaign: campaign.id,
      title,
      format: pick(rand, FORMATS),
      language,
      markets: MARKETS[language] ?? [],
      published: isoOf(start > last ? start : between(rand, start, last - 7)),
      channels: shuffled(rand, fits)
        .slice(0, between(rand, 1, 3))
        .map((c) => c.id),
    };
    if (rand() < 0.3)
      a.versions = [
        {
          language: pick(
            rand,
            LANGUAGES.filter((l) => l !== language),
          ),
        },
      ];
    return a;
  });
  const awards = Array.from({ length: 15 }, (_, i) => {
    const subject = i % 3 === 0 ? undefined : i % 3 === 1 ? pick(rand, campaigns).id : pick(rand, assets).id;
    return {
      name: pick(rand, ['Excellent case', 'Gold award', 'Best short video', 'Audience choice']),
      event: `${2021 + (i % 4)} City Communication Awards`,
      date: isoOf(between(rand, first, last)),
      ...(subject ? { subject } : {}),
      level: pick(rand, ['national', 'provincial', 'international']),
    };
  });
  const rankings = [2021, 2022, 2023].flatMap((year) => [
    { index: 'Global City Brand Index', publisher: 'City Brand Lab', year, rank: between(rand, 20, 80) },
    { index: 'Soft Power Cities', publisher: 'Urban Research Forum', year, rank: between(rand, 30, 120) },
  ]);
  return { metrics: METRICS, campaigns, assets, channels: CHANNELS, awards, rankings };
}
