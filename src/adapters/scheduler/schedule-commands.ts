import { PulseError } from '../../core/errors.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { KeyValueStore, Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import {
  ALERT_USAGE,
  DIGEST_USAGE,
  isScheduleCommand,
  parseScheduleCommand,
} from '../../core/schedule/parse-schedule-command.ts';
import type { AlertDraft, SubscriptionDraft } from '../../core/schedule/schedule-types.ts';
import {
  alertLine,
  describeAlert,
  describeSubscription,
  formatInstant,
  subscriptionLine,
} from './describe-schedule.ts';
import { newId, ScheduleRepo } from './schedule-repo.ts';
import { checkSchedule, SlotSchedule } from './slot-schedule.ts';

export { isScheduleCommand };

export interface ScheduleCommandContext {
  /** The Slack channel digests and alerts go to; absent in the console, which gets `console`. */
  channelId?: string;
  userId?: string;
  /** The whole dataset: names resolve against what this channel may see. */
  dataset: Dataset;
  store: KeyValueStore;
  now: Date;
  /** Per channel, so a typo loop cannot fill the store. */
  maxPerChannel?: number;
  logger?: Logger;
}

export interface ScheduleReply {
  /** Errors, help and lists are shown only to the person who asked; changes are announced to the channel. */
  ephemeral: boolean;
  text: string;
}

export const CONSOLE_CHANNEL = 'console';

const reply = (text: string, ephemeral = true): ScheduleReply => ({ ephemeral, text });

/** Handles `digest subscribe|list|unsubscribe …` and `alert …`; every problem becomes a helpful reply. */
export async function handleScheduleCommand(
  args: string,
  ctx: ScheduleCommandContext,
): Promise<ScheduleReply> {
  try {
    return await run(args, ctx);
  } catch (error) {
    if (error instanceof PulseError && error.code === 'SCHEDULE_INVALID') return reply(error.message);
    (ctx.logger ?? silentLogger).error(
      { err: String(error), code: (error as PulseError).code },
      'schedule command failed',
    );
    return reply(
      'Sorry, I could not save or read schedules just now (storage unavailable). Please try again shortly.',
    );
  }
}

async function run(args: string, ctx: ScheduleCommandContext): Promise<ScheduleReply> {
  const channelId = ctx.channelId ?? CONSOLE_CHANNEL;
  const data = ctx.dataset.forChannel(ctx.channelId);
  const repo = new ScheduleRepo(ctx.store);
  const command = parseScheduleCommand(args, data);
  switch (command.kind) {
    case 'help':
      return reply(
        command.topic === 'digest' ? `Digest subscriptions:\n${DIGEST_USAGE}` : `Alerts:\n${ALERT_USAGE}`,
      );
    case 'subscribe':
      return subscribe(command.draft, channelId, ctx, repo, data);
    case 'list': {
      const subs = await repo.subscriptions(channelId);
      if (subs.length === 0) return reply(`No digests in this channel yet. Subscribe with:\n${DIGEST_USAGE}`);
      const lines = subs.map((s) =>
        subscriptionLine(s, data, new SlotSchedule(s.schedule.cron, s.timezone).nextAfter(ctx.now)),
      );
      return reply(`Digests for this channel:\n${lines.join('\n')}`);
    }
    case 'unsubscribe': {
      const sub = await repo.getSubscription(command.id);
      if (!sub || sub.channelId !== channelId) {
        return reply(`No subscription \`${command.id}\` in this channel. See \`digest list\`.`);
      }
      await repo.removeSubscription(sub.id);
      return reply(`Unsubscribed \`${sub.id}\`: no more ${describeSubscription(sub, data)}.`, false);
    }
    case 'alert':
      return addAlert(command.draft, channelId, ctx, repo);
    case 'alerts': {
      const rules = await repo.alerts(channelId);
      if (rules.length === 0) return reply(`No alerts in this channel yet. Set one with:\n${ALERT_USAGE}`);
      return reply(`Alerts for this channel:\n${rules.map(alertLine).join('\n')}`);
    }
    case 'unalert': {
      const rule = await repo.getAlert(command.id);
      if (!rule || rule.channelId !== channelId) {
        return reply(`No alert \`${command.id}\` in this channel. See \`alert list\`.`);
      }
      await repo.removeAlert(rule.id);
      return reply(`Removed alert \`${rule.id}\` (${describeAlert(rule)}).`, false);
    }
  }
}

async function subscribe(
  draft: SubscriptionDraft,
  channelId: string,
  ctx: ScheduleCommandContext,
  repo: ScheduleRepo,
  data: Dataset,
): Promise<ScheduleReply> {
  const schedule = checkSchedule(draft.schedule.cron, draft.timezone, ctx.now);
  const max = ctx.maxPerChannel ?? 20;
  if ((await repo.subscriptions(channelId)).length >= max) {
    return reply(
      `This channel already has ${max} digests, the most allowed. Remove one with \`digest unsubscribe <id>\`.`,
    );
  }
  const id = newId('d');
  await repo.addSubscription({
    ...draft,
    id,
    channelId,
    createdBy: ctx.userId,
    createdAt: ctx.now.toISOString(),
  });
  const next = schedule.nextAfter(ctx.now);
  return reply(
    [
      `Subscribed: this channel gets the ${describeSubscription(draft, data)}.`,
      next ? `First one: ${formatInstant(next, draft.timezone)}.` : '',
      `Id \`${id}\` — \`/pulse digest unsubscribe ${id}\` stops it.`,
    ]
      .filter(Boolean)
      .join('\n'),
    false,
  );
}

async function addAlert(
  draft: AlertDraft,
  channelId: string,
  ctx: ScheduleCommandContext,
  repo: ScheduleRepo,
): Promise<ScheduleReply> {
  const max = ctx.maxPerChannel ?? 20;
  if ((await repo.alerts(channelId)).length >= max) {
    return reply(
      `This channel already has ${max} alerts, the most allowed. Remove one with \`alert remove <id>\`.`,
    );
  }
  const id = newId('a');
  await repo.addAlert({ ...draft, id, channelId, createdBy: ctx.userId, createdAt: ctx.now.toISOString() });
  return reply(
    `Alert \`${id}\` set: I will post here when ${describeAlert(draft)}, ${draft.kind === 'unusual' ? 'once for each flag' : 'and not again until it recovers'}. \`/pulse alert remove ${id}\` stops it.`,
    false,
  );
}
