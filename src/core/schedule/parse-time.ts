import { ScheduleError } from '../errors.ts';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

const TIME = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i;

export const formatTime = (t: TimeOfDay): string =>
  `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** `09:00`, `9:30`, `8am`, `6:15pm` → hour and minute; anything else says what is allowed. */
export function parseTime(text: string | undefined): TimeOfDay {
  const m = text ? TIME.exec(text) : null;
  const hint = 'Use a 24-hour time HH:MM from 00:00 to 23:59 (e.g. 09:00), or 9am / 6:30pm.';
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    throw new ScheduleError(text ? `\`${text}\` is not a time. ${hint}` : `A time is missing. ${hint}`);
  }
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) throw new ScheduleError(`\`${text}\` is not a time. ${hint}`);
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) throw new ScheduleError(`\`${text}\` is not a time of day. ${hint}`);
  return { hour, minute };
}

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** `mon`, `Monday`, `tues` → cron day-of-week (Sunday = 0). */
export function parseWeekday(text: string | undefined): number {
  const t = (text ?? '').toLowerCase();
  const i = t.length >= 3 ? WEEKDAYS.findIndex((d) => d.startsWith(t)) : -1;
  if (i < 0) {
    throw new ScheduleError(
      `${text ? `\`${text}\` is not a weekday` : 'A weekday is missing'}. Use mon, tue, wed, thu, fri, sat or sun.`,
    );
  }
  return i;
}

/** `1` … `28` or `last`: later days do not exist every month, so they would silently skip some. */
export function parseMonthDay(text: string | undefined): number | 'last' {
  if (text?.toLowerCase() === 'last') return 'last';
  const t = (text ?? '').toLowerCase().replace(/(st|nd|rd|th)$/, '');
  const n = /^\d{1,2}$/.test(t) ? Number(t) : Number.NaN;
  if (n >= 1 && n <= 28) return n;
  const what = text ? `\`${text}\` is not a day of the month you can use` : 'A day of the month is missing';
  throw new ScheduleError(`${what}. Use 1 to 28, or \`last\` for the last day of each month.`);
}

/** A time zone the runtime knows, in its canonical spelling, or undefined. */
export function canonicalZone(text: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(text)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Tokens that are meant as a zone: `Asia/Shanghai`, `UTC`, `GMT`. */
export const looksLikeZone = (text: string): boolean => text.includes('/') || /^(utc|gmt)$/i.test(text);

export const ZONE_HINT =
  'Use an IANA time zone such as Asia/Shanghai, Europe/Paris, America/New_York or UTC.';
