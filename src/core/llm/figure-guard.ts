import { parseDay, spellDay } from '../model/dates.ts';

// A model may phrase the facts but never add to them: every figure in its narrative must be one the
// deterministic facts already state — exactly (with or without thousands separators), as the short form of a
// stated figure (12.3M for 12,345,678), or as a stated percentage. Anything else rejects the whole narrative.

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
// Digits glued to a letter (Q3, mp4, H2) are names, not figures; a sign counts only when it opens the token.
const FIGURE =
  /(?<![\p{L}\p{N}_.,])([+\-−–]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(\s?%)|([kmb](?![\p{L}\p{N}])|\s?(?:thousand|million|billion|bn)(?![\p{L}])))?/giu;

type Sign = '+' | '-' | '';

export type Figure =
  | { kind: 'plain'; value: number; raw: string }
  | { kind: 'short'; value: number; decimals: number; scale: number; raw: string }
  | { kind: 'percent'; value: number; sign: Sign; raw: string }
  | { kind: 'date'; value: string; raw: string };

const signOf = (s: string): Sign => (s === '+' ? '+' : s === '' ? '' : '-');

/** Every figure a text states, in order. Exported for tests and for logging what failed. */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  const withoutDates = text.replace(ISO_DATE, (raw) => {
    out.push({ kind: 'date', value: raw, raw });
    return ' ';
  });
  for (const m of withoutDates.matchAll(FIGURE)) {
    const [raw, sign = '', whole = '', fraction = '', percent, scaleWord] = m;
    const value = Number(`${whole.replaceAll(',', '')}${fraction}`);
    if (percent) out.push({ kind: 'percent', value, sign: signOf(sign), raw: raw.trim() });
    else if (scaleWord) {
      const scale = SCALES[scaleWord.trim().toLowerCase()] ?? 1;
      out.push({ kind: 'short', value, decimals: Math.max(0, fraction.length - 1), scale, raw: raw.trim() });
    } else out.push({ kind: 'plain', value, raw: raw.trim() });
  }
  return out;
}

const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

interface FactIndex {
  plain: Set<number>;
  short: Figure[];
  percents: { value: number; sign: Sign }[];
  text: string;
}

function indexFacts(facts: string): FactIndex {
  const index: FactIndex = { plain: new Set(), short: [], percents: [], text: facts };
  for (const f of figuresOf(facts)) {
    if (f.kind === 'plain') index.plain.add(f.value);
    else if (f.kind === 'short') index.short.push(f);
    else if (f.kind === 'percent') index.percents.push({ value: f.value, sign: f.sign });
  }
  return index;
}

function shortMatches(f: Extract<Figure, { kind: 'short' }>, facts: FactIndex): boolean {
  const stated = f.value * f.scale;
  if (facts.short.some((s) => s.kind === 'short' && Math.abs(s.value * s.scale - stated) < 1e-6)) return true;
  for (const v of facts.plain) {
    // "12M" for 12,345,678 hides too much: a whole short form must be the exact value.
    if (f.decimals === 0 ? v === stated : round(v / f.scale, f.decimals) === f.value) return true;
  }
  return false;
}

function dateMatches(iso: string, facts: FactIndex): boolean {
  if (facts.text.includes(iso)) return true;
  const day = parseDay(iso);
  return day !== undefined && facts.text.includes(spellDay(day));
}

function matches(f: Figure, facts: FactIndex): boolean {
  switch (f.kind) {
    case 'date':
      return dateMatches(f.value, facts);
    case 'plain':
      return facts.plain.has(f.value);
    case 'short':
      return shortMatches(f, facts);
    case 'percent':
      return facts.percents.some(
        (p) => p.value === f.value && (f.sign === '' || p.sign === '' || p.sign === f.sign),
      );
  }
}

/** The narrative's figures that the facts do not state (empty when it is grounded). */
export function ungroundedFigures(text: string, facts: string): string[] {
  const index = indexFacts(facts);
  return figuresOf(text)
    .filter((f) => !matches(f, index))
    .map((f) => f.raw);
}

/** True when every figure in the model's text is one the deterministic facts state. */
export function guardNarrative(text: string, facts: string): boolean {
  if (text.trim() === '') return false;
  return ungroundedFigures(text, facts).length === 0;
}
