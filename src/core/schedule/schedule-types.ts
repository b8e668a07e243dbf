// Subscriptions and alerts as stored: plain JSON, so every replica (and a restart) reads the same thing.

/** The periods a digest covers: what `--period` and `digest now …` accept, and what every refusal lists. */
export const DIGEST_PERIODS = ['day', 'week', 'month'] as const;
export type DigestPeriod = (typeof DIGEST_PERIODS)[number];

export interface ScheduleSpec {
  kind: 'daily' | 'weekly' | 'monthly' | 'cron';
  /** A 5-field cron expression (minute hour day-of-month month day-of-week), read in `timezone`. */
  cron: string;
  /** How people say it: "every Monday at 09:00". */
  label: string;
}

export interface SubscriptionDraft {
  schedule: ScheduleSpec;
  /** IANA zone the schedule is read in; defaults to the organization's. */
  timezone: string;
  period: DigestPeriod;
  /** Campaign ids; empty = all the channel may see. */
  campaigns: string[];
  /** Post nothing when the digest says nothing changed versus the previous period. */
  skipUnchanged: boolean;
}

export interface Subscription extends SubscriptionDraft {
  id: string;
  channelId: string;
  createdBy?: string;
  /** ISO instant: slots before it are never posted, so subscribing at 09:05 does not post the 09:00 digest. */
  createdAt: string;
}

export interface AlertSubject {
  kind: 'organization' | 'campaign' | 'asset' | 'channel';
  /** Catalog id; absent for the organization. */
  id?: string;
  name: string;
}

/** Posts once when a figure drops or rises by a percentage week over week. */
export interface ThresholdAlertDraft {
  /** Absent in rules stored before other kinds of alert existed. */
  kind?: 'threshold';
  metric: string;
  metricLabel: string;
  subject: AlertSubject;
  direction: 'drops' | 'rises';
  /** Percent, e.g. 20 for "drops 20%". */
  thresholdPct: number;
}

/** Posts each unusual change newly flagged in the subject or anything in it, once per flag. */
export interface UnusualAlertDraft {
  kind: 'unusual';
  metric: string;
  metricLabel: string;
  subject: AlertSubject;
}

export type AlertDraft = ThresholdAlertDraft | UnusualAlertDraft;

interface AlertMeta {
  id: string;
  channelId: string;
  createdBy?: string;
  createdAt: string;
}

export type ThresholdAlertRule = ThresholdAlertDraft & AlertMeta;
export type UnusualAlertRule = UnusualAlertDraft & AlertMeta;
export type AlertRule = ThresholdAlertRule | UnusualAlertRule;

export type ScheduleCommand =
  | { kind: 'subscribe'; draft: SubscriptionDraft }
  | { kind: 'list' }
  | { kind: 'unsubscribe'; id: string }
  | { kind: 'alert'; draft: AlertDraft }
  | { kind: 'alerts' }
  | { kind: 'unalert'; id: string }
  | { kind: 'help'; topic: 'digest' | 'alert' };
