import type { FigureSource } from '../ports.ts';
import type { Day } from './dates.ts';
import { formatDay } from './dates.ts';
import type { SeriesReader } from './series-reader.ts';
import type { Asset, Campaign, Catalog, Channel, Metric } from './types.ts';

/** A series with what it belongs to, resolved once at load so queries never join. */
export interface TaggedSeries {
  series: SeriesReader;
  campaign?: string;
  asset?: string;
  /** The row's channel, or the subject when the subject is a channel. */
  channel?: string;
  platform?: string;
  language?: string;
  markets: readonly string[];
  /** The asset's format, lowercased ("short_video"), for format filters. */
  format?: string;
}

/** The tags of a series a filter can start from (see Dataset.seriesTagged). */
export type SeriesTag = 'channel' | 'platform' | 'language' | 'market';

/** A data file's `sample` key: bundled sample data, said so wherever its figures are shown. */
export interface SampleMeta {
  /** `today`: its dates follow the calendar (see sample-data.ts). */
  relativeTo?: 'today';
  /** How many days its dates were moved forward for the day asked about; 0 or absent when they were not. */
  shiftedDays?: number;
}

export interface DatasetMeta {
  /** The data file's name (never a full path: it is shown to users). */
  source: string;
  /** Content hash, so caches keyed on it expire when the data changes. */
  version: string;
  /** Set only for a file that declares itself sample data; a team's own data never has it. */
  sample?: SampleMeta;
}

/** A validated data file with its in-memory indexes. Immutable: a reload builds a new one. */
export class Dataset {
  readonly catalog: Catalog;
  readonly meta: DatasetMeta;
  readonly series: readonly TaggedSeries[];
  readonly metrics = new Map<string, Metric>();
  readonly campaigns = new Map<string, Campaign>();
  readonly assets = new Map<string, Asset>();
  readonly channels = new Map<string, Channel>();
  /** series by metric id: every query starts from one metric. */
  readonly byMetric = new Map<string, TaggedSeries[]>();
  /** series by metric, then asset or campaign id, so a scoped query reads only its own few series. */
  readonly #byOwner = new Map<
    string,
    { asset: Map<string, TaggedSeries[]>; campaign: Map<string, TaggedSeries[]> }
  >();
  /** series by metric, then a tag's value (see seriesTagged): built on the first filtered question. */
  #byTag: Map<string, TaggedSeries[]> | undefined;
  /** First and last day with any row (undefined when there are no rows). */
  readonly firstDay: Day | undefined;
  readonly lastDay: Day | undefined;
  /** Per metric, the latest day of any of its rows in the whole file: how far its figures reach. */
  readonly #through = new Map<string, Day>();
  readonly #views = new Map<string, Dataset>();
  /** Set when some series live in a database: figures are then read through its sessions (withFigures). */
  readonly figures: FigureSource | undefined;

