// Dates as people and Pulse write them ("June 18, 2024", "Jun 17 – Jun 23, 2024", "18 June", "May 2024",
// "2024-06-18"). Their numbers are days and years, not counts: "won 18 awards" is not grounded by June 18.

export interface DateMention {
  /** Absent when the text gives no year ("Jun 17" in "Jun 17 – Jun 23, 2024"). */
  y?: number;
  m: number;
  /** Absent for a month ("May 2024"). */
  d?: number;
  start: number;
  end: number;
  raw: string;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\\.(?=\\s*\\d))?';
const PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A lowercase "may" is the verb ("views may 5 …" is rare, "may" before a number rarer still, but it is no date).
const monthOf = (word: string): number =>
  word === 'may' ? 0 : PREFIXES.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const YEAR = '(?:,?\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}]))?';
const ORD = '(?:st|nd|rd|th)?';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => { y?: number; m: number; d?: number } | undefined;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const day = (s: string | undefined): number | undefined => {
  const d = num(s);
  return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
};

const RULES: Rule[] = [
  {
    re: new RegExp(`${B}((?:19|20)\\d{2})-(\\d{2})-(\\d{2})${E}`, 'gu'),
    read: (m) => ({ y: Number(m[1]), m: Number(m[2]), d: day(m[3]) ?? 0 }),
  },
  {
    re: new RegExp(`${B}${MONTH}\\s+(\\d{1,2})${ORD}${E}${YEAR}`, 'giu'),
    read: (m) => {
      const d = day(m[2]);
      return d === undefined ? undefined : { m: monthOf(m[1] ?? ''), d, y: num(m[3]) };
    },
  },
  {
    re: new RegExp(`${B}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}${E}${YEAR}`, 'giu'),
    read: (m) => {
      const d = day(m[1]);
      return d === undefined ? undefined : { m: monthOf(m[2] ?? ''), d, y: num(m[3]) };
    },
  },
  {
    re: new RegExp(`${B}${MONTH},?\\s+((?:19|20)\\d{2})${E}`, 'giu'),
    read: (m) => ({ m: monthOf(m[1] ?? ''), y: Number(m[2]) }),
  },
];

/** Every date in `text`, left to right, without overlaps (the first rule to claim a span keeps it). */
export function dateMentionsIn(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const read = rule.read(m as RegExpExecArray);
      if (read && read.m > 0) out.push({ ...read, start, end, raw: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
