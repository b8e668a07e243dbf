import { PlanError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import { languageName } from '../model/names.ts';
import type { Metric } from '../model/types.ts';
import { dayOf, previousPeriod } from '../plan/period-math.ts';
import type { Period, QueryPlan, Scope } from '../plan/plan-schema.ts';
import { averageOf } from './average.ts';
import { concentration } from './concentration.ts';
import { countedDays, coverageNote, levelDates, likeForLike, reach } from './coverage.ts';
import { explainChange } from './explain-change.ts';
import { growthOf } from './growth.ts';
import { keyLabel, scopeLabel } from './labels.ts';
import { listItems } from './lists.ts';
import { groupIndexes, measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import { goalItems, overview } from './overview.ts';
import { readings, sumOf } from './readings.ts';
import { findRecord } from './records.ts';
import type { CompareItem, RankedItem, Result } from './result.ts';
import { isTimeDimension, timeBuckets } from './time-buckets.ts';
import { unusual } from './unusual.ts';

export function metricOf(ds: Dataset, id: string): Metric {
  const m = ds.metrics.get(id);
  if (!m) throw new PlanError(`unknown metric "${id}"`, 'PLAN_UNRESOLVED');
  return m;
}

/** The day a stock's level is read at: the period's end, never past today. */
const levelEnd = (p: Period, now: Day): Day => Math.min(dayOf(p.to), now);

/** Computes a plan's result from the in-memory indexes. Pure and synchronous: milliseconds at a million rows. */
export function execute(ds: Dataset, plan: QueryPlan, now: Day): Result {
  switch (plan.op) {
    case 'value': {
      const metric = metricOf(ds, plan.metric);
      const list = select(ds, metric.id, plan.scope);
      const level = metric.kind === 'stock' && !plan.change;
      const c = countedDays(plan.period, now, reach(ds, metric.id, now));
      // A period that has not started has no figure, not even a stock's level of today; a stock's level in one
      // that starts after the data is its latest value, named with its date.
      const none = c.days === 0 || (c.noData && !level);
      const to = level ? levelEnd(plan.period, now) : c.to;
      const read = none ? undefined : readings(metric, list, c.from, to, plan.change);
      const m = read ? sumOf(read) : { value: 0, support: 0 };
      const average =
        plan.per && metric.kind === 'flow' && m.support > 0
          ? averageOf(m.value, plan.per, plan.period, c.from, c.to, list)
          : undefined;
      const coverage = level ? undefined : coverageNote(c);
      const dates = level && m.support > 0 ? levelDates(list, to) : undefined;
      const carried = !read || plan.change ? [] : concentration(ds, metric, list, c.from, to, read);
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
        ...(coverage ? { coverage } : {}),
        ...(dates ? { levelDates: dates } : {}),
        ...(carried.length ? { concentration: carried } : {}),
      };
    }
    case 'compare': {
      const metric = metricOf(ds, plan.metric);
      const through = reach(ds, metric.id, now);
      const single = plan.scopes.length === 1;
      const current = countedDays(plan.period, now, through);
      // Like for like: when the data ends inside the period, the one before is cut to as many days.
      const periods = single
        ? [plan.period, likeForLike(plan.versus ?? previousPeriod(plan.period), current)]
        : plan.scopes.map(() => plan.period);
      const scopes = single ? [plan.scopes[0] ?? {}, plan.scopes[0] ?? {}] : plan.scopes;
      const measured = (scope: Scope, period: Period): CompareItem => {
        const c = countedDays(period, now, through);
        const list = select(ds, metric.id, scope);
        const coverage = coverageNote(c);
        const m = c.noData ? 0 : measure(metric, list, c.from, c.to, plan.change).value;
        const dates =
          metric.kind === 'stock' && !plan.change && !c.noData ? levelDates(list, c.to) : undefined;
        return {
          subject: scopeLabel(ds, scope),
          period,
          value: m,
          ...(coverage ? { coverage } : {}),
          ...(dates ? { levelDates: dates } : {}),
        };
      };
      const items = scopes.map((scope, i) => measured(scope, periods[i] ?? plan.period));
      if (single && plan.also) items.push(measured(plan.scopes[0] ?? {}, plan.also));
      const a = items[0]?.value ?? 0;
      const b = items[1]?.value ?? 0;
      const noData = current.noData ? coverageNote(current) : undefined;
      return {
        op: 'compare',
        metric: metricRef(metric),
        change: plan.change && metric.kind === 'stock',
        mode: single ? 'previous' : 'subjects',
        items,
        delta: a - b,
        // No data yet is not a fall to zero: no growth, so no alert fires on it either.
        growth: noData ? undefined : growthOf(a, b),
        ...(noData ? { noData } : {}),
      };
    }
    case 'top':
    case 'breakdown': {
      const metric = metricOf(ds, plan.metric);
      const level = metric.kind === 'stock' && !plan.change;
      const c = countedDays(plan.period, now, reach(ds, metric.id, now));
      const time = isTimeDimension(plan.dimension) ? plan.dimension : undefined;
      // Levels by owner read each one's latest value; levels over time stop where the data does.
      const none = c.days === 0 || (c.noData && !(level && !time));
      const from = c.from;
      const to = none ? from - 1 : level && !time ? levelEnd(plan.period, now) : c.to;
      const coverage = level && !time ? undefined : coverageNote(c);
      const selected = select(ds, metric.id, plan.scope);
      const versus =
        plan.op === 'top' && plan.delta && metric.kind === 'flow' && !time
          ? likeForLike(previousPeriod(plan.period), c)
          : undefined;
      let items: RankedItem[] = [];
      let unnamed = false;
      let total = 0;
      // Each series read once over the period; every sum below (groups, whole, concentration) adds from it.
      const read = time ? undefined : readings(metric, selected, from, to, plan.change);
      if (time) {
        // Calendar buckets: the same measure over each day, week or month of the period. A ranking leaves out
        // weeks or months cut short (this week so far, a period starting mid-month) when whole ones exist.
        const buckets = timeBuckets(time, from, to);
        const complete = buckets.filter((b) => b.full);
        for (const b of plan.op === 'top' && complete.length > 0 ? complete : buckets) {
          const m = measure(metric, selected, b.from, b.to, plan.change);
          if (m.support > 0)
            items.push({ key: b.key, label: b.label, value: m.value, ...(b.full ? {} : { partial: true }) });
        }
      } else if (versus && read) {
        const p = countedDays(versus, now, c.through);
        // A flow's readings do not depend on `change`: `read` is the current period's.
        const before = readings(metric, selected, p.from, p.to, false);
        for (const [key, list] of groupIndexes(selected, plan.dimension)) {
          const cur = sumOf(read, list);
          const prev = sumOf(before, list);
          if (cur.support + prev.support === 0) continue;
          const label = keyLabel(ds, plan.dimension, key);
          items.push({ key, label, value: cur.value - prev.value, current: cur.value, previous: prev.value });
        }
      } else if (read) {
        // forEach: no [key, value] pair made per group, of thousands.
        groupIndexes(selected, plan.dimension).forEach((list, key) => {
          const m = sumOf(read, list);
          // Named below, once it is known which of them are shown.
          if (m.support > 0) items.push({ key, label: '', value: m.value });
        });
        unnamed = true;
      }
      const dates = level && !time && items.length > 0 ? levelDates(selected, to) : undefined;
      const whole =
        from > to ? 0 : read ? sumOf(read).value : measure(metric, selected, from, to, plan.change).value;
      const grouped = items.reduce((s, i) => s + i.value, 0);
      // Markets overlap (one video may target several), so their total is the scope's, not the sum of groups;
      // levels of a stock at the end of each day or month do not add up either.
      const overlapping = plan.dimension === 'market' || (time !== undefined && metric.kind === 'stock');
      total = overlapping ? whole : grouped;
      const unattributed = overlapping || time ? 0 : whole - grouped;
      if (plan.op === 'top' && !time) items = shownOfTop(items, plan.n, plan.order);
      if (unnamed) for (const i of items) i.label = keyLabel(ds, plan.dimension, i.key);
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
      // A breakdown along videos or channels already gives each one's share.
      const carried = (
        levels || plan.change || versus || from > to
          ? []
          : concentration(ds, metric, selected, from, to, read)
      ).filter((k) => plan.op === 'top' || k.dimension !== plan.dimension);
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
        ...(coverage ? { coverage } : {}),
        ...(dates ? { levelDates: dates } : {}),
        ...(carried.length ? { concentration: carried } : {}),
      };
    }
    case 'why':
      return explainChange(ds, metricOf(ds, plan.metric), plan, now);
    case 'record':
      return findRecord(ds, metricOf(ds, plan.metric), plan, now);
    case 'goal':
      return { op: 'goal', items: goalItems(ds, now, plan.campaign, plan.metric) };
    case 'unusual':
      return unusual(ds, plan, metricOf(ds, plan.metric), now);
    case 'list':
      return listItems(ds, plan);
    case 'overview':
      return overview(ds, plan, now);
    case 'help':
      return { ...plan, examples: examplesFor(ds) };
  }
}

/**
 * The items a top-n can show: those at least as large as the n-th (as small, in ascending order), ties at the
 * cut included. Sorting these few gives the same first items as sorting them all, without naming or sorting
 * thousands of videos. With a figure that is not finite the comparisons are not an order: all are kept.
 */
function shownOfTop(items: RankedItem[], n: number, order: 'asc' | 'desc'): RankedItem[] {
  if (items.length <= n || !Number.isInteger(n) || n < 1) return items;
  const values = new Float64Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const v = (items[k] as RankedItem).value;
    if (!Number.isFinite(v)) return items;
    values[k] = v;
  }
  values.sort();
  const cut = (order === 'asc' ? values[n - 1] : values[values.length - n]) as number;
  return items.filter((i) => (order === 'asc' ? i.value <= cut : i.value >= cut));
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
