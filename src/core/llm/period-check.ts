import { type Day, daysInMonth, parseDay, partsOf, weekdayOf } from '../model/dates.ts';
import type { Period } from '../plan/plan-schema.ts';

// A model computes calendar dates less reliably than it reads words, so a period it proposes must be
// self-consistent (a "week" runs Monday to Sunday, "…-to-date" ends today) before the engine sums over it.

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
    case 'all':
    case 'range':
      return undefined;
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

const SAFE_LABEL = /^[\p{L}\p{N} ,.'()–-]{1,40}$/u;

/**
 * The period's label is shown to people, and a model wrote it: keep it only when it is a short phrase whose
 * numbers are the period's own (days, years); otherwise say the dates.
 */
export function safeLabel(period: Period): string {
  const own = new Set([...period.from.split('-'), ...period.to.split('-')].map(Number));
  const numbers = period.label.match(/\d+/g) ?? [];
  if (SAFE_LABEL.test(period.label) && numbers.every((n) => own.has(Number(n)))) return period.label;
  return period.from === period.to ? period.from : `${period.from} to ${period.to}`;
}
