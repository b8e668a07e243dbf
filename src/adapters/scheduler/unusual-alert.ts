import type { PulseService } from '../../app/pulse-types.ts';
import type { Rendered } from '../../core/answer-types.ts';
import type { UnusualItem, UnusualResult } from '../../core/engine/result.ts';
import type { QueryPlan } from '../../core/plan/plan-schema.ts';
import type { KeyValueStore } from '../../core/ports.ts';
import type { Block } from '../../core/render/block-kit.ts';
import { describeResult } from '../../core/render/describe-result.ts';
import { layout } from '../../core/render/layout.ts';
import type { UnusualAlertRule } from '../../core/schedule/schedule-types.ts';
import { scopeOf } from './alert-check.ts';
import { describeAlert } from './describe-schedule.ts';
import type { DigestPoster } from './digest-poster.ts';
import { PostError } from './digest-poster.ts';
import { KEYS } from './schedule-repo.ts';

/** A flag is news once: its claim outlives the eight weeks in which its day or week could be judged again. */
const FLAG_TTL_MS = 70 * 86_400_000;

/** Everything unusual in the subject on its latest whole day and week, judged by the engine. */
export const unusualPlan = (
  rule: Pick<UnusualAlertRule, 'metric' | 'subject'>,
  today: string,
): QueryPlan => ({
  op: 'unusual',
  metric: rule.metric,
  scope: scopeOf(rule.subject),
  period: { kind: 'day', from: today, to: today, label: 'today' },
  span: 'both',
  self: false,
});

/** What makes a flag the same one on the next check: the thing, the span and its dates. */
export const flagId = (i: UnusualItem): string => `${i.span}:${i.from}:${i.kind}:${i.id ?? ''}`;

export interface UnusualAlertDeps {
  service: Pick<PulseService, 'run' | 'today'>;
  store: KeyValueStore;
  poster: DigestPoster;
  replica: string;
}

/** The alert headline above the engine's own answer, cut to the flags not posted before. */
export function unusualAlertMessage(rule: UnusualAlertRule, result: UnusualResult): Rendered {
  const headline = `:mag: *Alert \`${rule.id}\`*: ${describeAlert(rule)}.`;
  const body = layout(describeResult(result), '');
  const head: Block = { type: 'section', text: { type: 'mrkdwn', text: headline } };
  return {
    text: `${headline}\n${body.text}`,
    blocks: [head, ...body.blocks].slice(0, 50),
    terminal: `ALERT ${rule.id}: ${describeAlert(rule)}.\n${body.terminal}`,
  };
}

/** Posts the flags this alert has not posted yet; true when it posted. Each flag is claimed, so once only. */
export async function checkUnusualAlert(rule: UnusualAlertRule, deps: UnusualAlertDeps): Promise<boolean> {
  const answer = await deps.service.run(unusualPlan(rule, deps.service.today()), {
    viewer: { channelId: rule.channelId },
  });
  const result = answer.result;
  if (result.op !== 'unusual')
    throw new Error(`alert ${rule.id}: the engine returned ${result.op}, not unusual changes`);
  const fresh: UnusualItem[] = [];
  for (const item of result.items) {
    if (await deps.store.claim(KEYS.unusualFlag(rule.id, flagId(item)), deps.replica, FLAG_TTL_MS))
      fresh.push(item);
  }
  if (fresh.length === 0) return false;
  try {
    await deps.poster.post(rule.channelId, unusualAlertMessage(rule, { ...result, items: fresh }));
  } catch (error) {
    // Not delivered: the flags are news again on the next check.
    if (!(error instanceof PostError && error.delivered))
      await Promise.all(fresh.map((i) => deps.store.delete(KEYS.unusualFlag(rule.id, flagId(i)))));
    throw error;
  }
  return true;
}
