import type { CatalogBrief } from '../../src/core/ports.ts';

// The public sample's catalog as the core's brief would describe it, for tests that run before or without the
// real loader. The end-to-end tests use the real `briefOf` through the service.

export const TODAY = '2024-06-27';

export const harbourviewBrief: CatalogBrief = {
  today: TODAY,
  organization: 'Harbourview City Promotion Office',
  metrics: [
    { id: 'views', label: 'Views', kind: 'flow', aliases: ['plays'] },
    { id: 'likes', label: 'Likes', kind: 'flow', aliases: [] },
    { id: 'shares', label: 'Shares', kind: 'flow', aliases: [] },
    { id: 'watch-hours', label: 'Watch hours', kind: 'flow', aliases: ['watch time'] },
    { id: 'followers', label: 'Followers', kind: 'stock', aliases: ['subscribers', 'fans'] },
  ],
  campaigns: [
    { id: 'taste-of-harbourview', name: 'Taste of Harbourview', aliases: [], status: 'active' },
    {
      id: 'harbourview-by-night',
      name: 'Harbourview by Night',
      aliases: ['night campaign'],
      status: 'active',
    },
    { id: 'marathon-2024', name: 'Harbourview Marathon 2024', aliases: ['marathon'], status: 'completed' },
    { id: 'river-lantern-festival', name: 'River Lantern Festival', aliases: [], status: 'planned' },
  ],
  assets: [
    {
      id: 'street-food-tour',
      title: 'Street Food Tour with Chef Marta',
      campaign: 'taste-of-harbourview',
      language: 'en',
    },
    {
      id: 'dumpling-alley',
      title: 'Dumpling Alley at Midnight',
      campaign: 'taste-of-harbourview',
      language: 'es',
    },
    {
      id: 'fish-market-mornings',
      title: 'Fish Market Mornings',
      campaign: 'taste-of-harbourview',
      language: 'en',
    },
    { id: 'neon-bridges', title: 'Neon Bridges', campaign: 'harbourview-by-night', language: 'ja' },
    { id: 'izakaya-lane', title: 'Izakaya Lane Diaries', campaign: 'harbourview-by-night', language: 'ja' },
    { id: 'rooftop-jazz', title: 'Rooftop Jazz Nights', campaign: 'harbourview-by-night', language: 'ko' },
    { id: 'marathon-teaser', title: 'Marathon Teaser', campaign: 'marathon-2024', language: 'en' },
    { id: 'runners-stories', title: "Runners' Stories", campaign: 'marathon-2024', language: 'de' },
    { id: 'race-day-highlights', title: 'Race Day Highlights', campaign: 'marathon-2024', language: 'fr' },
  ],
  channels: [
    { id: 'yt-harbourview', platform: 'youtube', handle: 'HarbourviewTV' },
    { id: 'ig-visitharbourview', platform: 'instagram', handle: 'visitharbourview' },
    { id: 'tt-harbourview', platform: 'tiktok', handle: 'harbourview.city' },
    { id: 'x-harbourview', platform: 'x', handle: 'HarbourviewCity' },
  ],
  platforms: ['youtube', 'instagram', 'tiktok', 'x'],
  languages: ['en', 'es', 'ja', 'ko', 'de', 'fr', 'zh'],
  markets: ['US', 'GB', 'ES', 'MX', 'JP', 'KR', 'DE', 'FR', 'CN', 'SG'],
  rankings: ['Global Liveability Index', 'World Cities Culture Ranking', 'Asia Pacific Travel Destinations'],
};

// Labelled as the plan check labels them (from the dates), so a checked plan equals its input.
export const lastWeek = {
  kind: 'week',
  from: '2024-06-17',
  to: '2024-06-23',
  label: 'last week (Jun 17 – Jun 23, 2024)',
} as const;
export const may = { kind: 'month', from: '2024-05-01', to: '2024-05-31', label: 'May 2024' } as const;

const noScope: Record<string, string | null> = {
  campaign: null,
  asset: null,
  channel: null,
  platform: null,
  language: null,
  market: null,
};

/** A plan as a strict structured-output model writes it: every field present, null for absent. */
export const modelValuePlan = (
  scope: Partial<Record<string, string | null>>,
  period: object = lastWeek,
  metric = 'views',
) => ({
  op: 'value',
  metric,
  scope: { ...noScope, ...scope },
  period,
  change: false,
});
