import { conceptRe, wordsRe } from '../concepts.ts';
import { calendarBack } from '../period-phrases.ts';
import type { Period } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';
import { done, type Recogniser } from './recogniser.ts';

const REPORT = conceptRe('report');
const SCHEDULED = conceptRe('scheduled');
const MONTHLY = wordsRe('monthly', 'month');

/** The period a digest asked for in words covers: the one named, else the last whole week or month. */
function digestPeriod(s: Slots): Period | undefined {
  if (!s.has(REPORT) || s.entityMentioned || s.explicitMetric || !s.has(SCHEDULED)) return undefined;
  return s.period ?? calendarBack(s.has(MONTHLY) ? 'month' : 'week', s.ctx.now, 1);
}

/**
 * "digest now", "weekly report", "monthly summary": the overview of the last whole week (or month) — what a
 * scheduled digest covers; in Slack, `/pulse digest now` gives the digest itself.
 */
export const digestReport: Recogniser<Period> = {
  name: 'digest-report',
  matches: digestPeriod,
  build: (s, period) => done(s, { op: 'overview', kind: 'organization', period }),
};
