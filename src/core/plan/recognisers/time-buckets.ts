import type { Metric } from '../../model/types.ts';
import type { Reading } from '../reading.ts';
import { ASCENDING, SUPERLATIVE } from '../word-patterns.ts';
import { done, type Recogniser } from './recogniser.ts';

type TimeBuckets = NonNullable<Reading['time']>;

/** Days, weeks or months of the period: "which month had the most views?" ranks them, "views by week" lists them. */
export const timeBuckets: Recogniser<{ metric: Metric; time: TimeBuckets; ranks: boolean }> = {
  name: 'time-buckets',
  matches: (s) => {
    const time = s.r.time;
    if (!s.metric || !time) return undefined;
    const ranks = s.has(SUPERLATIVE) && !time.by;
    return (ranks || time.by) && { metric: s.metric, time, ranks };
  },
  build: (s, { metric, time, ranks }) => {
    const n = s.topN ?? (time.plural ? 5 : 1);
    const order = s.has(ASCENDING) ? 'asc' : 'desc';
    const { scope, whole: period, change } = s;
    return done(
      s,
      ranks
        ? { op: 'top', metric: metric.id, dimension: time.unit, n, order, scope, period, change }
        : { op: 'breakdown', metric: metric.id, dimension: time.unit, scope, period, change },
    );
  },
};
