import type { Day } from '../model/dates.ts';
import { dayOf } from './period-math.ts';
import type { Period, QueryPlan } from './plan-schema.ts';
import { isSmallTalk, type Reading } from './reading.ts';
import type { Planned } from './recognisers/recogniser.ts';

/** "hi", "thanks!": a hello and examples, before any planning. */
export function smallTalk(r: Reading): Planned | undefined {
  if (!isSmallTalk(r)) return undefined;
  return {
    plan: { op: 'help', unknown: [], suggestions: [], reason: 'greeting' },
    confident: true,
    unknown: [],
    followUp: false,
  };
}

/** The periods a figure plan reads. */
function periodsOf(plan: QueryPlan): Period[] {
  switch (plan.op) {
    case 'value':
    case 'top':
    case 'breakdown':
    case 'record':
      return [plan.period];
    case 'why':
    case 'compare':
      return [plan.period, ...(plan.versus ? [plan.versus] : [])];
    default:
      return [];
  }
}

/** A figure for a period that has not started ("views next month") does not exist: it is named back instead. */
export function futureGuard(planned: Planned, now: Day): Planned {
  const future = periodsOf(planned.plan).filter((p) => dayOf(p.from) > now);
  if (!future.length) return planned;
  return {
    ...planned,
    plan: { op: 'help', unknown: future.map((p) => p.label), suggestions: [], reason: 'no-period' },
    confident: true,
  };
}
