import type { Dataset } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { latestWhole } from '../plan/latest-whole.ts';
import { dayOf } from '../plan/period-math.ts';
import type { QueryPlan } from '../plan/plan-schema.ts';
import { reach } from './coverage.ts';
import { scopeLabel } from './labels.ts';
import { measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import type { RecordResult } from './result.ts';
import { bucketLabel, timeBuckets } from './time-buckets.ts';

type RecordPlan = Extract<QueryPlan, { op: 'record' }>;

/**
 * "Best week ever for X": the whole days, weeks or months of the scope's data inside the period, ranked, and the
 * latest whole one beside the record. Only whole ones count, up to the data-through date, so a week the data
 * only began is never a record low. A stock's day, week or month is what it gained.
 */
export function findRecord(ds: Dataset, metric: Metric, plan: RecordPlan, now: Day): RecordResult {
  const list = select(ds, metric.id, plan.scope);
  const through = reach(ds, metric.id, now);
  const base: RecordResult = {
    op: 'record',
    metric: metricRef(metric),
    subject: scopeLabel(ds, plan.scope),
    unit: plan.unit,
    period: plan.period,
    order: plan.order,
  };
  // The first day of the scope's earliest series and of its latest-starting one.
  let firstStart: Day | undefined;
  let lastStart: Day | undefined;
  for (const t of list) {
    const f = t.series.first;
    if (f === undefined) continue;
    firstStart = Math.min(firstStart ?? f, f);
    lastStart = Math.max(lastStart ?? f, f);
  }
  if (through === undefined || firstStart === undefined || lastStart === undefined) return base;
  const end = Math.min(dayOf(plan.period.to), now);
  const cut = through < end ? { through: formatDay(through) } : {};
  const stock = metric.kind === 'stock';
  const amount = (from: Day, to: Day) => measure(metric, list, from, to, stock).value;
  // A stock's gain needs a level the day before: buckets start once every account has one.
  const start = stock ? lastStart + 1 : firstStart;
  const buckets = timeBuckets(plan.unit, Math.max(dayOf(plan.period.from), start), Math.min(end, through))
    .filter((b) => b.full)
    .map((b) => ({ ...b, value: amount(b.from, b.to) }));
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return { ...base, ...cut };
  const sign = plan.order === 'desc' ? 1 : -1;
  const ranked = [...buckets].sort((a, b) => sign * (b.value - a.value) || a.from - b.from);
  const top = ranked[0] ?? first;
  const w = latestWhole(plan.unit, through);
  return {
    ...base,
    ...cut,
    span: { from: formatDay(first.from), to: formatDay(last.to), count: buckets.length },
    best: {
      label: top.label,
      value: top.value,
      ties: ranked.filter((b) => b !== top && b.value === top.value).map((b) => b.label),
    },
    latest: { label: bucketLabel(plan.unit, w.from, w.to, true), value: amount(w.from, w.to) },
  };
}
