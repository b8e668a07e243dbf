import {
  type Day,
  dayFromParts,
  daysInMonth,
  MONTH_NAMES,
  parseDay,
  partsOf,
  weekdayOf,
} from '../model/dates.ts';
import {
  addMonths,
  endOfMonth,
  makePeriod,
  monthLabel,
  rangeLabel,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from './period-math.ts';
import type { Period } from './plan-schema.ts';
import { NUMBER_WORDS } from './vocabulary.ts';

// Turns the period phrases of the data contract (and common variants) into periods relative to `now`.

export interface PeriodMatch {
  period: Period;
  /** Character span in the normalized question, so the planner can ignore those words afterwards. */
  start: number;
  end: number;
  fallback?: boolean;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
// Never the start of a longer word: "top 3 markets" is not March 3, "5 decks" not December 5.
const MONTH_RE =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])';
/** "first quarter", "2nd week": the ordinals periods are counted with. */
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const monthIndex = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1;
const count = (word: string): number =>
  word === 'a' || word === 'an' ? 1 : (NUMBER_WORDS[word] ?? Number(word));

/** The latest month `m` that started on or before `now`. */
function latestMonth(m: number, now: Day): { y: number; m: number } {
  const n = partsOf(now);
  return { y: m <= n.m ? n.y : n.y - 1, m };
}

function monthPeriod(y: number, m: number): Period {
  return makePeriod('month', dayFromParts(y, m, 1), endOfMonth(y, m), monthLabel(y, m));
}

function quarterPeriod(y: number, q: number): Period {
  const s = dayFromParts(y, (q - 1) * 3 + 1, 1);
  return makePeriod('quarter', s, endOfMonth(y, q * 3), `Q${q} ${y}`);
}

