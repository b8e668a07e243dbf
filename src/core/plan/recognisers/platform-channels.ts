import type { Metric } from '../../model/types.ts';
import { conceptRe } from '../concepts.ts';
import { done, type Recogniser } from './recogniser.ts';

const WHICH = conceptRe('question');
const COMPARATIVE = conceptRe('moreComparative', 'lessComparative');
const LOWER = conceptRe('lessComparative', 'ascending');

/** "which of our TikTok accounts has more followers?": the platform's accounts, ranked. */
export const platformChannels: Recogniser<Metric> = {
  name: 'platform-channels',
  matches: (s) =>
    s.metric &&
    s.platformChannels.length >= 2 &&
    ((s.has(WHICH) && s.has(COMPARATIVE)) || s.superlative) &&
    s.metric,
  build: (s, metric) =>
    done(s, {
      op: 'top',
      metric: metric.id,
      dimension: 'channel',
      n: s.topN ?? 1,
      order: s.has(LOWER) ? 'asc' : 'desc',
      scope: s.scope,
      period: s.whole,
      change: s.change,
    }),
};
