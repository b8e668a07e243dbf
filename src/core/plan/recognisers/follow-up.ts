import { conceptRe, leadingRe } from '../concepts.ts';
import type { QueryPlan } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';
import { STOCK_CHANGE } from '../word-patterns.ts';
import { mergeFollowUp } from './merge-follow-up.ts';
import type { Recogniser } from './recogniser.ts';

const FOLLOW_UP = leadingRe('followUp');
const OPERATION = conceptRe('operation');

/**
 * Follow-ups in a thread, only for fragments: "and last month?", "what about Instagram?", or a short question
 * that names no measure, no thing and no operation ("in April?"). A question with its own measure, subject or
 * operation stands alone. The previous plan is kept; the new words change what they name.
 */
function continued(s: Slots): QueryPlan | undefined {
  const prev = s.ctx.previous;
  const fragment = !s.has(OPERATION) && !s.explicitMetric && !s.entityMentioned && s.r.tokens.length <= 6;
  if (!prev || !(s.has(FOLLOW_UP) || fragment)) return undefined;
  const merged = mergeFollowUp(prev, s.r, s.refs, s.metric && s.explicitMetric ? s.metric.id : undefined);
  // "and how many did we gain this month?": the stock's change, where the previous answer gave its level.
  if (merged && 'change' in merged && s.has(STOCK_CHANGE)) {
    const metric = s.ctx.dataset.metrics.get(merged.metric);
    if (metric?.kind === 'stock') return { ...merged, change: true };
  }
  return merged;
}

export const followUp: Recogniser<QueryPlan> = {
  name: 'follow-up',
  matches: continued,
  build: (s, plan) => ({ plan, confident: true, unknown: s.r.unknown, followUp: true }),
};