/** "April 1", "1 April", "April 1st, 2024", "2024-04-01": a day; undefined when it is none. */
function spelledDay(text: string, now: Day): Day | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (iso?.[1]) return parseDay(iso[1]);
  const md = new RegExp(`^${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`).exec(text);
  const dm = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?(?:,? (\\d{4}))?$`).exec(text);
  const month = md ? monthIndex(md[1] ?? '') : dm ? monthIndex(dm[2] ?? '') : 0;
  const day = Number(md ? md[2] : dm?.[1]);
  const year = md?.[3] ?? dm?.[3];
  if (!month || !day) return undefined;
  const y = year ? Number(year) : latestMonth(month, now).y;
  if (day > daysInMonth(y, month)) return undefined;
  const d = dayFromParts(y, month, day);
  // Without a year, "April 20" means the latest one on or before now.
  return !year && d > now ? dayFromParts(y - 1, month, Math.min(day, daysInMonth(y - 1, month))) : d;
}

const DAY_PHRASE = `(\\d{4}-\\d{2}-\\d{2}|${MONTH_RE}\\.? \\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?(?:,? \\d{4})?)`;
const UNIT = '(day|week|month|quarter|year)s?';
const UNTIL_NOW = '(?:to|until|till|up to|up until|through) (?:now|today|date|the present)';

interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, now: Day): Period | undefined;
  /** A default that gives way when the question names a period of its own ("week over week … last week"). */
  fallback?: boolean;
}

const RULES: Rule[] = [
  // "first quarter of last year", "Q2 this year": a quarter of a year named relative to now.
  {
    re: /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter),? (?:of )?(last|this) year\b/g,
    make: (m, now) => {
      const q = m[1] ? Number(m[1]) : (ORDINALS[m[2] ?? ''] ?? 1);
      return quarterPeriod(partsOf(now).y - (m[3] === 'last' ? 1 : 0), q);
    },
  },
  // "the first week of May": its days 1–7 (the second 8–14 …; the last, its final seven days).
  {
    re: new RegExp(
      `\\b(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) week (?:of|in) ${MONTH_RE}(?:,? ((?:19|20)\\d{2}))?`,
      'g',
    ),
    make: (m, now) => weekOfMonth(m[1] ?? '', monthIndex(m[2] ?? ''), m[3], now),
  },
  // "between March 3 and last Friday": a day to a weekday named relative to now.
  {
    re: new RegExp(
      `\\b(?:between|from) ${DAY_PHRASE} (?:and|to|until|through|till) (?:last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
      'g',
    ),
    make: (m, now) => {
      const a = spelledDay(m[1] ?? '', now);
      const back = (weekdayOf(now) - WEEKDAYS.indexOf(m[4] ?? '') + 7) % 7 || 7;
      const b = now - back;
      return a !== undefined && a <= b ? makePeriod('range', a, b) : undefined;
    },
  },
  // "April 1 - April 15", "May 3 to May 9": two days joined by a dash or "to" (the dash is gone by now).
  {
    re: new RegExp(`\\b${DAY_PHRASE} (?:to |until |through |till )?${DAY_PHRASE}(?![\\d-])`, 'g'),
    make: (m, now) => {
      const a = spelledDay(m[1] ?? '', now);
      const b = spelledDay(m[4] ?? '', now);
      return a !== undefined && b !== undefined && a < b ? makePeriod('range', a, b) : undefined;
    },
  },
  // The future, named so that it can be refused: it has no figures yet.
  {
    re: /\b(?:the )?(?:next|coming|upcoming) (day|week|month|quarter|year)\b/g,
    make: (m, now) => nextCalendar(m[1] ?? '', now),
  },
  {
    re: /\b(tomorrow|the day after tomorrow)\b/g,
    make: (m, now) => {
      const d = now + (m[1] === 'tomorrow' ? 1 : 2);
      return makePeriod('day', d, d);
    },
  },
  {
    re: /\b(?:the )?(?:next|coming) (\d{1,3}) (day|week)s?\b/g,
    make: (m, now) => {
      const days = Number(m[1]) * (m[2] === 'week' ? 7 : 1);
      return makePeriod('range', now + 1, now + days, `the next ${m[1]} ${m[2]}s`);
    },
  },
  {
    // "May of last year", "May last year": read before "last year" takes its words.
    re: new RegExp(`\\b(?:in |during |for |over )?${MONTH_RE},? (?:of )?(last|this) year\\b`, 'g'),
    make: (m, now) => {
      const month = monthIndex(m[1] ?? '');
      const y = partsOf(now).y - (m[2] === 'last' ? 1 : 0);
      return month ? monthPeriod(y, month) : undefined;
    },
  },
  {
    re: new RegExp(`\\b(?:between|from) ${DAY_PHRASE} (?:and|to|until|through|-) ${DAY_PHRASE}`, 'g'),
    make: (m, now) => {
      const a = spelledDay(m[1] ?? '', now);
      const b = spelledDay(m[4] ?? '', now);
      return a !== undefined && b !== undefined && a <= b ? makePeriod('range', a, b) : undefined;
    },
  },
  {
    re: new RegExp(`\\b(?:the |in the |during the )?week of ${DAY_PHRASE}`, 'g'),
    make: (m, now) => {
      const d = spelledDay(m[1] ?? '', now);
      if (d === undefined) return undefined;
      const s = startOfWeek(d);
      return makePeriod('week', s, s + 6, `the week of ${rangeLabel(s, s + 6)}`);
    },
  },
  {
    re: new RegExp(
      `\\b(?:from |between )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:to |until |through |and )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}(?: ((?:19|20)\\d{2}))?\\b|\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)? (?:to |until |through |and )?(\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d{2}))?\\b`,
      'g',
    ),
    make: (m, now) => {
      const month = monthIndex(m[3] ?? m[5] ?? '');
      const a = Number(m[1] ?? m[6]);
      const b = Number(m[2] ?? m[7]);
      const year = m[4] ?? m[8];
      const y = year ? Number(year) : latestMonth(month, now).y;
      if (!month || a < 1 || b < a || b > daysInMonth(y, month)) return undefined;
      return makePeriod('range', dayFromParts(y, month, a), dayFromParts(y, month, b));
    },
  },
  {
    // "from 1 August until now", "from July to today": the same as "since".
    re: new RegExp(
      `\\bfrom (?:the (?:start|beginning) of )?(?:${DAY_PHRASE}|${MONTH_RE}(?: (\\d{4}))?) ${UNTIL_NOW}\\b`,
      'g',
    ),
    make: (m, now) => {
      // Groups: 1 the day phrase (2 and 3 are its month words), 4 a month on its own, 5 its year.
      const month = m[4] ? monthIndex(m[4]) : 0;
      const y = m[5] ? Number(m[5]) : month ? latestMonth(month, now).y : 0;
      const d = month ? dayFromParts(y, month, 1) : spelledDay(m[1] ?? '', now);
      if (d === undefined || d > now) return undefined;
      return makePeriod('since', d, now, `since ${month ? monthLabel(y, month) : rangeLabel(d, d)}`);
    },
  },
  {
    re: new RegExp(`\\bsince (?:the (?:start|beginning) of |the )?${DAY_PHRASE}`, 'g'),
    make: (m, now) => {
      const d = spelledDay(m[1] ?? '', now);
      return d !== undefined && d <= now
        ? makePeriod('since', d, now, `since ${rangeLabel(d, d)}`)
        : undefined;
    },
  },
  {
    re: new RegExp(`\\bsince (?:the (?:start|beginning) of )?${MONTH_RE}(?: (\\d{4}))?\\b`, 'g'),
    make: (m, now) => {
      const month = monthIndex(m[1] ?? '');
      const y = m[2] ? Number(m[2]) : latestMonth(month, now).y;
      const d = dayFromParts(y, month, 1);
      return d <= now ? makePeriod('since', d, now, `since ${monthLabel(y, month)}`) : undefined;
    },
  },
  {
    // "since Monday": from the latest such day on or before now.
    re: /\bsince (?:last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    make: (m, now) => {
      const target = WEEKDAYS.indexOf(m[1] ?? '');
      const back = (weekdayOf(now) - target + 7) % 7;
      return makePeriod('since', now - back, now, `since ${rangeLabel(now - back, now - back)}`);
    },
  },
  {
    re: /\bsince (?:the (?:start|beginning) of )?((?:19|20)\d{2})\b/g,
    make: (m, now) => {
      const d = dayFromParts(Number(m[1]), 1, 1);
      return d <= now ? makePeriod('since', d, now, `since ${m[1]}`) : undefined;
    },
  },
  {
    re: /\b(?:in |over |during |for )?(?:the )?(?:last|past|previous|trailing|recent) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety) (day|week|month)s?\b/g,
    make: (m, now) => {
      const n = count(m[1] ?? '');
      if (!Number.isFinite(n) || n < 1 || n > 3660) return undefined;
      const unit = m[2];
      const from = unit === 'day' ? now - n + 1 : unit === 'week' ? now - 7 * n + 1 : addMonths(now, -n) + 1;
      const label = `the last ${n} ${unit}${n === 1 ? '' : 's'}`;
      return makePeriod('days', from, now, `${label} (${rangeLabel(from, now)})`);
    },
  },
  {
    re: /\b(?:the )?(?:past|trailing) (week|month|year)\b/g,
    make: (m, now) => {
      const unit = m[1];
      const from =
        unit === 'week' ? now - 6 : unit === 'month' ? addMonths(now, -1) + 1 : addMonths(now, -12) + 1;
      return makePeriod('days', from, now, `the past ${unit} (${rangeLabel(from, now)})`);
    },
  },
  {
    re: /\b(today|yesterday|the day before yesterday)\b/g,
    make: (m, now) => {
      const d = m[1] === 'today' ? now : m[1] === 'yesterday' ? now - 1 : now - 2;
      return makePeriod('day', d, d, `${m[1]} (${rangeLabel(d, d)})`);
    },
  },
  {
    re: /\b(?:the )?(week|month|quarter|year) before last\b/g,
    make: (m, now) => calendarBack(m[1] ?? '', now, 2),
  },
  {
    // "since the start of the year", "since the beginning of this month": that unit so far.
    re: /\b(?:since|from) the (?:start|beginning) of (?:the|this) (week|month|quarter|year)\b/g,
    make: (m, now) => toDate(m[1] ?? '', now),
  },
  {
    re: new RegExp(
      `\\b(?:(?:so far )?(?:this|the current|current) ${UNIT}(?: so far| to date)?|${UNIT} to date|(wtd|mtd|qtd|ytd))\\b`,
      'g',
    ),
    make: (m, now) => {
      const unit =
        m[1] ?? m[2] ?? { wtd: 'week', mtd: 'month', qtd: 'quarter', ytd: 'year' }[m[3] ?? ''] ?? '';
      return toDate(unit, now);
    },
  },
  {
    re: new RegExp(`\\b(?:last|previous|prior|the previous|the prior) ${UNIT}\\b`, 'g'),
    make: (m, now) => calendarBack(m[1] ?? '', now, 1),
  },
  {
    re: /\b(?:the )?(week|month|quarter|year) over \1\b|\b(wow|mom|qoq|yoy)\b/g,
    fallback: true,
    // "year over year": this year so far, which compares with the same days of last year.
    make: (m, now) =>
      toDate(m[1] ?? { wow: 'week', mom: 'month', qoq: 'quarter', yoy: 'year' }[m[2] ?? ''] ?? '', now),
  },
  {
    re: /\b(?:h([12])|(first|second|1st|2nd) half)(?:,? (?:of )?((?:19|20)\d{2}))?\b/g,
    make: (m, now) => {
      const h = m[1] ? Number(m[1]) : m[2] === 'first' || m[2] === '1st' ? 1 : 2;
      const n = partsOf(now);
      const y = m[3] ? Number(m[3]) : h === 1 || n.m >= 7 ? n.y : n.y - 1;
      const s = dayFromParts(y, h === 1 ? 1 : 7, 1);
      return makePeriod('range', s, endOfMonth(y, h === 1 ? 6 : 12), `H${h} ${y}`);
    },
  },
  {
    re: new RegExp(
      `\\b(?:in |during |for |over |from )?${MONTH_RE}(?: ((?:19|20)\\d{2}))? (?:and|to|through|until|-) ${MONTH_RE}(?: ((?:19|20)\\d{2}))?\\b`,
      'g',
    ),
    make: (m, now) => {
      const a = monthIndex(m[1] ?? '');
      const b = monthIndex(m[3] ?? '');
      const yb = m[4] ? Number(m[4]) : m[2] ? Number(m[2]) + (b < a ? 1 : 0) : latestMonth(b, now).y;
      const ya = m[2] ? Number(m[2]) : a <= b ? yb : yb - 1;
      const from = dayFromParts(ya, a, 1);
      const to = endOfMonth(yb, b);
      return from <= to
        ? makePeriod('range', from, to, `${monthLabel(ya, a)} – ${monthLabel(yb, b)}`)
        : undefined;
    },
  },
  {
    re: /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?:,? (?:of )?((?:19|20)\d{2}))?\b/g,
    make: (m, now) => {
      const q = m[1] ? Number(m[1]) : (ORDINALS[m[2] ?? ''] ?? 1);
      const n = partsOf(now);
      const y = m[3] ? Number(m[3]) : (q - 1) * 3 + 1 <= n.m ? n.y : n.y - 1;
      return quarterPeriod(y, q);
    },
  },
  {
    re: new RegExp(`\\b(?:on |for )?${DAY_PHRASE}(?![\\d-])`, 'g'),
    make: (m, now) => {
      const d = spelledDay(m[1] ?? '', now);
      return d === undefined ? undefined : makePeriod('day', d, d, rangeLabel(d, d));
    },
  },
  {
    // "May", "May 2024", "May of 2024", "May of last year", "last May" (the one before this month).
    re: new RegExp(
      `\\b(in |during |for |of |over |last )?${MONTH_RE}(?:,? (?:of )?((?:19|20)\\d{2})|,? (?:of )?(last|this) year)?\\b`,
      'g',
    ),
    make: (m, now) => {
      const word = m[2] ?? '';
      // "may" and "march" are also ordinary words: take them as months only with a preposition or a year.
      if ((word === 'may' || word === 'march' || word === 'mar') && !m[1] && !m[3] && !m[4] && !besideDate(m))
        return undefined;
      const month = monthIndex(word);
      const current = partsOf(now);
      const latest = latestMonth(month, now).y;
      const y = m[3]
        ? Number(m[3])
        : m[4] === 'last'
          ? current.y - 1
          : m[4] === 'this'
            ? current.y
            : m[1] === 'last ' && month === current.m
              ? latest - 1
              : latest;
      return monthPeriod(y, month);
    },
  },
  {
    re: /\b(?:in |during |for |of )?((?:19|20)\d{2})\b(?!-)/g,
    make: (m) => {
      const y = Number(m[1]);
      return makePeriod('year', dayFromParts(y, 1, 1), dayFromParts(y, 12, 31), String(y));
    },
  },
];

