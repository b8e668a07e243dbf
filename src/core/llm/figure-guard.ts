import { dateMentionsIn } from './date-mentions.ts';
import { type Found, findWords, type GuardWords, MASK, metricAfter } from './guard-words.ts';
import { numberWordsIn } from './number-words.ts';

// A model may phrase the facts but never add to them. Every figure in its narrative — in digits, in words
// ("two million"), as an ordinal ("27th") or a date — must be one the deterministic facts state: exactly (with or
// without thousands separators), as the short form of a stated figure (12.3M for 12,345,678), as a stated
// percentage, or as a stated date. A day or a year of a date grounds only a date: "won 18 awards" is not
// grounded by "June 18".
//
// With the catalog's words (`GuardWords`) a figure must also be tied to what the facts tie it to:
// - the fact line that states it uses the same metric word, when the narrative names one right after the figure
//   ("1,864,671 views" is not grounded by "1,864,671 likes");
// - every catalog name in the narrative's clause is named on that fact line or on its heading (the answer's first
//   line, or the nearest line above ending in ":"), and the fact line's own names (when it has some) include one of
//   them: the YouTube-only line "YouTube — 2,424 views" does not ground "the campaign drew 2,424 views";
// - a clause that names nothing ("…, and its top video drew 1,957,734") speaks of what its sentence named before:
//   one of those names must be on the fact line or its heading (a looser test: appositions name things in passing).
// Anything else rejects the whole narrative.

const FIGURE =
  /(?<![\p{L}\p{N}_.,])(#?)([+\-−–]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(\s?%|\s?(?:percent|per cent)(?!\p{L}))|((?:st|nd|rd|th)(?![\p{L}\p{N}]))|([kmb](?![\p{L}\p{N}])|\s?(?:thousand|million|billion|bn)(?!\p{L})))?/giu;

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

type Sign = '+' | '-' | '';

export interface DateValue {
  y?: number;
  m: number;
  d?: number;
}

interface Place {
  raw: string;
  start: number;
  end: number;
}

export type Figure = Place &
  (
    | { kind: 'plain'; value: number }
    | { kind: 'ordinal'; value: number }
    | { kind: 'short'; value: number; decimals: number; scale: number }
    | { kind: 'percent'; value: number; sign: Sign }
    | { kind: 'date'; value: DateValue }
  );

const signOf = (s: string): Sign => (s === '+' ? '+' : s === '' ? '' : '-');
const decimalsOf = (v: number): number => (Number.isInteger(v) ? 0 : (String(v).split('.')[1]?.length ?? 0));

/** Every figure a text states, left to right. Exported for tests and for logging what failed. */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  let rest = text;
  const blank = (p: Place) => {
    rest = `${rest.slice(0, p.start)}${' '.repeat(p.end - p.start)}${rest.slice(p.end)}`;
  };
  for (const d of dateMentionsIn(text)) {
    out.push({ kind: 'date', value: { y: d.y, m: d.m, d: d.d }, raw: d.raw, start: d.start, end: d.end });
    blank(d);
  }
  // Matched on the text with its dates blanked out (same length, so places agree).
  for (const m of rest.matchAll(FIGURE)) {
    const [matched, hash = '', sign = '', whole = '', fraction = '', percent, ordinal, scaleWord] = m;
    const value = Number(`${whole.replaceAll(',', '')}${fraction}`);
    const place = {
      raw: text.slice(m.index, m.index + matched.trimEnd().length),
      start: m.index,
      end: m.index + matched.trimEnd().length,
    };
    if (percent) out.push({ kind: 'percent', value, sign: signOf(sign), ...place });
    else if (ordinal || hash) out.push({ kind: 'ordinal', value, ...place });
    else if (scaleWord) {
      const scale = SCALES[scaleWord.trim().toLowerCase()] ?? 1;
      out.push({ kind: 'short', value, decimals: Math.max(0, fraction.length - 1), scale, ...place });
    } else out.push({ kind: 'plain', value, ...place });
    blank(place);
  }
  for (const w of numberWordsIn(rest)) {
    const place = { raw: w.raw, start: w.start, end: w.end };
    if (w.kind === 'short') {
      const value = w.value / w.scale;
      out.push({ kind: 'short', value, decimals: decimalsOf(value), scale: w.scale, ...place });
    } else if (w.kind === 'percent') out.push({ kind: 'percent', value: w.value, sign: '', ...place });
    else out.push({ kind: w.kind, value: w.value, ...place });
  }
  return out.sort((a, b) => a.start - b.start);
}

const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

/** A four-digit whole number that reads as a year ("in 2023"): grounded by any date or figure of that year. */
const isYear = (f: Figure): boolean =>
  f.kind === 'plain' && /^\d{4}$/.test(f.raw) && f.value >= 1900 && f.value <= 2100;

interface FactLine {
  own: Set<string>;
  heading: Set<string>;
  metrics: Set<string>;
}

interface Occurrence {
  figure: Figure;
  line: number;
  metric?: string;
}

interface FactIndex {
  occurrences: Occurrence[];
  lines: FactLine[];
  dates: DateValue[];
  years: Set<number>;
}

const keys = (found: Found[]): Set<string> => new Set(found.map((f) => f.key));

