import type { Metric } from '../../model/types.ts';
import { conceptRe } from '../concepts.ts';
import type { Reading } from '../reading.ts';
import type { Slots } from '../slots.ts';
import { ASCENDING, SUPERLATIVE } from '../word-patterns.ts';
import { done, type Recogniser } from './recogniser.ts';

const RECORD = conceptRe('record');
const GOOD = conceptRe('goodNews');
const BAD = conceptRe('badNews');

type Unit = NonNullable<Reading['time']>['unit'];

/** Highest or lowest by value. "Best" and "worst" follow the metric's good direction; "highest" does not. */
function orderOf(s: Slots, metric: Metric): 'desc' | 'asc' {
  const good = metric.better === 'down' ? 'asc' : 'desc';
  if (s.has(BAD)) return good === 'desc' ? 'asc' : 'desc';
  if (s.has(GOOD)) return good;
  return s.has(ASCENDING) ? 'asc' : s.has(SUPERLATIVE) ? 'desc' : good;
}

/**
 * "Best week ever for X", "highest day this year", "record month for Y", "which day had the most views?": the
 * one top (or bottom) whole day, week or month. Several ("the 3 busiest days") stay a ranking of time buckets.
 */
export const record: Recogniser<{ metric: Metric; unit: Unit }> = {
  name: 'record',
  matches: (s) => {
    const time = s.r.time;
    if (!s.metric || !time || time.by || time.plural || (s.topN ?? 1) !== 1) return undefined;
    return (s.has(RECORD) || s.has(SUPERLATIVE)) && { metric: s.metric, unit: time.unit };
  },
  build: (s, { metric, unit }) =>
    done(s, {
      op: 'record',
      metric: metric.id,
      scope: s.scope,
      unit,
      period: s.whole,
      order: orderOf(s, metric),
    }),
};
