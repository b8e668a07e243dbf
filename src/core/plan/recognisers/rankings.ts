import { conceptRe } from '../concepts.ts';
import { done, type Recogniser } from './recogniser.ts';

const RANKING = conceptRe('rankVerb', 'indexStanding');

/**
 * The organization's standing in external indexes ("where are we in the city index?") — not "rank videos by
 * views", which names a measure, a kind of thing or a dimension.
 */
export const rankings: Recogniser = {
  name: 'rankings',
  matches: (s) =>
    Boolean(s.first('ranking')) ||
    (s.has(RANKING) && !s.explicitMetric && s.r.noun === undefined && !s.r.byDimension),
  build: (s) =>
    done(s, {
      op: 'list',
      what: 'rankings',
      filter: { index: s.first('ranking'), ...(s.period ? { period: s.period } : {}) },
    }),
};
