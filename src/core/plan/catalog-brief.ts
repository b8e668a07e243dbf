import type { Dataset } from '../model/dataset.ts';
import type { CatalogBrief } from '../ports.ts';

/**
 * What a model may know about the data: ids, names, aliases and codes. No series rows, so its size depends on
 * the catalog, never on how many observations there are.
 */
export function briefOf(ds: Dataset, today: string): CatalogBrief {
  const { catalog } = ds;
  const languages = new Set<string>();
  const markets = new Set<string>();
  for (const c of catalog.campaigns) {
    for (const l of c.languages) languages.add(l);
    for (const m of c.markets) markets.add(m);
  }
  for (const a of catalog.assets) {
    if (a.language) languages.add(a.language);
    for (const v of a.versions) languages.add(v.language);
    for (const m of a.markets) markets.add(m);
  }
  return {
    today,
    organization: catalog.organization.name,
    metrics: catalog.metrics.map((m) => ({ id: m.id, label: m.label, kind: m.kind, aliases: m.aliases })),
    campaigns: catalog.campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      status: c.status,
    })),
    assets: catalog.assets.map((a) => ({
      id: a.id,
      title: a.title,
      campaign: a.campaign,
      language: a.language,
    })),
    channels: catalog.channels.map((c) => ({ id: c.id, platform: c.platform, handle: c.handle })),
    platforms: [...new Set(catalog.channels.map((c) => c.platform))],
    languages: [...languages].sort(),
    markets: [...markets].sort(),
    rankings: [...new Set(catalog.rankings.map((r) => r.index))],
  };
}
