import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { previousPeriod } from '../plan/period-math.ts';
import type { QueryPlan } from '../plan/plan-schema.ts';
import { countedDays, coverageNote, levelDates, likeForLike, reach } from './coverage.ts';
import { decomposeBelow, figureOf, type Window } from './decompose.ts';
import { growthOf } from './growth.ts';
import { scopeLabel } from './labels.ts';
import { measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import type { WhyResult } from './result.ts';

/** The days a stock's two levels are read at, and the dates of the values read when they are older (snapshots). */
function levelsRead(list: readonly TaggedSeries[], from: Day, to: Day): NonNullable<WhyResult['levels']> {
  const [fromDates, toDates] = [levelDates(list, from), levelDates(list, to)];
  return {
    from: formatDay(from),
    to: formatDay(to),
    ...(fromDates ? { fromDates } : {}),
    ...(toDates ? { toDates } : {}),
  };
}

type WhyPlan = Extract<QueryPlan, { op: 'why' }>;

/**
 * "Why did views drop last week?": the change from the period before (like for like when the data ends inside
 * the period), split one level down. A stock's change is its level's over the period: from the day before it
 * starts to its last counted day.
 */
export function explainChange(ds: Dataset, metric: Metric, plan: WhyPlan, now: Day): WhyResult {
  const list = select(ds, metric.id, plan.scope);
  const through = reach(ds, metric.id, now);
  const c = countedDays(plan.period, now, through);
  const coverage = coverageNote(c);
  const base = {
    op: 'why' as const,
    metric: metricRef(metric),
    subject: scopeLabel(ds, plan.scope),
    period: plan.period,
    ...(plan.asked ? { asked: plan.asked } : {}),
    ...(coverage ? { coverage } : {}),
  };
  // No data yet (or a period not begun): nothing to explain, and no figure.
  if (c.noData || c.days === 0) return { ...base, current: 0, previous: 0, change: 0, hasData: false };
  const stock = metric.kind === 'stock';
  const versus = stock ? undefined : likeForLike(plan.versus ?? previousPeriod(plan.period), c);
  const p = versus && countedDays(versus, now, through);
  const current: Window = { from: c.from, to: c.to };
  const previous: Window = p ? { from: p.from, to: p.to } : { from: c.from - 1, to: c.from - 1 };
  const support =
    measure(metric, list, current.from, current.to, false).support +
    measure(metric, list, previous.from, previous.to, false).support;
  const cur = figureOf(metric, list, current);
  const prev = figureOf(metric, list, previous);
  const change = cur - prev;
  const parts =
    support > 0 && change !== 0
      ? decomposeBelow(ds, metric, list, plan.scope, current, previous, plan.dimension)
      : undefined;
  return {
    ...base,
    ...(versus ? { versus } : { levels: levelsRead(list, previous.to, current.to) }),
    current: cur,
    previous: prev,
    change,
    ...(prev !== 0 ? { growth: growthOf(cur, prev) } : {}),
    hasData: support > 0,
    ...(parts ? { parts } : {}),
  };
}
