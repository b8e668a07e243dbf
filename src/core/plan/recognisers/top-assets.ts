import type { Metric } from '../../model/types.ts';
import { done, type Recogniser } from './recogniser.ts';

/** "top 5 by views", with no kind of thing named: the content. */
export const topAssets: Recogniser<{ metric: Metric; n: number }> = {
  name: 'top-assets',
  matches: (s) => s.metric && s.superlative && s.topN !== undefined && { metric: s.metric, n: s.topN },
  build: (s, { metric, n }) =>
    done(s, {
      op: 'top',
      metric: metric.id,
      dimension: 'asset',
      n,
      order: 'desc',
      scope: s.scope,
      period: s.whole,
      change: s.change,
    }),
};
