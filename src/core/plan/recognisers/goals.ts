import { conceptRe } from '../concepts.ts';
import { done, type Recogniser } from './recogniser.ts';

const GOAL = conceptRe('goal');
const TARGET = conceptRe('target');

/** "tracking against the goal", "progress toward target" — but "campaigns that target Japan" is a list. */
export const goals: Recogniser = {
  name: 'goals',
  matches: (s) =>
    s.has(GOAL) ||
    // "Which countries do we target?" asks for markets, not goal progress.
    (s.has(TARGET) && !s.first('market') && s.r.noun !== 'market' && s.r.noun !== 'language'),
  build: (s) =>
    done(s, {
      op: 'goal',
      campaign: s.first('campaign'),
      metric: s.explicitMetric ? s.metric?.id : undefined,
    }),
};
