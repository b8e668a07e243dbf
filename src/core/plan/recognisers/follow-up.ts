import { conceptRe, leadingRe } from '../concepts.ts';
import type { QueryPlan } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';
import { mergeFollowUp } from './merge-follow-up.ts';
import type { Recogniser } from './recogniser.ts';

const FOLLOW_UP = leadingRe('followUp');
const OPERATION = conceptRe('operation');

/**
 * Follow-ups in a thread: "and last month?", "what about Instagram?", or any short question that names no
 * operation. The previous plan is kept; the new words change what they name.
 */
function continued(s: Slots): QueryPlan | undefined {
  const prev = s.ctx.previous;
  if (!prev || !(s.has(FOLLOW_UP) || (!s.has(OPERATION) && s.r.tokens.length <= 6))) return undefined;
  return mergeFollowUp(prev, s.r, s.refs, s.metric && s.explicitMetric ? s.metric.id : undefined);
}

export const followUp: Recogniser<QueryPlan> = {
  name: 'follow-up',
  matches: continued,
  build: (s, plan) => ({ plan, confident: true, unknown: s.r.unknown, followUp: true }),
};
