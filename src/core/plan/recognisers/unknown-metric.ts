import { helpWith, type Recogniser } from './recogniser.ts';

/** "How many downloads…" when the data has no such metric: say so, never answer with another metric. */
export const unknownMetric: Recogniser = {
  name: 'unknown-metric',
  matches: (s) => !s.explicitMetric && s.r.unknownMetrics.length > 0,
  build: (s) => {
    const labels = s.ctx.dataset.catalog.metrics.map((m) => m.label);
    return {
      ...helpWith(s, s.r.unknownMetrics),
      plan: { op: 'help', unknown: s.r.unknownMetrics, suggestions: labels },
    };
  },
};
