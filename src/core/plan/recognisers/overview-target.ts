import type { Dataset } from '../../model/dataset.ts';
import type { Ref } from '../lexicon.ts';

/** The named thing an overview is about: a piece of content, else a campaign, else an account. */
export function overviewTarget(
  refs: (kind: Ref['kind']) => Ref[],
  ds?: Dataset,
): { kind: 'campaign' | 'asset' | 'channel'; id: string } | undefined {
  const asset = refs('asset')[0];
  if (asset) return { kind: 'asset', id: asset.id };
  const campaign = refs('campaign')[0];
  if (campaign) return { kind: 'campaign', id: campaign.id };
  const channel = refs('channel')[0];
  if (channel) return { kind: 'channel', id: channel.id };
  // "Tell me about our TikTok": a platform with one account is that account.
  const platform = refs('platform')[0];
  const only = platform ? ds?.catalog.channels.filter((c) => c.platform === platform.id) : undefined;
  if (only?.length === 1 && only[0]) return { kind: 'channel', id: only[0].id };
  return undefined;
}
