// Calendar dates as whole days since 1970-01-01 (UTC civil days): the data only knows dates,
// so integers keep indexes compact and comparisons cheap.
import { remembered } from './remembered.ts';

export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const dayFromParts = (y: number, m: number, d: number): Day =>
  Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);

/** Parses `YYYY-MM-DD`; returns undefined for anything that is not a real calendar date. */
export function parseDay(text: string): Day | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The day of a year, month and day read from `YYYY-MM-DD` digits, or undefined when they name no calendar date
 * (`2023-02-30`): the one idea of a valid date, for `parseDay` and for parsers that read the digits themselves.
 */
export function realDay(y: number, mo: number, d: number): Day | undefined {
  const day = dayFromParts(y, mo, d);
  const back = partsOf(day);
  return back.y === y && back.m === mo && back.d === d ? day : undefined;
}

export interface DayParts {
  y: number;
  m: number;
  d: number;
}

export function partsOf(day: Day): DayParts {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Answers write the same few days again and again (periods, "data as of", list dates): each is made once. */
export const formatDay: (day: Day) => string = remembered(
  (day: Day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
  8192,
);

/** Monday = 0 … Sunday = 6 (weeks start on Monday in the data contract). */
export const weekdayOf = (day: Day): number => (((day + 3) % 7) + 7) % 7;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** "January" … "December": the month words questions are read with and answers are matched by. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  monthName.format(Date.UTC(2000, i, 1)),
);

// Spelled dates are made with the other formats (one locale, one path); re-exported for the modules that
// read days from here.
export { spellDay } from '../render/format.ts';

// Building an Intl formatter costs more than answering a question: one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in an IANA time zone, from an instant. */
export function dayInZone(instant: Date, timeZone: string): Day {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.format(instant);
  const day = parseDay(parts);
  if (day === undefined) throw new RangeError(`cannot read a date from ${parts}`);
  return day;
}
