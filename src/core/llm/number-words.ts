// Figures written in words ("two million", "twelve thousand", "twenty-seventh", "a dozen"): a narrative may not
// slip a number past the guard by spelling it out.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// "first" is left out: in prose it is rarely a rank ("the first week", "for the first time").
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export interface WordNumber {
  kind: 'plain' | 'short' | 'ordinal' | 'percent';
  value: number;
  /** Whole-number scale of a "two million"-style figure (1 when there is none). */
  scale: number;
  start: number;
  end: number;
  raw: string;
}

const WORD = /[a-z]+(?:-[a-z]+)*/gi;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Reads one run of number words; undefined when the words make no number. */
function readRun(run: Token[]): { kind: WordNumber['kind']; value: number; scale: number } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let scale = 1;
  let ordinal = false;
  let half = false;
  for (const { word } of run) {
    const parts = word.split('-');
    for (const part of parts) {
      if (part === 'a' || part === 'an' || part === 'and') continue;
      if (part === 'half') {
        half = true;
        continue;
      }
      if (part === 'dozen') {
        current = (seen ? current : 1) * 12;
        seen = true;
      } else if (part === 'hundred') {
        current = (seen ? current : 1) * 100;
        seen = true;
      } else if (part in SCALES) {
        const s = SCALES[part] ?? 1;
        total += (seen ? current : half ? 0.5 : 1) * s;
        current = 0;
        scale = s;
        seen = true;
      } else if (part in ORDINALS) {
        current += ORDINALS[part] ?? 0;
        ordinal = true;
        seen = true;
      } else if (part in UNITS) {
        current += UNITS[part] ?? 0;
        seen = true;
      } else return undefined;
    }
  }
  if (!seen) return undefined;
  const value = total + current;
  if (ordinal) return { kind: 'ordinal', value, scale: 1 };
  return current === 0 && scale > 1 ? { kind: 'short', value, scale } : { kind: 'plain', value, scale: 1 };
}

const isNumberWord = (word: string): boolean =>
  word
    .split('-')
    .every(
      (p) => p in UNITS || p in ORDINALS || p in SCALES || p === 'hundred' || p === 'dozen' || p === 'half',
    );

const BIG = new Set(['hundred', 'thousand', 'million', 'billion']);

/** Joiners inside a number: "two hundred and five", "a million", "half a million", "a dozen". */
function isJoiner(word: string, prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined || !isNumberWord(next)) return false;
  if (word === 'and') return prev !== undefined && BIG.has(prev) && next in UNITS;
  return (word === 'a' || word === 'an') && !(next in UNITS);
}

/** Every number written in words in `text`, with its place. A lone "one" reads as a pronoun, not a figure. */
export function numberWordsIn(text: string): WordNumber[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD))
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const out: WordNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !(isNumberWord(first.word) || isJoiner(first.word, undefined, tokens[i + 1]?.word)))
      continue;
    let j = i;
    const run: Token[] = [];
    // A run continues over whitespace only: "two, three" are two numbers.
    while (j < tokens.length) {
      const t = tokens[j];
      const prev = run[run.length - 1];
      if (!t || (prev && !/^\s+$/.test(text.slice(prev.end, t.start)))) break;
      if (!(isNumberWord(t.word) || isJoiner(t.word, prev?.word, tokens[j + 1]?.word))) break;
      run.push(t);
      j++;
    }
    i = j - 1;
    const meaningful = run.filter((t) => t.word !== 'a' && t.word !== 'an' && t.word !== 'and');
    if (meaningful.length === 0) continue;
    if (meaningful.length === 1 && meaningful[0]?.word === 'one' && run.length === 1) continue;
    if (meaningful.length === 1 && meaningful[0]?.word === 'half') continue;
    const read = readRun(run);
    const start = run[0]?.start ?? 0;
    let end = run[run.length - 1]?.end ?? start;
    if (!read) continue;
    let kind = read.kind;
    const percent = /^\s*(?:percent|per cent)\b/i.exec(text.slice(end));
    if (percent && kind === 'plain') {
      kind = 'percent';
      end += percent[0].length;
    }
    out.push({ kind, value: read.value, scale: read.scale, start, end, raw: text.slice(start, end) });
  }
  return out;
}
