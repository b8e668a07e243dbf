import { assess, DEFAULT_RULE, median } from '../insight/robust.ts';
import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { dayOf, startOfWeek } from '../plan/period-math.ts';
import type { QueryPlan, Scope } from '../plan/plan-schema.ts';
import { reach } from './coverage.ts';
import { keyLabel, scopeLabel } from './labels.ts';
import { groupBy, measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import type { UnusualItem, UnusualResult, UnusualRule } from './result.ts';

// Unusual changes: each thing's latest whole day and week against its own recent history (insight/robust.ts).
// A day is judged against the same weekday of the previous 8 weeks, not the previous 28 days: audiences follow
// the week (weekends differ from weekdays), and a Saturday held against weekdays would flag every Saturday.
// The latest day is the last whole day of data; the latest week runs to it, judged against the same weekdays.

type UnusualPlan = Extract<QueryPlan, { op: 'unusual' }>;
export type Span = 'day' | 'week';

export const HISTORY_WEEKS = 8;
/** The least departure worth a look, as a share of the organization's own usual figure for the span. */
const ORG_SHARE = 0.01;

interface Subject {
  kind: UnusualItem['kind'];
  id?: string;
  name: string;
  list: readonly TaggedSeries[];
}

/** The latest whole day: the data's last day, never today (not over yet), never past `limit`. */
export function latestWholeDay(ds: Dataset, metric: string, now: Day, limit?: Day): Day | undefined {
  const through = reach(ds, metric, now);
  return through === undefined ? undefined : Math.min(through, now - 1, limit ?? through);
}

/**
 * The span's period ending at `anchor`: that day, or its Monday–Sunday week up to it. A week the data cuts short
 * is judged like for like — against the same days of the weeks before — so a spike three days ago is news now,
 * and a week the data only began is never mistaken for a drop.
 */
export function spanPeriod(span: Span, anchor: Day): { from: Day; to: Day; step: number } {
  if (span === 'day') return { from: anchor, to: anchor, step: 7 };
  return { from: startOfWeek(anchor), to: anchor, step: 7 };
}

const firstDayOf = (list: readonly TaggedSeries[]): Day | undefined =>
  list.reduce<Day | undefined>((m, t) => {
    const f = t.series.first;
    return f === undefined || (m !== undefined && m <= f) ? m : f;
  }, undefined);

/** The span's figure and its history: the same span 1…8 weeks earlier, from when the thing had data. */
function judge(
  metric: Metric,
  s: Subject,
  span: Span,
  anchor: Day,
  minSize: number,
): UnusualItem | undefined {
  const first = firstDayOf(s.list);
  const { from, to, step } = spanPeriod(span, anchor);
  if (first === undefined || first > from) return undefined;
  // A stock's figure is what it gained over the span; a flow's, what it summed.
  const of = (a: Day, b: Day) => measure(metric, s.list, a, b, metric.kind === 'stock').value;
  const history: number[] = [];
  for (let k = 1; k <= HISTORY_WEEKS; k++) {
    const end = to - k * step;
    if (end >= first) history.push(of(from - k * step, end));
  }
  const value = of(from, to);
  const a = assess(value, history, { ...DEFAULT_RULE, minSize });
  if (!a) return undefined;
  return {
    kind: s.kind,
    ...(s.id ? { id: s.id } : {}),
    name: s.name,
    span,
    from: formatDay(from),
    to: formatDay(to),
    value,
    median: a.median,
    mad: a.mad,
    threshold: a.threshold,
    history: a.history,
    unusual: a.unusual,
  };
}

/** 1% of the organization's usual figure for the span (at least the rule's floor): tiny series are not news. */
function minSizeOf(ds: Dataset, metric: Metric, span: Span, anchor: Day): number {
  const all = select(ds, metric.id, {});
  const { from, to, step } = spanPeriod(span, anchor);
  const history = Array.from(
    { length: HISTORY_WEEKS },
    (_, i) => measure(metric, all, from - (i + 1) * step, to - (i + 1) * step, metric.kind === 'stock').value,
  );
  return Math.max(DEFAULT_RULE.minSize, Math.round(ORG_SHARE * Math.abs(median(history))));
}

/** The things in a scope to judge: the scope itself, then its campaigns, videos and channels (not itself again). */
function subjectsOf(ds: Dataset, list: readonly TaggedSeries[], scope: Scope | undefined): Subject[] {
  const out: Subject[] = scope ? [{ kind: 'whole', name: scopeLabel(ds, scope), list }] : [];
  const dims = [
    ['campaign', scope?.campaign ?? scope?.asset],
    ['asset', scope?.asset],
    ['channel', scope?.channel],
  ] as const;
  for (const [dim, own] of dims) {
    if (own !== undefined) continue;
    for (const [id, group] of groupBy(list, dim))
      out.push({ kind: dim, id, name: keyLabel(ds, dim, id), list: group });
  }
  return out;
}

export interface Judged {
  items: UnusualItem[];
  judged: number;
  rule: UnusualRule;
  day?: { from: string; to: string };
  week?: { from: string; to: string };
}

/**
 * Judges every thing in `list` (and the scope itself, when given) on the spans up to `anchor`. Items are all
 * judged figures; callers keep the unusual ones or the scope's own.
 */
export function judgeAll(
  ds: Dataset,
  metric: Metric,
  list: readonly TaggedSeries[],
  scope: Scope | undefined,
  anchor: Day,
  spans: readonly Span[],
): Judged {
  const subjects = subjectsOf(ds, list, scope);
  const items: UnusualItem[] = [];
  const rule: UnusualRule = {
    k: DEFAULT_RULE.k,
    weeks: HISTORY_WEEKS,
    minHistory: DEFAULT_RULE.minHistory,
    minShare: DEFAULT_RULE.minShare,
    minSize: {},
  };
  const periods: Pick<Judged, 'day' | 'week'> = {};
  for (const span of spans) {
    const minSize = minSizeOf(ds, metric, span, anchor);
    rule.minSize[span] = minSize;
    const p = spanPeriod(span, anchor);
    periods[span] = { from: formatDay(p.from), to: formatDay(p.to) };
    for (const s of subjects) {
      const item = judge(metric, s, span, anchor, minSize);
      if (item) items.push(item);
    }
  }
  return { items, judged: items.length, rule, ...periods };
}

/** Unusual figures first by how far they departed from their usual, in the metric's own units. */
export const byDeparture = (a: UnusualItem, b: UnusualItem): number =>
  Math.abs(b.value - b.median) - Math.abs(a.value - a.median) || a.name.localeCompare(b.name);

const NARROW_FIRST: Record<UnusualItem['kind'], number> = { asset: 0, channel: 1, campaign: 2, whole: 3 };

/**
 * The unusual figures, biggest departure first, each said once: a campaign whose only moving video is the one
 * flagged has the very same figures, so it rides along with the video instead of repeating the line.
 */
export function flagged(items: readonly UnusualItem[]): UnusualItem[] {
  const out: UnusualItem[] = [];
  const narrowFirst = items
    .filter((i) => i.unusual)
    .sort((a, b) => NARROW_FIRST[a.kind] - NARROW_FIRST[b.kind]);
  for (const i of narrowFirst) {
    const twin = out.find(
      (o) => o.span === i.span && o.from === i.from && o.value === i.value && o.median === i.median,
    );
    if (twin) twin.also = [...(twin.also ?? []), { kind: i.kind, name: i.name }];
    else out.push({ ...i });
  }
  return out.sort(byDeparture);
}

export function unusual(ds: Dataset, plan: UnusualPlan, metric: Metric, now: Day): UnusualResult {
  const spans: Span[] = plan.span === 'both' ? ['day', 'week'] : [plan.span];
  const limit = dayOf(plan.period.to);
  const anchor = latestWholeDay(ds, metric.id, now, limit);
  const base = {
    op: 'unusual' as const,
    metric: metricRef(metric),
    subject: scopeLabel(ds, plan.scope),
    self: plan.self,
  };
  const through = reach(ds, metric.id, now);
  // Said when the data stops before the day the question reaches: the judged day is then the data's last.
  const reached = Math.min(now - 1, limit);
  const note = through !== undefined && through < reached ? { through: formatDay(through) } : {};
  const empty: UnusualRule = { ...DEFAULT_RULE, weeks: HISTORY_WEEKS, minSize: {} };
  const list = select(ds, metric.id, plan.scope);
  const first = firstDayOf(list);
  // Nothing to judge: no data yet, or a day asked about before the scope's first figure.
  if (anchor === undefined || first === undefined || anchor < first)
    return { ...base, items: [], judged: 0, rule: empty, ...note };
  const j = judgeAll(ds, metric, list, plan.scope, anchor, spans);
  const items = plan.self ? j.items.filter((i) => i.kind === 'whole') : flagged(j.items);
  return {
    ...base,
    items,
    judged: plan.self ? items.length : j.judged,
    rule: j.rule,
    ...(j.day ? { day: j.day } : {}),
    ...(j.week ? { week: j.week } : {}),
    ...note,
  };
}