function indexFacts(facts: string, words: GuardWords | undefined): FactIndex {
  const index: FactIndex = { occurrences: [], lines: [], dates: [], years: new Set() };
  const texts = facts.split('\n');
  const own = texts.map((t) => (words ? keys(findWords(t, words.names)) : new Set<string>()));
  let header = new Set<string>();
  texts.forEach((text, line) => {
    const lineOwn = own[line] ?? new Set<string>();
    index.lines.push({
      own: lineOwn,
      heading: new Set([...(own[0] ?? []), ...header]),
      metrics: words ? keys(findWords(text, words.metrics)) : new Set(),
    });
    if (text.trimEnd().endsWith(':')) header = lineOwn;
    for (const figure of figuresOf(text)) {
      if (figure.kind === 'date') {
        index.dates.push(figure.value);
        if (figure.value.y !== undefined) index.years.add(figure.value.y);
        continue;
      }
      if (isYear(figure)) index.years.add(figure.value);
      const metric = words ? metricAfter(text, figure.end, words.metrics) : undefined;
      index.occurrences.push({ figure, line, metric });
    }
  });
  return index;
}

function sameValue(f: Figure, o: Figure): boolean {
  switch (f.kind) {
    case 'plain':
    case 'ordinal':
      // A rank may be written "#41", "41st" or "41"; a count is never a date's day.
      return (o.kind === 'plain' || o.kind === 'ordinal') && o.value === f.value;
    case 'short': {
      const stated = f.value * f.scale;
      if (o.kind === 'short') return Math.abs(o.value * o.scale - stated) < 1e-6;
      if (o.kind !== 'plain') return false;
      // "12M" for 12,345,678 hides too much: a whole short form must be the exact value.
      return f.decimals === 0 ? o.value === stated : round(o.value / f.scale, f.decimals) === f.value;
    }
    case 'percent':
      return (
        o.kind === 'percent' && o.value === f.value && (f.sign === '' || o.sign === '' || o.sign === f.sign)
      );
    case 'date':
      return false;
  }
}

function dateGrounded(d: DateValue, index: FactIndex): boolean {
  if (d.d === undefined) return d.y !== undefined && index.years.has(d.y);
  return index.dates.some(
    (f) =>
      f.m === d.m &&
      f.d === d.d &&
      (d.y === undefined || f.y === d.y || (f.y === undefined && index.years.has(d.y))),
  );
}

/** What a narrative figure is tied to: the catalog names around it and the metric word after it. */
interface Ties {
  names: Set<string>;
  /** True when the figure's own clause names them (not inherited from the clause before). */
  explicit: boolean;
  metric?: string;
}

function tiedTo(o: Occurrence, ties: Ties, index: FactIndex): boolean {
  const line = index.lines[o.line];
  if (!line) return false;
  if (ties.metric && o.metric !== ties.metric && (o.metric !== undefined || !line.metrics.has(ties.metric)))
    return false;
  const named = [...ties.names];
  const onLine = (n: string): boolean => line.own.has(n) || line.heading.has(n);
  if (!ties.explicit) return named.length === 0 || named.some(onLine);
  if (!named.every(onLine)) return false;
  return line.own.size === 0 || named.some((n) => line.own.has(n));
}

function grounded(f: Figure, ties: Ties, index: FactIndex): boolean {
  if (f.kind === 'date') return dateGrounded(f.value, index);
  if (isYear(f) && index.years.has(f.value)) return true;
  // Percentages are shares and changes of the figure beside them: the value and its line's names are checked.
  const t = f.kind === 'percent' ? { ...ties, metric: undefined } : ties;
  return index.occurrences.some((o) => sameValue(f, o.figure) && tiedTo(o, t, index));
}

const SENTENCE = /(?<=[.!?])\s+|\n+/;
const CLAUSE = /(?<=[,;:])\s+|\s+[—–-]\s+|\s+(?=(?:and|but|while|whereas|with|plus|versus|vs\.?|against)\s)/i;

interface Clause {
  text: string;
  offset: number;
}

function split(text: string, re: RegExp, offset: number): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  for (const m of text.matchAll(global)) {
    out.push({ text: text.slice(at, m.index), offset: offset + at });
    at = m.index + m[0].length;
  }
  out.push({ text: text.slice(at), offset: offset + at });
  return out;
}

/** Each narrative figure with what the narrative ties it to. Names are masked first: their digits are no figures. */
function narrativeFigures(text: string, words: GuardWords | undefined): { figure: Figure; ties: Ties }[] {
  const names = words ? findWords(text, words.names) : [];
  let masked = text;
  for (const n of names)
    masked = `${masked.slice(0, n.start)}${MASK.repeat(n.end - n.start)}${masked.slice(n.end)}`;
  const out: { figure: Figure; ties: Ties }[] = [];
  for (const sentence of split(masked, SENTENCE, 0)) {
    let inherited = new Set<string>();
    for (const clause of split(sentence.text, CLAUSE, sentence.offset)) {
      const end = clause.offset + clause.text.length;
      const own = new Set(names.filter((n) => n.start >= clause.offset && n.end <= end).map((n) => n.key));
      const ties = own.size > 0 ? { names: own, explicit: true } : { names: inherited, explicit: false };
      inherited = new Set([...inherited, ...own]);
      for (const figure of figuresOf(clause.text)) {
        const shifted = { ...figure, start: figure.start + clause.offset, end: figure.end + clause.offset };
        const metric = words ? metricAfter(masked, shifted.end, words.metrics) : undefined;
        out.push({ figure: shifted, ties: { ...ties, metric } });
      }
    }
  }
  return out;
}

/** The narrative's figures that the facts do not state, or state about something else (empty when grounded). */
export function ungroundedFigures(text: string, facts: string, words?: GuardWords): string[] {
  const index = indexFacts(facts, words);
  return narrativeFigures(text, words)
    .filter(({ figure, ties }) => !grounded(figure, ties, index))
    .map(({ figure }) => text.slice(figure.start, figure.end));
}

/** True when every figure in the model's text is one the deterministic facts state, tied to the same things. */
export function guardNarrative(text: string, facts: string, words?: GuardWords): boolean {
  if (text.trim() === '') return false;
  return ungroundedFigures(text, facts, words).length === 0;
}
