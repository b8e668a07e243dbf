import { Dataset } from '../../src/core/model/dataset.ts';
import type { Catalog } from '../../src/core/model/types.ts';

/** A small catalog for parsing tests: names with spaces, aliases, a campaign hidden from most channels. */
export function fixtureDataset(): Dataset {
  const catalog: Catalog = {
    organization: {
      name: 'Harbourview City Promotion Office',
      timezone: 'Asia/Tokyo',
      aliases: ['Harbourview'],
    },
    metrics: [
      { id: 'views', label: 'Views', kind: 'flow', aliases: ['plays'] },
      { id: 'watch-hours', label: 'Watch hours', kind: 'flow', aliases: ['watch time'] },
      { id: 'followers', label: 'Followers', kind: 'stock', aliases: ['subscribers'] },
    ],
    campaigns: [
      {
        id: 'taste-of-harbourview',
        name: 'Taste of Harbourview',
        aliases: [],
        status: 'active',
        start: 19737,
        languages: ['en'],
        markets: ['US'],
        goals: [],
      },
      {
        id: 'harbourview-by-night',
        name: 'Harbourview by Night',
        aliases: ['night campaign'],
        status: 'active',
        start: 19754,
        languages: ['ja'],
        markets: ['JP'],
        goals: [],
      },
      {
        id: 'secret-launch',
        name: 'Secret Launch',
        aliases: [],
        status: 'planned',
        start: 19800,
        languages: [],
        markets: [],
        goals: [],
        visibility: ['C-PRIVATE'],
      },
    ],
    channels: [{ id: 'yt-harbourview', platform: 'youtube', handle: 'HarbourviewTV' }],
    assets: [
      {
        id: 'street-food-tour',
        campaign: 'taste-of-harbourview',
        title: 'Street Food Tour',
        aliases: ['food tour'],
        language: 'en',
        markets: [],
        channels: [],
        versions: [],
      },
    ],
    awards: [],
    rankings: [],
  };
  return new Dataset(catalog, [], { source: 'fixture.yaml', version: 'v1' });
}
