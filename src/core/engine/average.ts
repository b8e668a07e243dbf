import type { TaggedSeries } from '../model/dataset.ts';
import { type Day, daysInMonth, formatDay, partsOf } from '../model/dates.ts';
import type { AverageUnit, Period } from '../plan/plan-schema.ts';
import type { Average } from './result.ts';

/**
 * Calendar months in [from, to], a partly covered month counting for its share of days: Q1 is 3 months,
 * Jan 1 – Jun 19 is 5 + 19/30. "Average monthly views this year" then divides by what people count.
 */
export function monthsIn(from: Day, to: Day): number {
  let months = 0;
  let day = from;
  while (day <= to) {
    const { y, m, d } = partsOf(day);
    const length = daysInMonth(y, m);
    const covered = Math.min(length - d + 1, to - day + 1);
    months += covered / length;
    day += covered;
  }
  return months;
}

/**
 * A flow's total spread over the days of the period. "To date" (no period) starts at the scope's first row,
 * not at the start of all data: a video published last month has not been there for years.
 */
export function averageOf(
  total: number,
  per: AverageUnit,
  period: Period,
  from: Day,
  to: Day,
  list: readonly TaggedSeries[],
): Average | undefined {
  let start = from;
  if (period.kind === 'all') {
    const firsts = list.map((t) => t.series.first).filter((d): d is Day => d !== undefined && d <= to);
    if (firsts.length > 0) start = Math.max(from, Math.min(...firsts));
  }
  const days = to - start + 1;
  if (days <= 0) return undefined;
  const units = per === 'day' ? days : per === 'week' ? days / 7 : monthsIn(start, to);
  return { per, value: total / units, days, units, from: formatDay(start), to: formatDay(to) };
}
