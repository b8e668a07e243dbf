import { averageUnit } from '../average-phrases.ts';
import { conceptRe } from '../concepts.ts';
import type { Ref } from '../lexicon.ts';
import { previousPeriod } from '../period-math.ts';
import { type Period, type QueryPlan, TIME_DIMENSIONS } from '../plan-schema.ts';
import type { Reading } from '../reading.ts';
import { buildScope, mergeScope } from '../scopes.ts';
import { overviewTarget } from './overview-target.ts';
import { spanOf } from './unusual.ts';

/**
 * "and last month?", "what about Instagram?": the previous plan with the new period, scope or metric; undefined
 * when the question changes none of them (or the previous plan cannot take them).
 */
export function mergeFollowUp(
  prev: QueryPlan,
  r: Reading,
  refs: (kind: Ref['kind']) => Ref[],
  metric: string | undefined,
): QueryPlan | undefined {
  const period = r.periods[0] ?? periodBefore(prev, r);
  const newScope = buildScope(refs);
  const changesScope = Object.keys(newScope).length > 0;
  const per = averageUnit(r.norm);
  if (!period && !changesScope && !metric && !r.byDimension && !per) return undefined;
  switch (prev.op) {
    case 'value':
    case 'top':
    case 'breakdown':
      if (r.byDimension && prev.op !== 'top')
        return {
          op: 'breakdown',
          metric: metric ?? prev.metric,
          dimension: r.byDimension,
          scope: mergeScope(prev.scope, newScope),
          period: period ?? prev.period,
          change: prev.change,
        };
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scope: mergeScope(prev.scope, newScope),
        period: period ?? prev.period,
        ...(per && prev.op === 'value' ? { per } : {}),
      };
    case 'compare':
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scopes: prev.scopes.length === 1 ? [mergeScope(prev.scopes[0] ?? {}, newScope)] : prev.scopes,
        period: period ?? prev.period,
        versus: period ? undefined : prev.versus,
      };
    case 'why':
    case 'record':
      // "and last month?", "what about likes?", "by market?": the same question of what they change.
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scope: mergeScope(prev.scope, newScope),
        period: period ?? prev.period,
        ...(prev.op === 'why' && period ? { versus: undefined } : {}),
        ...(prev.op === 'why' && r.byDimension && !TIME.has(r.byDimension)
          ? { dimension: r.byDimension }
          : {}),
      };
    case 'overview': {
      const target = overviewTarget(refs);
      return { ...prev, ...(target ?? {}), period: period ?? prev.period };
    }
    case 'goal':
      return { ...prev, campaign: newScope.campaign ?? prev.campaign, metric: metric ?? prev.metric };
    case 'unusual':
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scope: mergeScope(prev.scope, newScope),
        ...(period ? { period, span: spanOf(period) } : {}),
      };
    default:
      return undefined;
  }
}

const PERIOD_BEFORE = conceptRe('periodBefore');
const TIME = new Set<string>(TIME_DIMENSIONS);

/** "and the week before?", "what about the month before that?": the period just before the previous one. */
function periodBefore(prev: QueryPlan, r: Reading): Period | undefined {
  if (!PERIOD_BEFORE.test(r.norm) || !('period' in prev)) return undefined;
  return previousPeriod(prev.period);
}
