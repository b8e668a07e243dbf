import type { Metric } from '../../model/types.ts';
import { conceptRe, leadingRe } from '../concepts.ts';
import type { Period, QueryPlan, Scope } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';
import { done, type Recogniser } from './recogniser.ts';

const UNUSUAL = conceptRe('unusual');
const YES_NO = leadingRe('yesNo');
const ASKING = conceptRe('asking');

/** What the thread's previous answer was a figure of: its measure, scope and period. */
function previousFigure(
  plan: QueryPlan | undefined,
): { metric?: string; scope: Scope; period?: Period } | undefined {
  switch (plan?.op) {
    case 'value':
    case 'top':
    case 'breakdown':
    case 'unusual':
      return { metric: plan.metric, scope: plan.scope, period: plan.period };
    case 'compare':
      return {
        metric: plan.metric,
        scope: plan.scopes.length === 1 ? (plan.scopes[0] ?? {}) : {},
        period: plan.period,
      };
    case 'overview':
      return {
        scope: plan.kind === 'organization' || !plan.id ? {} : { [plan.kind]: plan.id },
        period: plan.period,
      };
    case 'goal':
      return { metric: plan.metric, scope: plan.campaign ? { campaign: plan.campaign } : {} };
    default:
      return undefined;
  }
}

/** A day asked about is judged as a day, a week as a week; anything else, both. */
export const spanOf = (p: Period): 'day' | 'week' | 'both' =>
  p.kind === 'day' ? 'day' : p.kind === 'week' ? 'week' : 'both';

/**
 * "anything unusual this week?", "any spikes?", "what's unusual for <campaign>?": what departs from its own
 * history. "is that unusual?" asks about one figure: the thread's last one, unless the question names its own.
 */
export const unusualChanges: Recogniser<Metric> = {
  name: 'unusual',
  // "which day had the biggest spike?" ranks days: the busiest one, not what departs from its history.
  matches: (s) => s.has(UNUSUAL) && !(s.superlative && s.r.time) && s.metric,
  build: (s: Slots, metric) => {
    const self = s.has(YES_NO) && !s.has(ASKING);
    // In a thread, "is that unusual?" is about the figure just given; a question naming its own thing is not.
    const prev = self && !s.entityMentioned ? previousFigure(s.ctx.previous) : undefined;
    const period = s.period ?? prev?.period ?? s.whole;
    const metricId = s.explicitMetric ? metric.id : (prev?.metric ?? metric.id);
    return done(s, {
      op: 'unusual',
      metric: s.ctx.dataset.metrics.has(metricId) ? metricId : metric.id,
      scope: prev && Object.keys(s.scope).length === 0 ? prev.scope : s.scope,
      period,
      span: spanOf(period),
      self,
    });
  },
};
