import type { Metric } from '../../model/types.ts';
import { comparing } from './comparing.ts';
import { done, type Recogniser } from './recogniser.ts';

/** "Compare YouTube and Instagram views", "our two YouTube channels side by side": one figure for each. */
export const compareSubjects: Recogniser<Metric> = {
  name: 'compare-subjects',
  matches: (s) => s.metric && comparing(s) && s.subjects.length >= 2 && s.metric,
  build: (s, metric) =>
    done(s, { op: 'compare', metric: metric.id, scopes: s.subjects, period: s.whole, change: s.change }),
};
