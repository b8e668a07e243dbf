import { conceptRe } from '../concepts.ts';
import { overviewTarget } from './overview-target.ts';
import { done, type Recogniser } from './recogniser.ts';

const OVERVIEW = conceptRe('overview');

/** "Summarize the spring campaign", "report on our TikTok": an overview, even with a measure named. */
export const overview: Recogniser = {
  name: 'overview',
  matches: (s) => s.has(OVERVIEW),
  build: (s) => {
    const entity = overviewTarget(s.refs, s.ctx.dataset);
    return done(s, { op: 'overview', kind: entity?.kind ?? 'organization', id: entity?.id, period: s.whole });
  },
};
