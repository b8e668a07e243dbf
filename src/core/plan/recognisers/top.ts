import type { Metric } from '../../model/types.ts';
import { conceptRe } from '../concepts.ts';
import { withoutDimension } from '../scopes.ts';
import type { Slots } from '../slots.ts';
import { ASCENDING, FALLING, LOSSES, MOVED, STOCK_CHANGE } from '../word-patterns.ts';
import { done, type Planned, type Recogniser } from './recogniser.ts';

const SIZE = conceptRe('size');
const ALL_IN_ORDER = conceptRe('rankVerb', 'ordering');

/** "Which video had the most views?", "top 3 campaigns by likes": things of one kind, ranked. */
export const top: Recogniser<Metric> = {
  name: 'top',
  matches: (s) => s.metric && s.superlative && Boolean(s.r.noun || s.r.byDimension) && s.metric,
  build: ranked,
};

function ranked(s: Slots, metric: Metric): Planned {
  // "Which channel lost the most followers?": the largest loss is the most negative change.
  const losses = s.has(LOSSES);
  // "Which campaign grew the most vs last month?": a flow ranked by its change from the period before.
  const delta = metric.kind === 'flow' && s.period !== undefined && s.has(MOVED);
  const falls = delta && s.has(FALLING);
  const asc = s.has(ASCENDING) !== ((losses && s.has(STOCK_CHANGE)) || falls);
  const dim = s.r.noun ?? s.r.byDimension ?? 'asset';
  // "the biggest account": with no measure named, a channel's size is its audience (the first stock metric).
  // …and the one that grew the most, by the audience it gained.
  const audience = s.ctx.dataset.catalog.metrics.find((m) => m.kind === 'stock');
  const byAudience = !s.explicitMetric && dim === 'channel' && audience !== undefined;
  const grew = byAudience && s.has(STOCK_CHANGE);
  const measure = byAudience && (grew || s.has(SIZE)) ? audience : metric;
  return done(s, {
    op: 'top',
    metric: measure.id,
    dimension: dim,
    // "Rank our accounts by followers": all of them.
    n: s.topN ?? (s.has(ALL_IN_ORDER) ? 50 : s.r.nounPlural ? 5 : 1),
    order: asc ? 'asc' : 'desc',
    scope: withoutDimension(s.scope, dim),
    period: s.whole,
    change: s.change || grew,
    ...(delta && measure.kind === 'flow' ? { delta } : {}),
  });
}
