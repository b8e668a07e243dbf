import { type Day, partsOf } from '../model/dates.ts';
import { endOfMonth, startOfMonth, startOfWeek } from './period-math.ts';
import type { TimeDimension } from './plan-schema.ts';

/**
 * The latest whole day, Monday–Sunday week or calendar month that ends on or before `day` (the last day of
 * data): "the latest whole week" is never one the data only began.
 */
export function latestWhole(unit: TimeDimension, day: Day): { from: Day; to: Day } {
  if (unit === 'day') return { from: day, to: day };
  if (unit === 'week') {
    const to = startOfWeek(day + 1) - 1;
    return { from: to - 6, to };
  }
  const { y, m } = partsOf(day);
  const to = day === endOfMonth(y, m) ? day : startOfMonth(day) - 1;
  return { from: startOfMonth(to), to };
}
