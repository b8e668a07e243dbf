import type { Metric } from '../../model/types.ts';
import { conceptRe, wordsRe } from '../concepts.ts';
import { latestWhole } from '../latest-whole.ts';
import { makePeriod, rangeLabel, startOfWeek } from '../period-math.ts';
import type { Period, QueryPlan, Scope } from '../plan-schema.ts';
import type { Reading } from '../reading.ts';
import type { Slots } from '../slots.ts';
import { done, type Recogniser } from './recogniser.ts';

const WHY = conceptRe('why');
const MOVES = conceptRe('rising', 'falling', 'changing', 'gaining', 'losing', 'worsening', 'direction');
/** "Break down the change in views by campaign": the parts of a change asked for without "why". */
const PARTS_OF_CHANGE = new RegExp(`${conceptRe('breakdown').source}.*${conceptRe('changing').source}`);
const BREAK_DOWN = new RegExp(conceptRe('breakdown').source, 'g');
const IMPROVE = wordsRe('improve', 'improved', 'improves', 'improving');
const WORSE = conceptRe('worsening');
const UP = new RegExp(`${conceptRe('rising').source}|${wordsRe('up').source}`);
const DOWN = new RegExp(`${conceptRe('falling', 'losing').source}|${wordsRe('down').source}`);

type WhyPlan = Extract<QueryPlan, { op: 'why' }>;

/** A question that asks what explains something: read before a pronoun is replaced, as it explains a figure. */
export const asksWhy = (r: Reading): boolean => WHY.test(r.norm);

/** What a thread's previous plan measured, for "why?" after a figure. */
function measuredBy(p: QueryPlan): { metric?: string; scope?: Scope; period?: Period; versus?: Period } {
  switch (p.op) {
    case 'value':
    case 'top':
    case 'breakdown':
      return { metric: p.metric, scope: p.scope, period: p.period };
    case 'why':
      return { metric: p.metric, scope: p.scope, period: p.period, versus: p.versus };
    case 'compare':
      return {
        metric: p.metric,
        scope: p.scopes.length === 1 ? p.scopes[0] : {},
        period: p.period,
        versus: p.versus,
      };
    case 'record':
      return { metric: p.metric, scope: p.scope };
    case 'overview':
      return { scope: p.id && p.kind !== 'organization' ? { [p.kind]: p.id } : {}, period: p.period };
    case 'goal':
      return { metric: p.metric, scope: p.campaign ? { campaign: p.campaign } : {} };
    default:
      return {};
  }
}

/** The way the question says the figure went, in figures: "improved" is down for a measure whose good news is down. */
function askedWay(s: Slots, metric: Metric): 'up' | 'down' | undefined {
  // "break down the change" says no way.
  const text = s.r.norm.replace(BREAK_DOWN, ' ');
  const has = (re: RegExp) => re.test(text);
  const good = metric.better === 'down' ? 'down' : 'up';
  if (has(IMPROVE)) return good;
  if (has(WORSE)) return good === 'up' ? 'down' : 'up';
  const [up, down] = [has(UP), has(DOWN)];
  return up === down ? undefined : up ? 'up' : 'down';
}

/** With no period named: the latest whole week of the metric's data, against the week before. */
function latestWeek(s: Slots, metric: Metric): Period {
  const now = s.ctx.now;
  const w = latestWhole('week', Math.min(s.ctx.dataset.dataThrough(metric.id) ?? now, now));
  const last = w.from === startOfWeek(now) - 7;
  return makePeriod(
    'week',
    w.from,
    w.to,
    `${last ? 'last week' : 'the latest whole week of data'} (${rangeLabel(w.from, w.to)})`,
  );
}

/** "Why?" with no change named explains the thread's previous figure, when there is one. */
const explainsFigure = (s: Slots): boolean =>
  s.ctx.previous !== undefined && measuredBy(s.ctx.previous).metric !== undefined;

function whyPlan(s: Slots): { plan: WhyPlan; thread: boolean } | undefined {
  const prev = s.ctx.previous ? measuredBy(s.ctx.previous) : {};
  const id = s.explicitMetric ? s.metric?.id : (prev.metric ?? s.metric?.id);
  const metric = id === undefined ? undefined : s.ctx.dataset.metrics.get(id);
  if (!metric) return undefined;
  const own = Object.keys(s.scope).length > 0;
  const period = s.period ?? prev.period;
  const asked = askedWay(s, metric);
  const by = s.r.byDimension;
  const plan: WhyPlan = {
    op: 'why',
    metric: metric.id,
    scope: own ? s.scope : (prev.scope ?? {}),
    period: period && period.kind !== 'all' ? period : latestWeek(s, metric),
    ...(!s.period && prev.versus ? { versus: prev.versus } : {}),
    ...(by && by !== 'day' && by !== 'week' && by !== 'month' ? { dimension: by } : {}),
    ...(asked ? { asked } : {}),
  };
  // The thread's figure stands in for what the question leaves out: it continues the thread.
  const thread =
    (!s.explicitMetric && prev.metric !== undefined) ||
    (!own && prev.scope !== undefined) ||
    (!s.period && prev.period !== undefined);
  return { plan, thread };
}

/**
 * "Why did views drop last week?", "what drove the change in likes this month?", "what made TikTok fall?", and
 * "why?" after a figure in a thread: the change split into what drove it.
 */
export const why: Recogniser<{ plan: WhyPlan; thread: boolean }> = {
  name: 'why',
  matches: (s) =>
    ((s.has(WHY) && (s.has(MOVES) || explainsFigure(s))) || s.has(PARTS_OF_CHANGE)) && whyPlan(s),
  build: (s, { plan, thread }) => ({ ...done(s, plan), followUp: thread }),
};