/** True when a month word stands next to a comparison or another date word: "May vs April", "April and May". */
function besideDate(m: RegExpExecArray): boolean {
  const before = m.input.slice(0, m.index).trim().split(' ').pop() ?? '';
  const after =
    m.input
      .slice(m.index + m[0].length)
      .trim()
      .split(' ')[0] ?? '';
  const link = /^(vs|versus|and|or|than|to|through|until|from|compared)$/;
  // At the very end ("views: Starlit Mesa, May") the word is a month, not the verb.
  return link.test(before) || link.test(after) || m.index + m[0].length === m.input.length;
}

/** "This week", "this month so far" …: the unit's first day to `now`. */
export function toDate(unit: string, now: Day): Period | undefined {
  const start =
    unit === 'day'
      ? now
      : unit === 'week'
        ? startOfWeek(now)
        : unit === 'month'
          ? startOfMonth(now)
          : unit === 'quarter'
            ? startOfQuarter(now)
            : unit === 'year'
              ? startOfYear(now)
              : undefined;
  if (start === undefined) return undefined;
  const kind = unit === 'day' ? 'day' : (`${unit}-to-date` as Period['kind']);
  return makePeriod(kind, start, now, `this ${unit} (${rangeLabel(start, now)})`);
}

/** The n-th seven days of a month, or its last seven. */
function weekOfMonth(ordinal: string, month: number, year: string | undefined, now: Day): Period | undefined {
  if (!month) return undefined;
  const y = year ? Number(year) : latestMonth(month, now).y;
  const end = endOfMonth(y, month);
  const n = ORDINALS[ordinal];
  const from = n ? dayFromParts(y, month, 1 + 7 * (n - 1)) : end - 6;
  const to = n ? Math.min(from + 6, end) : end;
  return makePeriod(
    'range',
    from,
    to,
    `the ${ordinal} week of ${monthLabel(y, month)} (${rangeLabel(from, to)})`,
  );
}

