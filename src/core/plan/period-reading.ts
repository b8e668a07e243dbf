import type { Day } from '../model/dates.ts';
import { findPeriods } from './period-phrases.ts';
import type { Period } from './plan-schema.ts';

const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);

/**
 * The periods of the question, their words marked in `taken`. Periods are read around the names (already
 * taken, so masked out), so "Marathon 2024" stays a name and not a year.
 */
export function readPeriods(tokens: readonly string[], taken: boolean[], now: Day): Period[] {
  const masked = tokens.map((t, i) => (taken[i] ? '§' : t));
  // Where each token starts in the joined text, to map a period's character span back to its tokens.
  const offsets: number[] = [];
  let pos = 0;
  for (const t of masked) {
    offsets.push(pos);
    pos += t.length + 1;
  }
  const periods: Period[] = [];
  for (const m of findPeriods(masked.join(' '), now)) {
    periods.push(m.period);
    offsets.forEach((o, i) => {
      if (o >= m.start && o < m.end) taken[i] = true;
    });
  }
  // "on Monday, November 10": a weekday named with its date adds nothing to it.
  tokens.forEach((t, i) => {
    if (WEEKDAYS.has(t) && !taken[i] && taken[i + 1]) taken[i] = true;
  });
  return periods;
}
