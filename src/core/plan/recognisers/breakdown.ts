import type { Metric } from '../../model/types.ts';
import { conceptRe } from '../concepts.ts';
import { withoutDimension } from '../scopes.ts';
import type { Slots } from '../slots.ts';
import { done, type Recogniser } from './recogniser.ts';

const GRAND_TOTAL = conceptRe('grandTotal');
const BREAKDOWN = conceptRe('breakdown');
const LISTING = conceptRe('listing');
const AVERAGE = conceptRe('average');

const asksBreakdown = (s: Slots): boolean =>
  // "…altogether, every channel and campaign": one figure over all of them, not a breakdown.
  !s.has(GRAND_TOTAL) &&
  (Boolean(s.r.byDimension) ||
    // "list every campaign with its owner" is a list; "views for each campaign" a breakdown.
    (s.has(BREAKDOWN) && Boolean(s.r.noun) && (s.explicitMetric || !s.has(LISTING))));

/** "views by platform", "likes for each campaign": the measure split along a dimension. */
export const breakdown: Recogniser<Metric> = {
  name: 'breakdown',
  matches: (s) => s.metric && asksBreakdown(s) && s.metric,
  build: (s, metric) => {
    const dim = s.r.byDimension ?? s.r.noun ?? 'campaign';
    const mean = s.has(AVERAGE);
    return done(s, {
      op: 'breakdown',
      metric: metric.id,
      dimension: dim,
      scope: withoutDimension(s.scope, dim),
      period: s.whole,
      change: s.change,
      ...(mean ? { mean } : {}),
    });
  },
};
