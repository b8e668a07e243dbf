import { type Day, formatDay, partsOf } from '../model/dates.ts';
import { endOfMonth, monthLabel, rangeLabel, startOfWeek } from '../plan/period-math.ts';
import type { Dimension, TimeDimension } from '../plan/plan-schema.ts';
import { formatWeekday, spellDay } from '../render/format.ts';

export interface Bucket {
  /** The bucket's first day, ISO: sorts in calendar order. */
  key: string;
  label: string;
  from: Day;
  to: Day;
  /** A whole day, Monday–Sunday week or calendar month, not one cut by the period or by today. */
  full: boolean;
}

export const isTimeDimension = (d: Dimension): d is TimeDimension =>
  d === 'day' || d === 'week' || d === 'month';

/** The days, weeks (Monday first) or calendar months of [from, to], the first and last cut to the period. */
export function timeBuckets(unit: TimeDimension, from: Day, to: Day): Bucket[] {
  const out: Bucket[] = [];
  for (let day = from; day <= to; ) {
    const { y, m, d } = partsOf(day);
    const end =
      unit === 'day'
        ? day
        : unit === 'week'
          ? Math.min(startOfWeek(day) + 6, to)
          : Math.min(endOfMonth(y, m), to);
    const full =
      unit === 'day' ||
      (unit === 'week' ? day === startOfWeek(day) && end === day + 6 : d === 1 && end === endOfMonth(y, m));
    out.push({ key: formatDay(day), label: bucketLabel(unit, day, end, full), from: day, to: end, full });
    day = end + 1;
  }
  return out;
}

/** "Sat June 15, 2024", "week of May 6, 2024" (a week cut short: "May 1 – May 5, 2024"), "May 2024". */
export function bucketLabel(unit: TimeDimension, from: Day, to: Day, full: boolean): string {
  if (unit === 'day') return `${formatWeekday(from)} ${spellDay(from)}`;
  if (unit === 'month') {
    const { y, m } = partsOf(from);
    return monthLabel(y, m);
  }
  return full ? `week of ${spellDay(from)}` : rangeLabel(from, to);
}
