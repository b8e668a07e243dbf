import { conceptRe } from '../concepts.ts';
import type { ListFilter } from '../plan-schema.ts';
import { overviewTarget } from './overview-target.ts';
import { done, type Recogniser } from './recogniser.ts';

const PUBLISH = conceptRe('publish');
const NEGATION = conceptRe('negation');

/** "Which videos did we publish in May?": content by its publication date. */
export const published: Recogniser = {
  name: 'published',
  matches: (s) =>
    !s.explicitMetric &&
    s.has(PUBLISH) &&
    // "…that hasn't launched yet", "in the pipeline": a campaign's status, not content by its date.
    !s.first('status') &&
    !s.has(NEGATION) &&
    (s.r.noun === 'asset' || s.r.noun === undefined) &&
    !overviewTarget(s.refs),
  build: (s) => {
    const filter: ListFilter = {
      campaign: s.first('campaign'),
      language: s.first('language'),
      platform: s.first('platform'),
      period: s.period,
      format: s.format,
    };
    return done(s, {
      op: 'list',
      what: 'assets',
      filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
    });
  },
};
