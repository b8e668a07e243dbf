import { PlanError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import { languageName } from '../model/names.ts';
import type { Metric } from '../model/types.ts';
import { dayOf, previousPeriod } from '../plan/period-math.ts';
import type { Period, QueryPlan } from '../plan/plan-schema.ts';
import { averageOf } from './average.ts';
import { keyLabel, scopeLabel } from './labels.ts';
import { listItems } from './lists.ts';
import { groupBy, measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import { goalItems, overview } from './overview.ts';
import type { RankedItem, Result } from './result.ts';
import { isTimeDimension, timeBuckets } from './time-buckets.ts';

export function metricOf(ds: Dataset, id: string): Metric {
  const m = ds.metrics.get(id);
  if (!m) throw new PlanError(`unknown metric "${id}"`, 'PLAN_UNRESOLVED');
  return m;
}

/** A period's days, never past `now`: rows dated after today are not counted, and a future period is empty. */
export const span = (p: Period, now: Day): [Day, Day] => [dayOf(p.from), Math.min(dayOf(p.to), now)];

const growthOf = (current: number, base: number): number | undefined =>
  base === 0 ? undefined : (current - base) / base;

/** Computes a plan's result from the in-memory indexes. Pure and synchronous: milliseconds at a million rows. */
export function execute(ds: Dataset, plan: QueryPlan, now: Day): Result {
  switch (plan.op) {
    case 'value': {
      const metric = metricOf(ds, plan.metric);
      const [from, to] = span(plan.period, now);
      const list = select(ds, metric.id, plan.scope);
      // A period that has not started has no figure, not even a stock's level of today.
      const m = from > to ? { value: 0, support: 0 } : measure(metric, list, from, to, plan.change);
      const average =
        plan.per && metric.kind === 'flow' && m.support > 0
          ? averageOf(m.value, plan.per, plan.period, from, to, list)
          : undefined;
      return {
        op: 'value',
        metric: metricRef(metric),
        subject: scopeLabel(ds, plan.scope),
        period: plan.period,
        value: m.value,
        change: plan.change && metric.kind === 'stock',
        hasData: m.support > 0,
        dataRange:
          ds.firstDay === undefined || ds.lastDay === undefined
            ? undefined
            : { from: formatDay(ds.firstDay), to: formatDay(Math.min(ds.lastDay, now)) },
        ...(average ? { average } : {}),
      };
    }
    case 'compare': {
      const metric = metricOf(ds, plan.metric);
      const single = plan.scopes.length === 1;
      const periods = single
        ? [plan.period, plan.versus ?? previousPeriod(plan.period)]
        : plan.scopes.map(() => plan.period);
      const scopes = single ? [plan.scopes[0] ?? {}, plan.scopes[0] ?? {}] : plan.scopes;
      const items = scopes.map((scope, i) => {
        const period = periods[i] ?? plan.period;
        const [from, to] = span(period, now);
        return {
          subject: scopeLabel(ds, scope),
          period,
          value: measure(metric, select(ds, metric.id, scope), from, to, plan.change).value,
        };
      });
      if (single && plan.also) {
        const [from, to] = span(plan.also, now);
        const scope = plan.scopes[0] ?? {};
        items.push({
          subject: scopeLabel(ds, scope),
          period: plan.also,
          value: measure(metric, select(ds, metric.id, scope), from, to, plan.change).value,
        });
      }
      const a = items[0]?.value ?? 0;
      const b = items[1]?.value ?? 0;
      return {
        op: 'compare',
        metric: metricRef(metric),
        change: plan.change && metric.kind === 'stock',
        mode: single ? 'previous' : 'subjects',
        items,
        delta: a - b,
        growth: growthOf(a, b),
      };
    }
    case 'top':
    case 'breakdown': {
      const metric = metricOf(ds, plan.metric);
      const [from, to] = span(plan.period, now);
      const selected = select(ds, metric.id, plan.scope);
      const time = isTimeDimension(plan.dimension) ? plan.dimension : undefined;
      const versus =
        plan.op === 'top' && plan.delta && metric.kind === 'flow' && !time
          ? previousPeriod(plan.period)
          : undefined;
      let items: RankedItem[] = [];
      let total = 0;
      if (time) {
        // Calendar buckets: the same measure over each day, week or month of the period. A ranking leaves out
        // weeks or months cut short (this week so far, a period starting mid-month) when whole ones exist.
        const buckets = timeBuckets(time, from, to);
        const complete = buckets.filter((b) => b.full);
        for (const b of plan.op === 'top' && complete.length > 0 ? complete : buckets) {
          const m = measure(metric, selected, b.from, b.to, plan.change);
          if (m.support > 0) items.push({ key: b.key, label: b.label, value: m.value });
        }
      } else if (versus) {
        const [pFrom, pTo] = span(versus, now);
        for (const [key, list] of groupBy(selected, plan.dimension)) {
          const cur = measure(metric, list, from, to, false);
          const prev = measure(metric, list, pFrom, pTo, false);
          if (cur.support + prev.support === 0) continue;
          const label = keyLabel(ds, plan.dimension, key);
          items.push({ key, label, value: cur.value - prev.value, current: cur.value, previous: prev.value });
        }
      } else {
        for (const [key, list] of groupBy(selected, plan.dimension)) {
          const m = measure(metric, list, from, to, plan.change);
          if (m.support === 0) continue;
          items.push({ key, label: keyLabel(ds, plan.dimension, key), value: m.value });
        }
      }
      const whole = from > to ? 0 : measure(metric, selected, from, to, plan.change).value;
      const grouped = items.reduce((s, i) => s + i.value, 0);
      // Markets overlap (one video may target several), so their total is the scope's, not the sum of groups;
      // levels of a stock at the end of each day or month do not add up either.
      const overlapping = plan.dimension === 'market' || (time !== undefined && metric.kind === 'stock');
      total = overlapping ? whole : grouped;
      const unattributed = overlapping || time ? 0 : whole - grouped;
      items.sort((x, y) =>
        // A breakdown over time reads in calendar order; everything else by size.
        plan.op === 'breakdown' && time
          ? x.key.localeCompare(y.key)
          : (plan.op === 'top' && plan.order === 'asc' ? x.value - y.value : y.value - x.value) ||
            x.label.localeCompare(y.label),
      );
      // Ties at the cut are kept, and said: "top 3" with two at third place shows four.
      let tied = false;
      if (plan.op === 'top' && items.length > plan.n) {
        const last = items[plan.n - 1]?.value;
        let end = plan.n;
        while (end < items.length && items[end]?.value === last) end++;
        tied = end > plan.n;
        items = items.slice(0, end);
      }
      const levels = time !== undefined && metric.kind === 'stock';
      for (const i of items) i.share = total === 0 || levels || versus ? undefined : i.value / total;
      return {
        op: plan.op,
        metric: metricRef(metric),
        dimension: plan.dimension,
        subject: scopeLabel(ds, plan.scope),
        period: plan.period,
        change: plan.change && metric.kind === 'stock',
        items,
        total,
        unattributed,
        order: plan.op === 'top' ? plan.order : 'desc',
        ...(tied ? { tied } : {}),
        ...(versus ? { versus } : {}),
        ...(plan.op === 'breakdown' && plan.mean && items.length > 0 && !levels
          ? { mean: grouped / items.length }
          : {}),
      };
    }
    case 'goal':
      return { op: 'goal', items: goalItems(ds, now, plan.campaign, plan.metric) };
    case 'list':
      return listItems(ds, plan);
    case 'overview':
      return overview(ds, plan, now);
    case 'help':
      return { ...plan, examples: examplesFor(ds) };
  }
}

/** Questions this data can answer, built from the data itself for the "I can answer…" reply. */
export function examplesFor(ds: Dataset): string[] {
  const metric = ds.catalog.metrics.find((m) => m.kind === 'flow') ?? ds.catalog.metrics[0];
  const stock = ds.catalog.metrics.find((m) => m.kind === 'stock');
  const campaign = ds.catalog.campaigns.find((c) => c.status === 'active') ?? ds.catalog.campaigns[0];
  const asset = ds.catalog.assets[0];
  const market = campaign?.markets[0];
  const out: string[] = [];
  const label = metric?.label.toLowerCase() ?? 'views';
  if (asset) out.push(`How many ${label} did ${asset.title} get last week?`);
  if (campaign) out.push(`How is ${campaign.name} tracking against its goal?`);
  out.push(`Top 5 videos by ${label} this month`);
  if (stock) out.push(`Which channel has the most ${stock.label.toLowerCase()}?`);
  if (market) out.push(`Which campaigns target ${keyLabel(ds, 'market', market)}?`);
  const lang = asset?.language;
  if (lang) out.push(`Which videos are available in ${languageName(lang)}?`);
  return out.slice(0, 6);
}
