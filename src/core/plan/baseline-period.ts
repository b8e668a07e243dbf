import type { Day } from '../model/dates.ts';
import { conceptAlt } from './concepts.ts';
import { toDate } from './period-phrases.ts';
import type { Reading } from './reading.ts';

const BASELINE = new RegExp(
  `\\b${conceptAlt('baselineVersus')}\\s+(?:the\\s+)?${conceptAlt('previous')}\\s+(${conceptAlt('calendarUnit')})\\b`,
);

/**
 * "…grew the most vs last month": the only period named is the baseline; the current one is this month so far
 * (compared, as the contract says, with the same days before). Replaces the reading's period in place.
 */
export function currentBeforeBaseline(r: Reading, now: Day): void {
  const unit = BASELINE.exec(r.norm)?.[1];
  if (!unit || r.periods.length !== 1) return;
  const current = toDate(unit, now);
  if (current) r.periods.splice(0, 1, current);
}
