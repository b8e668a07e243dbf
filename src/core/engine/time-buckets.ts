import { type Day, formatDay, partsOf, spellDay, weekdayOf } from '../model/dates.ts';
import { endOfMonth, monthLabel, rangeLabel, startOfWeek } from '../plan/period-math.ts';
import type { Dimension, TimeDimension } from '../plan/plan-schema.ts';

export interface Bucket {
  /** The bucket's first day, ISO: sorts in calendar order. */
  key: string;
  label: string;
  from: Day;
  to: Day;
  /** A whole day, Monday–Sunday week or calendar month, not one cut by the period or by today. */
  full: boolean;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export const isTimeDimension = (d: Dimension): d is TimeDimension =>
  d === 'day' || d === 'week' || d === 'month';

/** The days, weeks (Monday first) or calendar months of [from, to], the first and last cut to the period. */
export function timeBuckets(unit: TimeDimension, from: Day, to: Day): Bucket[] {
  const out: Bucket[] = [];
  let day = from;
  while (day <= to) {
    let end = day;
    let label = `${WEEKDAYS[weekdayOf(day)]} ${spellDay(day)}`;
    if (unit === 'week') {
      end = Math.min(startOfWeek(day) + 6, to);
      // A week cut by the period says which days it covers.
      label = day === startOfWeek(day) && end === day + 6 ? `week of ${spellDay(day)}` : rangeLabel(day, end);
    } else if (unit === 'month') {
      const { y, m } = partsOf(day);
      end = Math.min(endOfMonth(y, m), to);
      label = monthLabel(y, m);
    }
    const full =
      unit === 'day' ||
      (unit === 'week'
        ? day === startOfWeek(day) && end === day + 6
        : partsOf(day).d === 1 && end === endOfMonth(partsOf(end).y, partsOf(end).m));
    out.push({ key: formatDay(day), label, from: day, to: end, full });
    day = end + 1;
  }
  return out;
}
