import type { Answer } from '../../core/answer-types.ts';
import { type QueryPlan, queryPlanSchema, type Scope } from '../../core/plan/plan-schema.ts';
import type { Block, ButtonElement } from '../../core/render/block-kit.ts';
import { downloadableTable } from './answer-record.ts';

export const ACTION_IDS = {
  breakdown: 'pulse_breakdown_channel',
  compare: 'pulse_compare_previous',
  subscribe: 'pulse_subscribe_digest',
  csv: 'pulse_download_csv',
  feedbackUp: 'pulse_feedback_up',
  feedbackDown: 'pulse_feedback_down',
} as const;

/**
 * An answer as the buttons see it: `record` is the id of its stored record (answer-record.ts); an `ephemeral`
 * answer has no message to upload a CSV under.
 */
export type ActionSource = Pick<Answer, 'plan' | 'result'> & { record?: string; ephemeral?: boolean };

/** Slack refuses button values above 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;

const FIGURE_OPS = new Set<QueryPlan['op']>(['value', 'compare', 'top', 'breakdown', 'overview']);

/** What one figure answer measured: the base the follow-up buttons vary. */
interface Measure {
  metric: string;
  scope: Scope;
  period: Extract<QueryPlan, { op: 'value' }>['period'];
  change: boolean;
}

function measureOf(answer: Pick<Answer, 'plan' | 'result'>): Measure | undefined {
  const p = answer.plan;
  switch (p.op) {
    case 'value':
    case 'top':
    case 'breakdown':
      return { metric: p.metric, scope: p.scope, period: p.period, change: p.change };
    case 'compare': {
      const scope = p.scopes[0];
      return scope ? { metric: p.metric, scope, period: p.period, change: p.change } : undefined;
    }
    case 'overview': {
      // An overview names no metric; its first figure is the headline one.
      const metric = answer.result.op === 'overview' ? answer.result.figures[0]?.metric.id : undefined;
      if (!metric) return undefined;
      const scope: Scope = p.kind === 'organization' || !p.id ? {} : { [p.kind]: p.id };
      return { metric, scope, period: p.period, change: false };
    }
    default:
      return undefined;
  }
}

/** The plan behind "Break down by channel", unless the answer already is one (or is about one channel). */
export function breakdownFollowUp(answer: Pick<Answer, 'plan' | 'result'>): QueryPlan | undefined {
  const m = measureOf(answer);
  if (!m || m.scope.channel) return undefined;
  if (answer.plan.op === 'breakdown' && answer.plan.dimension === 'channel') return undefined;
  return {
    op: 'breakdown',
    dimension: 'channel',
    metric: m.metric,
    scope: m.scope,
    period: m.period,
    change: m.change,
  };
}

/** The plan behind "Compare with previous period"; "all time" has no previous period. */
export function compareFollowUp(answer: Pick<Answer, 'plan' | 'result'>): QueryPlan | undefined {
  const m = measureOf(answer);
  if (!m || m.period.kind === 'all') return undefined;
  if (answer.plan.op === 'compare' && answer.plan.scopes.length === 1) return undefined;
  return { op: 'compare', metric: m.metric, scopes: [m.scope], period: m.period, change: m.change };
}

function planButton(actionId: string, label: string, plan: QueryPlan | undefined): ButtonElement | undefined {
  if (!plan) return undefined;
  const value = JSON.stringify(plan);
  if (value.length > MAX_BUTTON_VALUE) return undefined;
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value };
}

const button = (action_id: string, text: string, value: string): ButtonElement => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text, emoji: true },
  value,
});

/** Follow-ups under a figure answer (none for help, lists and goals). */
function followUps(answer: ActionSource): Block[] {
  if (!FIGURE_OPS.has(answer.plan.op)) return [];
  const buttons = [
    planButton(ACTION_IDS.breakdown, 'Break down by channel', breakdownFollowUp(answer)),
    planButton(ACTION_IDS.compare, 'Compare with previous period', compareFollowUp(answer)),
    button(ACTION_IDS.subscribe, 'Subscribe to weekly digest', 'weekly'),
  ].filter((b): b is ButtonElement => b !== undefined);
  return [{ type: 'actions', block_id: 'pulse_followups', elements: buttons }];
}

/** Under every answer with a stored record: the CSV when it has a table, and 👍 / 👎. */
function answerTools(answer: ActionSource): Block[] {
  const id = answer.record;
  if (!id) return [];
  const buttons = [
    ...(!answer.ephemeral && downloadableTable(answer) ? [button(ACTION_IDS.csv, 'Download CSV', id)] : []),
    button(ACTION_IDS.feedbackUp, '👍', id),
    button(ACTION_IDS.feedbackDown, '👎', id),
  ];
  return [{ type: 'actions', block_id: 'pulse_answer_tools', elements: buttons }];
}

/** The buttons under an answer. */
export function answerActions(answer: ActionSource | undefined): Block[] {
  return answer ? [...followUps(answer), ...answerTools(answer)] : [];
}

/** Reads a plan back from a button; anything malformed is refused rather than run. */
export function planFromButton(value: string | undefined): QueryPlan | undefined {
  if (!value || value.length > MAX_BUTTON_VALUE) return undefined;
  try {
    const parsed = queryPlanSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
