import { type Day, daysInMonth, parseDay, partsOf, weekdayOf } from '../model/dates.ts';
import { dayOf, monthLabel, quarterOf, rangeLabel, startOfWeek } from '../plan/period-math.ts';
import type { Period } from '../plan/plan-schema.ts';

// A model computes calendar dates less reliably than it reads words, so a period it proposes must be
// self-consistent (a "week" runs Monday to Sunday, "…-to-date" ends today) before the engine sums over it, and
// the label people read is made here from the dates, never taken from the model.

const quarterStart = (m: number): number => m - ((m - 1) % 3);

function isMonthStart(day: Day): boolean {
  return partsOf(day).d === 1;
}

function monthEnd(day: Day): Day {
  const { y, m } = partsOf(day);
  return day + daysInMonth(y, m) - partsOf(day).d;
}

function quarterEnd(day: Day): Day {
  let end = monthEnd(day);
  end = monthEnd(end + 1);
  return monthEnd(end + 1);
}

/**
 * The reason the period cannot be what its kind says, or undefined when it is consistent. A comparison's base
 * period (`anchored: false`) may be "the same days of the month before", so only its shape is checked.
 */
export function periodProblem(period: Period, today: string, anchored = true): string | undefined {
  const from = parseDay(period.from);
  const to = parseDay(period.to);
  const now = parseDay(today);
  if (from === undefined || to === undefined || now === undefined) return 'not a calendar date';
  if (from > to) return 'starts after it ends';
  if (!anchored) return undefined;
  const f = partsOf(from);
  const n = partsOf(now);
  const check = (ok: boolean): string | undefined => (ok ? undefined : `not a consistent ${period.kind}`);
  switch (period.kind) {
    case 'range':
      return undefined;
    case 'all':
      // "All time" runs up to today; one that stops earlier would be labelled as everything but sum less.
      return check(to === now);
    case 'day':
      return check(from === to);
    case 'week':
      return check(weekdayOf(from) === 0 && to === from + 6);
    case 'week-to-date':
      return check(weekdayOf(from) === 0 && to === now && now - from < 7);
    case 'month':
      return check(isMonthStart(from) && to === monthEnd(from));
    case 'month-to-date':
      return check(isMonthStart(from) && f.y === n.y && f.m === n.m && to === now);
    case 'quarter':
      return check(isMonthStart(from) && f.m === quarterStart(f.m) && to === quarterEnd(from));
    case 'quarter-to-date':
      return check(isMonthStart(from) && f.y === n.y && f.m === quarterStart(n.m) && to === now);
    case 'year':
      return check(f.m === 1 && f.d === 1 && period.to === `${f.y}-12-31`);
    case 'year-to-date':
      return check(f.m === 1 && f.d === 1 && f.y === n.y && to === now);
    case 'days':
    case 'since':
      return check(to === now);
  }
}

/**
 * The label people read for a period the model proposed: always derived from its dates (and today), never the
 * model's words, which could say "last week" over May. The forms are the rule planner's: "May 2024", "Q2 2024",
 * "2024", "last week (Jun 17 – Jun 23, 2024)", "the week of …", "this month (…)", else the dates as a range.
 * Call it on a period `periodProblem` accepted.
 */
export function periodLabel(period: Period, today: string): string {
  const from = dayOf(period.from);
  const to = dayOf(period.to);
  const now = dayOf(today);
  const { y, m } = partsOf(from);
  const range = rangeLabel(from, to);
  const endsToday = to === now;
  switch (period.kind) {
    case 'all':
      return 'all time';
    case 'day':
      if (from === now) return `today (${range})`;
      return from === now - 1 ? `yesterday (${range})` : range;
    case 'week': {
      const thisWeek = startOfWeek(now);
      if (from === thisWeek - 7) return `last week (${range})`;
      if (from === thisWeek - 14) return `the week before last (${range})`;
      return `the week of ${range}`;
    }
    case 'month':
      return wholeMonths(from, to) ?? range;
    case 'quarter':
      return isWholeQuarter(from, to) ? `Q${quarterOf(m)} ${y}` : range;
    case 'year':
      return period.from === `${y}-01-01` && period.to === `${y}-12-31` ? String(y) : range;
    case 'week-to-date':
      return endsToday ? `this week (${range})` : range;
    case 'month-to-date':
      return endsToday ? `this month (${range})` : range;
    case 'quarter-to-date':
      return endsToday ? `this quarter (${range})` : range;
    case 'year-to-date':
      return endsToday ? `this year (${range})` : range;
    case 'days': {
      const n = to - from + 1;
      return endsToday ? `the last ${n} day${n === 1 ? '' : 's'} (${range})` : range;
    }
    case 'since':
      return `since ${rangeLabel(from, from)}`;
    case 'range':
      return wholeMonths(from, to) ?? range;
  }
}

/** "May 2024" for one whole month, "April 2024 – May 2024" for several, undefined otherwise. */
function wholeMonths(from: Day, to: Day): string | undefined {
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.d !== 1 || to !== monthEnd(to)) return undefined;
  return a.y === b.y && a.m === b.m
    ? monthLabel(a.y, a.m)
    : `${monthLabel(a.y, a.m)} – ${monthLabel(b.y, b.m)}`;
}

const isWholeQuarter = (from: Day, to: Day): boolean => {
  const f = partsOf(from);
  return f.d === 1 && f.m === quarterStart(f.m) && to === quarterEnd(from);
};
