import type { Day } from './dates.ts';

export type MetricKind = 'flow' | 'stock';
export type CampaignStatus = 'planned' | 'active' | 'paused' | 'completed';
/** A lowercase platform id: one of the known ones (platforms.ts) or any other. */
export type Platform = string;

export interface Organization {
  name: string;
  timezone: string;
  aliases: string[];
}

export interface Metric {
  id: string;
  label: string;
  kind: MetricKind;
  unit?: string;
  aliases: string[];
  /** Which way is good news; absent means up. */
  better?: 'up' | 'down';
}

export interface Goal {
  metric: string;
  target: number;
  by?: Day;
}

export interface Campaign {
  id: string;
  name: string;
  aliases: string[];
  status: CampaignStatus;
  start: Day;
  end?: Day;
  languages: string[];
  markets: string[];
  owner?: string;
  description?: string;
  goals: Goal[];
  /** Slack channel ids allowed to see it; undefined = everyone. */
  visibility?: string[];
}

export interface Channel {
  id: string;
  platform: Platform;
  handle: string;
  name?: string;
  language?: string;
  /** The platform's own id of the account, for imports. */
  externalId?: string;
}

export interface AssetVersion {
  language: string;
}

export interface Asset {
  id: string;
  campaign: string;
  title: string;
  aliases: string[];
  format?: string;
  language?: string;
  markets: string[];
  published?: Day;
  channels: string[];
  versions: AssetVersion[];
  /** Channel id → the asset's id or URL on that channel, for imports. */
  externalIds?: Readonly<Record<string, string>>;
}

export interface Award {
  name: string;
  event?: string;
  date?: Day;
  /** A campaign or asset id; undefined = the organization. */
  subject?: string;
  level?: string;
}

export interface Ranking {
  index: string;
  publisher?: string;
  year: number;
  rank?: number;
  tier?: string;
  note?: string;
}

/** One observation, after validation. `channel` is '' when absent. */
export interface SeriesRow {
  date: Day;
  subject: string;
  channel: string;
  metric: string;
  value: number;
}

/** The catalog: everything but the observations. Small, safe to hand to a planner or a model. */
export interface Catalog {
  organization: Organization;
  metrics: Metric[];
  campaigns: Campaign[];
  channels: Channel[];
  assets: Asset[];
  awards: Award[];
  rankings: Ranking[];
}

export type EntityKind = 'campaign' | 'asset' | 'channel';