/** "Next week", "next quarter": the whole calendar unit after the current one. */
function nextCalendar(unit: string, now: Day): Period | undefined {
  const p = calendarBack(unit, now, -1);
  if (!p || unit !== 'week') return p;
  const from = parseDay(p.from) ?? now;
  return makePeriod('week', from, from + 6, `next week (${rangeLabel(from, from + 6)})`);
}

/** "Last week", "the month before last": the whole calendar unit `steps` back from the current one. */
export function calendarBack(unit: string, now: Day, steps: number): Period | undefined {
  switch (unit) {
    case 'day':
      return makePeriod('day', now - steps, now - steps);
    case 'week': {
      const s = startOfWeek(now) - 7 * steps;
      return makePeriod(
        'week',
        s,
        s + 6,
        `${steps === 1 ? 'last week' : 'the week before last'} (${rangeLabel(s, s + 6)})`,
      );
    }
    case 'month': {
      const { y, m } = partsOf(addMonths(startOfMonth(now), -steps));
      return monthPeriod(y, m);
    }
    case 'quarter': {
      const s = addMonths(startOfQuarter(now), -3 * steps);
      const { y, m } = partsOf(s);
      return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
    }
    case 'year': {
      const y = partsOf(now).y - steps;
      return makePeriod('year', dayFromParts(y, 1, 1), dayFromParts(y, 12, 31), String(y));
    }
    default:
      return undefined;
  }
}

/** Every period phrase in `text` (lowercase, single-spaced), left to right, without overlaps. */
export function findPeriods(text: string, now: Day): PeriodMatch[] {
  const taken: PeriodMatch[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const period = rule.make(m, now);
      if (period) taken.push({ period: capAtNow(period, now), start, end, fallback: rule.fallback === true });
    }
  }
  const named = taken.filter((t) => !t.fallback);
  return (named.length > 0 ? named : taken).sort((a, b) => a.start - b.start);
}

/** No period reaches past `now`: the future has no data, and stocks are read at the period's end. */
function capAtNow(p: Period, now: Day): Period {
  const to = parseDay(p.to) ?? now;
  const from = parseDay(p.from) ?? now;
  // One that has not started yet stays as said: it has no data, not today's.
  if (to <= now || from > now) return p;
  return makePeriod(p.kind, from, now, p.label);
}
