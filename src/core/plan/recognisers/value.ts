import type { Metric } from '../../model/types.ts';
import { averageUnit } from '../average-phrases.ts';
import { done, type Recogniser } from './recogniser.ts';

/**
 * A figure: the measure over the period for the things named. Sure only when a measure or something to measure
 * was named ("how did TikTok do last week" is its headline figure; "how did we do" alone is a guess).
 */
export const value: Recogniser<Metric> = {
  name: 'value',
  matches: (s) => s.metric,
  build: (s, metric) => {
    const sure = s.confident && (s.explicitMetric || s.r.mentions.length > 0);
    const per = metric.kind === 'flow' ? averageUnit(s.r.norm) : undefined;
    return done(
      s,
      {
        op: 'value',
        metric: metric.id,
        scope: s.scope,
        period: s.whole,
        change: s.change,
        ...(per ? { per } : {}),
      },
      sure,
    );
  },
};
