import { conceptRe } from '../concepts.ts';
import { done, type Recogniser } from './recogniser.ts';

const STANDING = conceptRe('standing');
const EVERY = conceptRe('every');

/** "What's the status of each campaign?", "where do all our campaigns stand?": the campaigns, listed. */
export const standingList: Recogniser = {
  name: 'standing-list',
  matches: (s) =>
    !s.explicitMetric &&
    s.has(STANDING) &&
    (s.r.byDimension === 'campaign' || (s.r.noun === 'campaign' && (s.r.nounPlural || s.has(EVERY)))) &&
    !s.entityMentioned,
  build: (s) => done(s, { op: 'list', what: 'campaigns', filter: {} }),
};
