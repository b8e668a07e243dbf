import { formatDay, partsOf, weekdayOf } from '../../core/model/dates.ts';
import {
  addMonths,
  dayOf,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from '../../core/plan/period-math.ts';

// Models are poor at calendar arithmetic and good at copying: hand them the anchor dates the period table
// of the data contract needs, so "last week" becomes a lookup.

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const range = (from: number, to: number): string => `${formatDay(from)}..${formatDay(to)}`;

export function calendarHints(today: string): string {
  const now = dayOf(today);
  const { y } = partsOf(now);
  const week = startOfWeek(now);
  const month = startOfMonth(now);
  const lastMonth = addMonths(month, -1);
  const quarter = startOfQuarter(now);
  const lastQuarter = addMonths(quarter, -3);
  const year = startOfYear(now);
  return [
    `today: ${today} (${WEEKDAYS[weekdayOf(now)]})`,
    `week: this from ${formatDay(week)}; last ${range(week - 7, week - 1)}`,
    `month: this from ${formatDay(month)}; last ${range(lastMonth, month - 1)}`,
    `quarter: this from ${formatDay(quarter)}; last ${range(lastQuarter, quarter - 1)}`,
    `year: this from ${formatDay(year)}; last ${y - 1}-01-01..${y - 1}-12-31`,
  ].join('\n');
}
