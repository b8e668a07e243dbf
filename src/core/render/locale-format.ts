import type { Day } from '../model/dates.ts';
import { remembered } from '../model/remembered.ts';
import { singularUnit } from './unit-words.ts';

// Every number, sign, percentage and date people read goes through one of these, so the whole reply uses one
// locale's conventions and one minus sign (Intl's, an ASCII "-" in en-US). Days are whole UTC civil days, so
// every date is formatted in UTC: no machine or user time zone can move a day.

export interface Format {
  readonly locale: string;
  /** "185,897": thousands separators, up to two decimals. */
  exact(n: number): string;
  /** "185.9K". */
  short(n: number): string;
  /** "185,897 (185.9K)"; below 10,000 the short form adds nothing and is left out. */
  figure(n: number): string;
  /** "185,897 views (185.9K)"; "1 view": the unit is singular where the locale says one. */
  withUnit(n: number, unit: string): string;
  /** "82.3%": a share or progress, one decimal. */
  percent(ratio: number): string;
  /** "+12.5%", "-57.6%", "0.0%"; without a base to compare, says so. */
  growth(ratio: number | undefined): string;
  /** "+1,234", "-6,281", "0". */
  delta(n: number): string;
  /** "+1,234 views", "-1 follower": a change with its unit, singular where the locale says one. */
  deltaWithUnit(n: number, unit: string): string;
  /** "4.3": always one decimal. */
  oneDecimal(n: number): string;
  /** "June 27, 2024". */
  day(day: Day): string;
  /** "Jun 27". */
  monthDay(day: Day): string;
  /** "Thu". */
  weekday(day: Day): string;
  /** "June 2024". */
  month(y: number, m: number): string;
  /** "Jun 10 – Jun 16, 2024", across years "Dec 30, 2024 – Jan 5, 2025", one day "Jun 10, 2024". */
  range(from: Day, to: Day): string;
  /** "Mon, May 13, 2024, 09:00": an instant as a clock in `timeZone` shows it. */
  instant(at: Date, timeZone: string): string;
}

/** What a figure that is not a number (NaN, ±Infinity) prints: never "NaN" or "∞" in a reply. */
const NOT_A_FIGURE = 'n/a';
const NO_BASE = 'n/a (no base to compare)';

const MS_PER_DAY = 86_400_000;
const SHORT_FROM = 10_000;
const DAYS_KEPT = 4096;
const SHORT_DAY = { year: 'numeric', month: 'short', day: 'numeric' } as const;

export function createFormat(locale: string): Format {
  const number = (options: Intl.NumberFormatOptions) => {
    const f = new Intl.NumberFormat(locale, options);
    return (n: number): string => (Number.isFinite(n) ? f.format(n) : NOT_A_FIGURE);
  };
  // "negative": a value that rounds to zero (or is -0) prints without a sign.
  const exact = number({ maximumFractionDigits: 2, signDisplay: 'negative' });
  const short = number({ notation: 'compact', maximumFractionDigits: 1, signDisplay: 'negative' });
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
  const percent = number({ style: 'percent', ...oneDecimal, signDisplay: 'negative' });
  const growth = number({ style: 'percent', ...oneDecimal, signDisplay: 'exceptZero' });
  const delta = number({ maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const decimal = number({ ...oneDecimal, signDisplay: 'negative' });

  const date = (options: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    // Replies name the same few days over and over (period labels, "data as of"), and Intl is slow: each
    // day is formatted once, up to a bound.
    return remembered((d: Day): string => f.format(d * MS_PER_DAY), DAYS_KEPT);
  };
  const spelled = date({ year: 'numeric', month: 'long', day: 'numeric' });
  const monthDay = date({ month: 'short', day: 'numeric' });
  const shortDay = date(SHORT_DAY);
  const weekday = date({ weekday: 'short' });
  const month = date({ year: 'numeric', month: 'long' });
  // The year goes once on a range, where the locale writes it: last in en-US, first in zh-CN.
  const yearFirst =
    new Intl.DateTimeFormat(locale, { ...SHORT_DAY, timeZone: 'UTC' })
      .formatToParts(0)
      .find((p) => p.type !== 'literal')?.type === 'year';

  const instants = new Map<string, Intl.DateTimeFormat>();
  const instantFormat = (timeZone: string): Intl.DateTimeFormat => {
    let f = instants.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      instants.set(timeZone, f);
    }
    return f;
  };

  // Rounded as `exact` rounds, so 0.999 (printed "1") is one too.
  const plural = new Intl.PluralRules(locale, { maximumFractionDigits: 2 });
  const withShort = (n: number, unit: string): string => {
    const e = exact(n);
    return Math.abs(n) >= SHORT_FROM && Number.isFinite(n) ? `${e}${unit} (${short(n)})` : `${e}${unit}`;
  };

  return {
    locale,
    exact,
    short,
    figure: (n) => withShort(n, ''),
    withUnit: (n, unit) =>
      withShort(n, ` ${Number.isFinite(n) && plural.select(n) === 'one' ? singularUnit(unit) : unit}`),
    percent,
    growth: (ratio) => (ratio === undefined || !Number.isFinite(ratio) ? NO_BASE : growth(ratio)),
    delta,
    deltaWithUnit: (n, unit) =>
      `${delta(n)} ${Number.isFinite(n) && plural.select(Math.abs(n)) === 'one' ? singularUnit(unit) : unit}`,
    oneDecimal: decimal,
    day: spelled,
    monthDay,
    weekday,
    month: (y, m) => month(Date.UTC(y, m - 1, 1) / MS_PER_DAY),
    range(from, to) {
      if (from === to) return shortDay(from);
      const sameYear =
        new Date(from * MS_PER_DAY).getUTCFullYear() === new Date(to * MS_PER_DAY).getUTCFullYear();
      if (!sameYear) return `${shortDay(from)} – ${shortDay(to)}`;
      return yearFirst ? `${shortDay(from)} – ${monthDay(to)}` : `${monthDay(from)} – ${shortDay(to)}`;
    },
    instant: (at, timeZone) => instantFormat(timeZone).format(at),
  };
}
