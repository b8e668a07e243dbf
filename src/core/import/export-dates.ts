import { type Day, dayFromParts, MONTH_NAMES, partsOf } from '../model/dates.ts';

// The dates exports write: `2025-06-02`, `May 20, 2025`, `Fri, Oct 03, 2025`, `09/16/2026 14:05`,
// `2025年5月20日`, `16.09.2026`, and TikTok's `October 1` with no year.

/** A date as written: whole, or a month and day still waiting for its year. */
export type ExportDate = { day: Day } | { month: number; dayOfMonth: number };

/** `mdy` reads `09/10/2026` as September 10 (US exports); `dmy` as 9 October. */
export type SlashOrder = 'mdy' | 'dmy';

const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex(
    (m) => m.toLowerCase().startsWith(w) || (w === 'sept' && m === 'September'),
  );
  return i < 0 ? undefined : i + 1;
};

const real = (y: number, m: number, d: number): ExportDate | undefined => {
  const day = dayFromParts(y, m, d);
  const back = partsOf(day);
  return back.y === y && back.m === m && back.d === d ? { day } : undefined;
};

const yearless = (m: number | undefined, d: number): ExportDate | undefined =>
  m !== undefined && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { month: m, dayOfMonth: d } : undefined;

/** Time of day and a leading weekday say nothing about the date: `Fri, Oct 03, 2025 14:05:00`. */
const strip = (text: string): string =>
  text
    .trim()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]\.?m\.?)?(Z|[+-]\d{2}:?\d{2})?$/i, '')
    .trim();

/** Reads one export date, or undefined when it is none of the known forms. */
export function parseExportDate(text: string, order: SlashOrder = 'mdy'): ExportDate | undefined {
  const t = strip(text);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return yearless(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return real(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'mdy' ? real(Number(m[3]), a, b) : real(Number(m[3]), b, a);
  }
  m = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i.exec(t);
  if (m?.[1]) {
    const month = monthOf(m[1]);
    if (m[3]) return month === undefined ? undefined : real(Number(m[3]), month, Number(m[2]));
    return yearless(month, Number(m[2]));
  }
  m = /^(\d{1,2})\.?\s+([a-z]+\.?),?(?:\s+(\d{4}))?$/i.exec(t);
  if (m?.[2]) {
    const month = monthOf(m[2]);
    if (m[3]) return month === undefined ? undefined : real(Number(m[3]), month, Number(m[1]));
    return yearless(month, Number(m[1]));
  }
  return undefined;
}

/** The order that reads more of a file's slashed dates as real dates (`16/09/2026` only day-first); ties `mdy`. */
export function slashOrderOf(texts: Iterable<string>): SlashOrder {
  let balance = 0;
  for (const t of texts) {
    if (!/^\d{1,2}\/\d{1,2}\/\d{4}/.test(strip(t))) continue;
    balance += (parseExportDate(t, 'dmy') ? 1 : 0) - (parseExportDate(t, 'mdy') ? 1 : 0);
  }
  return balance > 0 ? 'dmy' : 'mdy';
}

/**
 * Years for dates written without one (TikTok's `October 1`), in file order: the latest is in `lastYear`, the
 * export's range end, and each step back across a new year goes a year back (`January 1` ← `December 31`).
 * Files list days oldest or newest first: the file's direction is the one whose steps are shorter
 * (`December 31, January 1` is one day forward, not 364 back).
 */
export function withYears(dates: readonly ExportDate[], lastYear: number): (Day | undefined)[] {
  const yearDay = (d: ExportDate): number | undefined =>
    'day' in d ? undefined : dayFromParts(2001, d.month, d.dayOfMonth) - dayFromParts(2001, 1, 1);
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1], dates[i]].map((d) => (d ? yearDay(d) : undefined));
    if (a === undefined || b === undefined) continue;
    forward += (b - a + 365) % 365;
    backward += (a - b + 365) % 365;
  }
  const order = dates.map((_, i) => i);
  if (backward < forward) order.reverse();
  const out: (Day | undefined)[] = new Array(dates.length);
  let year = lastYear;
  let later: number | undefined;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    const d = dates[i];
    if (!d) continue;
    if ('day' in d) {
      out[i] = d.day;
      continue;
    }
    const ordinal = d.month * 100 + d.dayOfMonth;
    if (later !== undefined && ordinal > later) year--;
    later = ordinal;
    const r = real(year, d.month, d.dayOfMonth);
    out[i] = r && 'day' in r ? r.day : undefined;
  }
  return out;
}
