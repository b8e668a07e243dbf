import { type Day, formatDay } from '../model/dates.ts';
import type { Asset, Catalog } from '../model/types.ts';
import type { ItemRef } from './export-table.ts';

// A post that matches no asset becomes a catalog entry the user can paste (or `--add-assets` appends): its
// title, published date and external id, under the campaign it can only belong to.

/** An `assets:` entry as the data file writes it. */
export interface AssetEntry {
  id: string;
  campaign?: string;
  title: string;
  published?: string;
  channels?: string[];
  external_ids?: Record<string, string>;
}

interface CampaignChoice {
  campaign?: string;
  /** Why none was chosen, and what to choose from. */
  choices?: string[];
}

/** `--campaign`, else the only campaign, else the only one running on the published day. */
export function campaignFor(catalog: Catalog, published: Day | undefined, pinned?: string): CampaignChoice {
  if (pinned !== undefined) return { campaign: pinned };
  const all = catalog.campaigns;
  if (all.length === 1) return { campaign: all[0]?.id };
  const running =
    published === undefined
      ? []
      : all.filter((c) => c.start <= published && (c.end === undefined || published <= c.end));
  if (running.length === 1) return { campaign: running[0]?.id };
  return { choices: (running.length > 1 ? running : all).map((c) => c.id) };
}

/** `Riverside Food Market` → `riverside-food-market`; a title with no Latin letters falls back to the id. */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');

/** What to call a post that has no title: the start of its text, else its platform and id. */
function itemTitle(item: ItemRef): string {
  const line = (item.title ?? '').split(/\r?\n/)[0]?.trim() ?? '';
  if (line) return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
  return `${item.platform ?? 'post'} ${item.ids[0] ?? ''}`.trim();
}

/** A new entry for `item`, with an id unused among `taken` (which it joins). */
export function newAssetEntry(
  item: ItemRef,
  channel: string | undefined,
  campaign: string | undefined,
  taken: Set<string>,
): AssetEntry {
  const title = itemTitle(item);
  const externalId = item.ids[0];
  const base = slug(title) || slug(`${item.platform ?? 'post'}-${externalId ?? ''}`) || 'imported';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return {
    id,
    ...(campaign !== undefined && { campaign }),
    title,
    ...(item.published !== undefined && { published: formatDay(item.published) }),
    ...(channel && { channels: [channel] }),
    ...(channel && externalId !== undefined && { external_ids: { [channel]: externalId } }),
  };
}

/** The asset the data file will hold once `entry` is added, for matching the rest of the export. */
export const assetOf = (entry: AssetEntry, published: Day | undefined): Asset => ({
  id: entry.id,
  campaign: entry.campaign ?? '',
  title: entry.title,
  aliases: [],
  markets: [],
  published,
  channels: entry.channels ?? [],
  versions: [],
  externalIds: entry.external_ids,
});
