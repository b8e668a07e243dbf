import { externalIdKeys } from '../model/external-ids.ts';
import { platformName } from '../model/platforms.ts';
import type { Asset, Catalog, Channel } from '../model/types.ts';
import type { AccountRef, ItemRef } from './export-table.ts';

// Finds what an export row is about: a post by its external id (any URL form), then by exact title; an account
// by its external id, handle or platform.

export type Resolved = { subject: string; channel: string } | { unknown: true } | { problem: string };

const handleKey = (h: string): string => h.trim().replace(/^@/, '').toLowerCase();
/** Titles match exactly, but for Unicode form and runs of spaces, which exports do not keep. */
const titleKey = (t: string): string => t.normalize('NFC').replace(/\s+/g, ' ').trim();

export class SubjectIndex {
  readonly #catalog: Catalog;
  readonly #byKey = new Map<string, { asset: string; channel: string }>();
  readonly #byTitle = new Map<string, Asset[]>();
  readonly #channels: Channel[];

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
    this.#channels = catalog.channels;
    for (const asset of catalog.assets) this.add(asset);
  }

  /** Indexes an asset; used for the ones `--add-assets` creates as well. */
  add(asset: Asset): void {
    for (const [channel, value] of Object.entries(asset.externalIds ?? {}))
      for (const key of externalIdKeys(value))
        if (!this.#byKey.has(key)) this.#byKey.set(key, { asset: asset.id, channel });
    const t = titleKey(asset.title);
    this.#byTitle.set(t, [...(this.#byTitle.get(t) ?? []), asset]);
  }

  /** The channel an account is, or why none can be told. */
  channel(ref: AccountRef): Channel | { problem: string } {
    const all = this.#channels;
    if (ref.pinned !== undefined) {
      const p = ref.pinned;
      const hit =
        all.find((c) => c.id === p) ??
        all.find((c) => handleKey(c.handle) === handleKey(p)) ??
        all.find((c) => c.externalId === p);
      return (
        hit ?? { problem: `no channel "${p}" in the data file (give a channel id, handle or external id)` }
      );
    }
    const byId = ref.externalId ? all.find((c) => c.externalId === ref.externalId) : undefined;
    if (byId) return byId;
    const onPlatform = all.filter((c) => ref.platform === undefined || c.platform === ref.platform);
    const byHandle = ref.handle
      ? onPlatform.find((c) => handleKey(c.handle) === handleKey(ref.handle ?? ''))
      : undefined;
    if (byHandle) return byHandle;
    // A channel known by another external id is another account.
    const candidates = onPlatform.filter((c) => !ref.externalId || !c.externalId);
    const where = ref.platform ? `${platformName(ref.platform)} channel` : 'channel';
    const who = [ref.handle && `@${handleKey(ref.handle)}`, ref.externalId && `id ${ref.externalId}`].filter(
      Boolean,
    );
    if (candidates.length === 1 && candidates[0]) return candidates[0];
    if (candidates.length === 0)
      return { problem: `no ${where}${who.length ? ` (${who.join(', ')})` : ''} in the data file` };
    return {
      problem: `several ${where}s could be meant (${candidates.map((c) => c.id).join(', ')}): name one with --channel`,
    };
  }

  /** A post: by any of its ids, then by exact title. */
  item(item: ItemRef): Resolved {
    for (const id of item.ids)
      for (const key of externalIdKeys(id)) {
        const hit = this.#byKey.get(key);
        if (hit) return { subject: hit.asset, channel: hit.channel };
      }
    const titled = item.title ? (this.#byTitle.get(titleKey(item.title)) ?? []) : [];
    if (titled.length > 1)
      return { problem: `several assets are titled "${item.title}" (${titled.map((a) => a.id).join(', ')})` };
    const [asset] = titled;
    if (!asset) return { unknown: true };
    return { subject: asset.id, channel: this.#channelOf(asset, item) };
  }

  /** Where a post matched by title ran: its one channel on the platform, else the export's account, else none. */
  #channelOf(asset: Asset, item: ItemRef): string {
    const own = this.#channels.filter(
      (c) => asset.channels.includes(c.id) && (item.platform === undefined || c.platform === item.platform),
    );
    if (own.length === 1 && own[0]) return own[0].id;
    const account = this.channel({ ...item.account, platform: item.account?.platform ?? item.platform });
    return 'id' in account && (own.length === 0 || own.includes(account)) ? account.id : '';
  }

  /** A generic CSV's subject: an id, external id, title, alias, campaign name or handle. */
  named(name: string, channel: string | undefined): Resolved {
    const c = this.#catalog;
    let on = '';
    if (channel) {
      const ch = this.channel({ pinned: channel });
      if (!('id' in ch)) return ch;
      on = ch.id;
    }
    const n = name.trim();
    const lower = n.toLowerCase();
    const asset =
      c.assets.find((a) => a.id === n) ??
      (() => {
        const r = this.item({ kind: 'item', ids: [n], title: n });
        return 'subject' in r ? c.assets.find((a) => a.id === r.subject) : undefined;
      })() ??
      c.assets.find((a) => a.aliases.some((x) => x.toLowerCase() === lower));
    if (asset) return { subject: asset.id, channel: on };
    const campaign = c.campaigns.find(
      (x) => x.id === n || x.name === n || x.aliases.some((a) => a.toLowerCase() === lower),
    );
    if (campaign) return { subject: campaign.id, channel: on };
    const account = this.#channels.find(
      (x) => x.id === n || x.externalId === n || handleKey(x.handle) === handleKey(n),
    );
    return account ? { subject: account.id, channel: '' } : { unknown: true };
  }
}
