import type { Metric } from '../../model/types.ts';
import { previousPeriod } from '../period-math.ts';
import type { Period } from '../plan-schema.ts';
import { comparedPeriods, comparing, twoPeriods } from './comparing.ts';
import { done, type Recogniser } from './recogniser.ts';

/** "How did views change last month?", "this week vs last week": a period against the one before. */
export const comparePrevious: Recogniser<{ metric: Metric; period: Period }> = {
  name: 'compare-previous',
  matches: (s) =>
    s.metric &&
    s.period &&
    comparing(s) &&
    s.subjects.length < 2 &&
    !twoPeriods(s) &&
    (s.compareWords || s.flowGrowth) && { metric: s.metric, period: s.period },
  build: (s, { metric, period }) => {
    // A named whole previous period ("this week vs last week") is compared on the same days and shown in full.
    const { second } = comparedPeriods(s);
    const also =
      second &&
      second.from !== previousPeriod(period).to &&
      second.kind === period.kind.replace('-to-date', '')
        ? second
        : undefined;
    return done(s, {
      op: 'compare',
      metric: metric.id,
      scopes: [s.scope],
      period,
      ...(also ? { also } : {}),
      change: s.change,
    });
  },
};
