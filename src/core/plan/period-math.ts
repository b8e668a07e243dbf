import {
  type Day,
  dayFromParts,
  daysInMonth,
  formatDay,
  parseDay,
  partsOf,
  weekdayOf,
} from '../model/dates.ts';
import { formatMonth, formatRange } from '../render/format.ts';
import type { Period } from './plan-schema.ts';

// Calendar arithmetic for the contract's period table. Weeks start on Monday.

export const startOfWeek = (d: Day): Day => d - weekdayOf(d);
export const startOfMonth = (d: Day): Day => {
  const { y, m } = partsOf(d);
  return dayFromParts(y, m, 1);
};
export const endOfMonth = (y: number, m: number): Day => dayFromParts(y, m, daysInMonth(y, m));
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
export const startOfQuarter = (d: Day): Day => {
  const { y, m } = partsOf(d);
  return dayFromParts(y, (quarterOf(m) - 1) * 3 + 1, 1);
};
export const startOfYear = (d: Day): Day => dayFromParts(partsOf(d).y, 1, 1);

/** Adds months to a day, clamping to the target month's length (Mar 31 - 1 month = Feb 29). */
export function addMonths(d: Day, months: number): Day {
  const { y, m, d: dd } = partsOf(d);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayFromParts(ny, nm, Math.min(dd, daysInMonth(ny, nm)));
}

/** "Jun 10 – Jun 16, 2024", or one day "Jun 10, 2024". */
export const rangeLabel = (from: Day, to: Day): string => formatRange(from, to);

/** "June 2024". */
export const monthLabel = (y: number, m: number): string => formatMonth(y, m);

export function makePeriod(kind: Period['kind'], from: Day, to: Day, label?: string): Period {
  return {
    kind,
    from: formatDay(from),
    to: formatDay(Math.max(from, to)),
    label: label ?? rangeLabel(from, to),
  };
}

export function dayOf(iso: string): Day {
  const d = parseDay(iso);
  if (d === undefined) throw new RangeError(`not a date: ${iso}`);
  return d;
}

/** Every day up to `now`; `first` is where the data begins. */
export const allTime = (first: Day | undefined, now: Day): Period =>
  makePeriod('all', Math.min(first ?? now, now), now, 'all time');

/** "Previous" as the contract defines it: the period of the same kind just before. */
export function previousPeriod(p: Period): Period {
  const from = dayOf(p.from);
  const to = dayOf(p.to);
  const len = to - from + 1;
  const f = partsOf(from);
  switch (p.kind) {
    case 'day':
      return makePeriod('day', from - 1, from - 1, rangeLabel(from - 1, from - 1));
    case 'week':
    case 'week-to-date':
      return makePeriod(
        p.kind,
        from - 7,
        to - 7,
        `${p.kind === 'week' ? 'the week before' : 'the same days of the week before'} (${rangeLabel(from - 7, to - 7)})`,
      );
    case 'month': {
      const s = addMonths(from, -1);
      const { y, m } = partsOf(s);
      return makePeriod('month', s, endOfMonth(y, m), monthLabel(y, m));
    }
    case 'month-to-date': {
      const s = addMonths(from, -1);
      const { y, m } = partsOf(s);
      const e = Math.min(s + (to - from), endOfMonth(y, m));
      return makePeriod('month-to-date', s, e, `the same days of ${monthLabel(y, m)} (${rangeLabel(s, e)})`);
    }
    case 'quarter':
    case 'quarter-to-date': {
      const s = addMonths(from, -3);
      const { y, m } = partsOf(s);
      const qEnd = endOfMonth(y, Math.min(m + 2, 12));
      const e = p.kind === 'quarter' ? qEnd : Math.min(s + (to - from), qEnd);
      const label = `Q${quarterOf(m)} ${y}`;
      return makePeriod(
        p.kind,
        s,
        e,
        p.kind === 'quarter' ? label : `the same days of ${label} (${rangeLabel(s, e)})`,
      );
    }
    case 'year':
      return makePeriod('year', dayFromParts(f.y - 1, 1, 1), dayFromParts(f.y - 1, 12, 31), String(f.y - 1));
    case 'year-to-date': {
      const t = partsOf(to);
      const e = dayFromParts(t.y - 1, t.m, Math.min(t.d, daysInMonth(t.y - 1, t.m)));
      const s = dayFromParts(f.y - 1, 1, 1);
      return makePeriod('year-to-date', s, e, `the same days of ${f.y - 1} (${rangeLabel(s, e)})`);
    }
    case 'days':
      return makePeriod(
        'days',
        from - len,
        from - 1,
        `the ${len} days before (${rangeLabel(from - len, from - 1)})`,
      );
    default:
      return makePeriod(
        'range',
        from - len,
        from - 1,
        `the ${len} days before (${rangeLabel(from - len, from - 1)})`,
      );
  }
}

/** A calendar year, quarter or month as a whole, even when it was cut at today (lists of planned things). */
export function wholeCalendar(p: Period): Period {
  const from = dayOf(p.from);
  const { y, m } = partsOf(from);
  if (p.kind === 'year') return { ...p, to: formatDay(dayFromParts(y, 12, 31)) };
  if (p.kind === 'quarter') return { ...p, to: formatDay(endOfMonth(y, Math.min(m + 2, 12))) };
  if (p.kind === 'month') return { ...p, to: formatDay(endOfMonth(y, m)) };
  return p;
}
