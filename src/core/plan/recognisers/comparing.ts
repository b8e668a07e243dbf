import { dayFromParts, partsOf } from '../../model/dates.ts';
import { conceptAlt, conceptRe, wordsRe } from '../concepts.ts';
import { dayOf, endOfMonth, makePeriod, monthLabel, previousPeriod } from '../period-math.ts';
import type { Period } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';

const FROM = wordsRe('from');
const SAME_DAYS = conceptRe('sameDays');
const FORWARD = new RegExp(`\\b${conceptAlt('rangeStart')}\\b[^?]*\\b${conceptAlt('rangeEnd')}\\b`);

/**
 * Comparisons: two subjects, two periods, or a period against the one before. "Which channel grew the most?"
 * ranks; it does not compare periods.
 */
export const comparing = (s: Slots): boolean =>
  (s.compareWords || s.flowGrowth || s.subjects.length >= 2) &&
  !s.r.byDimension &&
  !(s.superlative && s.r.noun);

/** The periods a comparison reads: the first named (else the whole) and the second, if any. */
export function comparedPeriods(s: Slots): { current: Period; second: Period | undefined } {
  let periods = s.r.periods;
  // "How did views change from January to March?": the two months, not the months between them.
  if (periods.length === 1 && s.whole.kind === 'range' && s.has(FROM))
    periods = monthEnds(s.whole) ?? periods;
  return { current: periods[0] ?? s.whole, second: periods[1] };
}

/** Two different periods named: the earlier is the baseline. */
export function twoPeriods(s: Slots): { period: Period; versus: Period } | undefined {
  const { current, second } = comparedPeriods(s);
  // "last 7 days vs previous 7 days" names the same days twice: the second means the period before.
  // "this month compared with last month": the contract compares a month so far with the same days before.
  const sameDays =
    s.has(SAME_DAYS) ||
    (current.kind.endsWith('-to-date') &&
      second !== undefined &&
      second.from === previousPeriod(current).from);
  if (!second || sameDays || (second.from === current.from && second.to === current.to)) return undefined;
  // "from Q1 to Q2" and "between Q1 and Q2" move forward in time: the later one is the current period.
  const forward = s.has(FORWARD) && dayOf(second.from) > dayOf(current.from);
  return forward ? { period: second, versus: current } : { period: current, versus: second };
}

/** A range of whole months, Jan 1 – Mar 31, as its first and last month (the last one capped at its own end). */
function monthEnds(p: Period): [Period, Period] | undefined {
  const from = dayOf(p.from);
  const to = dayOf(p.to);
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.d !== 1 || (a.y === b.y && a.m === b.m)) return undefined;
  const last = makePeriod(
    'month',
    dayFromParts(b.y, b.m, 1),
    Math.min(to, endOfMonth(b.y, b.m)),
    monthLabel(b.y, b.m),
  );
  return [makePeriod('month', from, endOfMonth(a.y, a.m), monthLabel(a.y, a.m)), last];
}
