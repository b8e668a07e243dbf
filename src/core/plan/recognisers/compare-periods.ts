import type { Metric } from '../../model/types.ts';
import type { Period } from '../plan-schema.ts';
import { comparing, twoPeriods } from './comparing.ts';
import { done, type Recogniser } from './recogniser.ts';

/** "views in March vs February", "from Q1 to Q2": two periods named, compared. */
export const comparePeriods: Recogniser<{ metric: Metric; period: Period; versus: Period }> = {
  name: 'compare-periods',
  matches: (s) => {
    const periods = s.metric && comparing(s) && s.subjects.length < 2 ? twoPeriods(s) : undefined;
    return s.metric && periods && { metric: s.metric, ...periods };
  },
  build: (s, { metric, period, versus }) =>
    done(s, { op: 'compare', metric: metric.id, scopes: [s.scope], period, versus, change: s.change }),
};
