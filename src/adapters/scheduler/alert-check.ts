import type { PulseService } from '../../app/pulse-types.ts';
import type { Answer, Rendered } from '../../core/answer-types.ts';
import type { CompareResult } from '../../core/engine/result.ts';
import { dayOf, makePeriod, startOfWeek } from '../../core/plan/period-math.ts';
import type { QueryPlan, Scope } from '../../core/plan/plan-schema.ts';
import type { Block } from '../../core/render/block-kit.ts';
import type { AlertRule, AlertSubject, ThresholdAlertRule } from '../../core/schedule/schedule-types.ts';
import { describeAlert } from './describe-schedule.ts';

export interface AlertReading {
  current: number;
  previous: number;
  /** Undefined when the previous week was 0: no percentage, so never a breach. */
  growth?: number;
  answer: Answer;
}

/** Whether an alert is firing and, when it is, the message. */
export interface AlertState {
  firing: boolean;
  /** Bumped each time the alert clears, so each new breach is a new one-post episode. */
  episode: number;
}

export const scopeOf = (s: AlertSubject): Scope =>
  s.kind === 'organization' || !s.id ? {} : { [s.kind]: s.id };

/** The last complete Monday–Sunday week before today, compared by the engine with the week before it. */
export function weekOverWeekPlan(rule: Pick<AlertRule, 'metric' | 'subject'>, today: string): QueryPlan {
  const lastMonday = startOfWeek(dayOf(today)) - 7;
  return {
    op: 'compare',
    metric: rule.metric,
    scopes: [scopeOf(rule.subject)],
    period: makePeriod('week', lastMonday, lastMonday + 6, 'last week'),
    change: false,
  };
}

/** Reads an alert's figures through the service, so every number comes from the engine. */
export async function readAlert(
  rule: ThresholdAlertRule,
  service: Pick<PulseService, 'run' | 'today'>,
): Promise<AlertReading> {
  const answer = await service.run(weekOverWeekPlan(rule, service.today()), {
    viewer: { channelId: rule.channelId },
  });
  const result = answer.result as CompareResult;
  if (result.op !== 'compare' || result.items.length < 2) {
    throw new Error(`alert ${rule.id}: the engine returned ${result.op}, not a week-over-week comparison`);
  }
  return {
    current: result.items[0]?.value ?? 0,
    previous: result.items[1]?.value ?? 0,
    growth: result.growth,
    answer,
  };
}

export function breaches(
  rule: Pick<ThresholdAlertRule, 'direction' | 'thresholdPct'>,
  reading: Pick<AlertReading, 'growth'>,
): boolean {
  if (reading.growth === undefined) return false;
  const threshold = rule.thresholdPct / 100;
  return rule.direction === 'drops' ? reading.growth <= -threshold : reading.growth >= threshold;
}

/** The alert headline above the engine's own comparison answer. */
export function alertMessage(
  rule: ThresholdAlertRule,
  reading: AlertReading,
): Pick<Rendered, 'text' | 'blocks' | 'terminal'> {
  const icon = rule.direction === 'drops' ? ':chart_with_downwards_trend:' : ':chart_with_upwards_trend:';
  const headline = `${icon} *Alert \`${rule.id}\`*: ${describeAlert(rule)}.`;
  const head: Block = { type: 'section', text: { type: 'mrkdwn', text: headline } };
  return {
    text: `${headline}\n${reading.answer.text}`,
    blocks: [head, ...reading.answer.blocks].slice(0, 50),
    terminal: `ALERT ${rule.id}: ${describeAlert(rule)}.\n${reading.answer.terminal}`,
  };
}