  constructor(
    catalog: Catalog,
    series: readonly SeriesReader[] | readonly TaggedSeries[],
    meta: DatasetMeta,
    through?: ReadonlyMap<string, Day>,
    figures?: FigureSource,
  ) {
    this.catalog = catalog;
    this.meta = meta;
    this.figures = figures;
    for (const m of catalog.metrics) this.metrics.set(m.id, m);
    for (const c of catalog.campaigns) this.campaigns.set(c.id, c);
    for (const a of catalog.assets) this.assets.set(a.id, a);
    for (const c of catalog.channels) this.channels.set(c.id, c);
    this.series = series.map((s) => ('series' in s ? s : this.#tag(s)));
    let first: Day | undefined;
    let last: Day | undefined;
    for (const t of this.series) {
      const list = this.byMetric.get(t.series.metric) ?? [];
      list.push(t);
      this.byMetric.set(t.series.metric, list);
      // Maps by metric, then id: a joined key string per series would be made and hashed tens of thousands of times.
      let owners = this.#byOwner.get(t.series.metric);
      if (!owners) {
        owners = { asset: new Map(), campaign: new Map() };
        this.#byOwner.set(t.series.metric, owners);
      }
      if (t.asset !== undefined) push(owners.asset, t.asset, t);
      if (t.campaign !== undefined) push(owners.campaign, t.campaign, t);
      const f = t.series.first;
      const l = t.series.last;
      if (f !== undefined && (first === undefined || f < first)) first = f;
      if (l !== undefined && (last === undefined || l > last)) last = l;
      const known = this.#through.get(t.series.metric);
      if (l !== undefined && (known === undefined || l > known)) this.#through.set(t.series.metric, l);
    }
    // A channel's view hides some rows, not the file's reach: the contract's data-through is the whole file's.
    if (through) for (const [metric, day] of through) this.#through.set(metric, day);
    this.firstDay = first;
    this.lastDay = last;
  }

  #tag(series: SeriesReader): TaggedSeries {
    const asset = this.assets.get(series.subject);
    const campaignId = asset
      ? asset.campaign
      : this.campaigns.has(series.subject)
        ? series.subject
        : undefined;
    const channelId = series.channel || (this.channels.has(series.subject) ? series.subject : undefined);
    const channel = channelId ? this.channels.get(channelId) : undefined;
    const campaign = campaignId ? this.campaigns.get(campaignId) : undefined;
    // An asset counts for its own markets, else its campaign's. A campaign's own rows cannot be split between
    // several markets, so they count for one only when the campaign has exactly one.
    const markets = asset
      ? asset.markets.length
        ? asset.markets
        : (campaign?.markets ?? [])
      : campaign?.markets.length === 1
        ? campaign.markets
        : [];
    return {
      series,
      campaign: campaignId,
      asset: asset?.id,
      channel: channelId,
      platform: channel?.platform,
      language: asset?.language,
      format: asset?.format?.toLowerCase(),
      markets,
    };
  }

  /** The series of one metric that belong to an asset or to a campaign (a campaign's include its assets'). */
  seriesOf(metric: string, kind: 'asset' | 'campaign', id: string): readonly TaggedSeries[] {
    return this.#byOwner.get(metric)?.[kind].get(id) ?? [];
  }

  /**
   * The series of one metric with a tag's value (a series counts for each of its markets), in the order of
   * `byMetric`: a filter on a platform or a market starts from its own series instead of all of the metric's.
   */
  seriesTagged(metric: string, tag: SeriesTag, value: string): readonly TaggedSeries[] {
    if (!this.#byTag) {
      const index = new Map<string, TaggedSeries[]>();
      const add = (t: TaggedSeries, name: SeriesTag, v: string | undefined) => {
        if (v === undefined) return;
        const key = `${t.series.metric}\u0000${name}\u0000${v}`;
        const list = index.get(key);
        // A market listed twice still counts the series once.
        if (!list) index.set(key, [t]);
        else if (list[list.length - 1] !== t) list.push(t);
      };
      for (const t of this.series) {
        add(t, 'channel', t.channel);
        add(t, 'platform', t.platform);
        add(t, 'language', t.language);
        for (const m of t.markets) add(t, 'market', m);
      }
      this.#byTag = index;
    }
    return this.#byTag.get(`${metric}\u0000${tag}\u0000${value}`) ?? [];
  }

  /** The latest day of any row of the metric in the whole file (undefined when it has no rows). */
  dataThrough(metric: string): Day | undefined {
    return this.#through.get(metric);
  }

  /** The day the data runs to, for the "data as of" line. */
  get asOf(): string | undefined {
    return this.lastDay === undefined ? undefined : formatDay(this.lastDay);
  }

  /** Display name of any catalog id. */
  nameOf(id: string): string {
    return (
      this.campaigns.get(id)?.name ??
      this.assets.get(id)?.title ??
      this.channels.get(id)?.handle ??
      this.metrics.get(id)?.label ??
      id
    );
  }

  /**
   * What one Slack channel may see: campaigns whose `visibility` excludes it vanish with their assets and rows,
   * so they are neither named nor counted. Cached per channel.
   */
  forChannel(channelId: string | undefined): Dataset {
    const hidden = this.catalog.campaigns.filter(
      (c) => c.visibility !== undefined && (channelId === undefined || !c.visibility.includes(channelId)),
    );
    if (hidden.length === 0) return this;
    const key = hidden
      .map((c) => c.id)
      .sort()
      .join(',');
    const cached = this.#views.get(key);
    if (cached) return cached;
    const hiddenIds = new Set(hidden.map((c) => c.id));
    const hiddenAssets = new Set(
      this.catalog.assets.filter((a) => hiddenIds.has(a.campaign)).map((a) => a.id),
    );
    const catalog: Catalog = {
      ...this.catalog,
      campaigns: this.catalog.campaigns.filter((c) => !hiddenIds.has(c.id)),
      assets: this.catalog.assets.filter((a) => !hiddenAssets.has(a.id)),
      awards: this.catalog.awards.filter(
        (a) => a.subject === undefined || (!hiddenIds.has(a.subject) && !hiddenAssets.has(a.subject)),
      ),
    };
    const view = new Dataset(
      catalog,
      this.series.filter((t) => t.campaign === undefined || !hiddenIds.has(t.campaign)),
      this.meta,
      this.#through,
      this.figures,
    );
    this.#views.set(key, view);
    return view;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
