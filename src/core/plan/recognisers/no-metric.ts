import { helpWith, type Recogniser } from './recogniser.ts';

/** Data without a single metric: no figure can be asked for. Every recogniser after this one has a metric. */
export const noMetric: Recogniser = {
  name: 'no-metric',
  matches: (s) => s.metric === undefined,
  build: (s) => helpWith(s, s.r.unknown),
};
