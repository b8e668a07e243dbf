import type { Dataset } from '../../core/model/dataset.ts';
import { formatDateTime } from '../../core/render/format.ts';
import type {
  AlertDraft,
  AlertRule,
  Subscription,
  SubscriptionDraft,
} from '../../core/schedule/schedule-types.ts';

// Wording for subscriptions and alerts in replies (Slack mrkdwn, also readable in a terminal).

const PERIOD_NAMES = { day: 'daily', week: 'weekly', month: 'monthly' } as const;

export const formatInstant = (at: Date, timeZone: string): string =>
  `${formatDateTime(at, timeZone)} (${timeZone})`;

export function describeSubscription(sub: SubscriptionDraft, data: Dataset): string {
  const campaigns = sub.campaigns.length
    ? sub.campaigns.map((id) => data.nameOf(id)).join(', ')
    : 'all campaigns';
  const skip = sub.skipUnchanged ? ', skipped when nothing changed' : '';
  return `${PERIOD_NAMES[sub.period]} digest ${sub.schedule.label} (${sub.timezone}) for ${campaigns}${skip}`;
}

export function describeAlert(rule: AlertDraft): string {
  if (rule.kind === 'unusual')
    return `${rule.metricLabel} for ${rule.subject.name}, or anything in it, is newly unusual on its latest whole day or week`;
  const verb = rule.direction === 'drops' ? 'drop' : 'rise';
  return `${rule.metricLabel} for ${rule.subject.name} ${verb}s ${rule.thresholdPct}% or more week over week`;
}

export const subscriptionLine = (sub: Subscription, data: Dataset, next: Date | undefined): string =>
  `• \`${sub.id}\` ${describeSubscription(sub, data)}${next ? ` · next ${formatInstant(next, sub.timezone)}` : ''}`;

export const alertLine = (rule: AlertRule): string => `• \`${rule.id}\` when ${describeAlert(rule)}`;
