import { distance } from 'fastest-levenshtein';
import { type LexEntry, type Lexicon, longestByFirstWord, type Ref } from './lexicon.ts';
import { GENERIC_WORDS } from './vocabulary.ts';

export interface Mention {
  start: number;
  /** Exclusive token index. */
  end: number;
  refs: Ref[];
  strength: number;
  /** The question's own words, and the catalog phrase they matched. */
  text: string;
  matched: string;
  fuzzy: boolean;
}

const X_CONTEXT = new Set(['on', 'in', 'via', 'from', 'at', 'vs', 'versus', 'and', 'or', 'to', 'our', 'the']);

/**
 * Finds catalog names in the tokens, longest first; `taken` marks tokens already used. `minStrength` 2 takes
 * whole names, aliases and handles; 1 also takes distinctive parts of names and status words (run last).
 */
export function exactMentions(
  tokens: string[],
  lexicon: Lexicon,
  taken: boolean[],
  minStrength = 1,
): Mention[] {
  const out: Mention[] = [];
  const longestFrom = longestByFirstWord(lexicon);
  let i = 0;
  while (i < tokens.length) {
    let found: Mention | undefined;
    // A phrase of `len` tokens has at least `len` words: no entry starting with this word is longer than that.
    const longest = longestFrom(tokens[i] ?? '');
    for (let len = Math.min(lexicon.maxTokens, tokens.length - i, longest); len >= 1 && !found; len--) {
      if (anyTaken(taken, i, i + len)) continue;
      const phrase = tokens.slice(i, i + len).join(' ');
      const entry = lexicon.entries.get(phrase);
      if (entry && entry.strength >= minStrength) found = mention(i, i + len, entry, phrase, false);
    }
    // "X" is a platform only where a platform can stand: "views on X", "X and TikTok", "X views".
    const metricNext =
      lexicon.entries.get(tokens[i + 1] ?? '')?.refs.some((r) => r.kind === 'metric') ?? false;
    if (
      !found &&
      tokens[i] === 'x' &&
      !taken[i] &&
      (X_CONTEXT.has(tokens[i - 1] ?? '') || X_CONTEXT.has(tokens[i + 1] ?? '') || metricNext)
    ) {
      found = {
        start: i,
        end: i + 1,
        refs: [{ kind: 'platform', id: 'x' }],
        strength: 3,
        text: 'x',
        matched: 'x',
        fuzzy: false,
      };
    }
    if (found) {
      out.push(found);
      for (let k = found.start; k < found.end; k++) taken[k] = true;
      i = found.end;
    } else i++;
  }
  return out;
}

const allowed = (len: number): number => (len <= 4 ? 0 : len <= 7 ? 1 : len <= 12 ? 2 : 3);

/** The names a misspelling may stand for, per lexicon, laid out by phrase length: a window reads only its own. */
interface Candidates {
  entries: LexEntry[];
  tokens: Int32Array;
  words: string[][];
  /** Entry positions sorted by phrase length; those of length n start at `start[n]` (n ≤ the longest + 1). */
  byLength: Int32Array;
  start: Int32Array;
}

const candidatesByLexicon = new WeakMap<Lexicon, Candidates>();

function candidatesOf(lexicon: Lexicon): Candidates {
  const known = candidatesByLexicon.get(lexicon);
  if (known) return known;
  const entries = [...lexicon.entries.values()].filter((e) => e.strength >= 2 && e.phrase.length >= 4);
  const longest = entries.reduce((m, e) => Math.max(m, e.phrase.length), 0);
  const start = new Int32Array(longest + 2);
  for (const e of entries) start[e.phrase.length + 1] = (start[e.phrase.length + 1] ?? 0) + 1;
  for (let n = 1; n < start.length; n++) start[n] = (start[n] ?? 0) + (start[n - 1] ?? 0);
  const next = start.slice();
  const byLength = new Int32Array(entries.length);
  entries.forEach((e, k) => {
    const at = next[e.phrase.length] ?? 0;
    byLength[at] = k;
    next[e.phrase.length] = at + 1;
  });
  const built: Candidates = {
    entries,
    tokens: Int32Array.from(entries, (e) => e.tokens),
    words: entries.map((e) => e.phrase.split(' ')),
    byLength,
    start,
  };
  candidatesByLexicon.set(lexicon, built);
  return built;
}

/** Misspelled names: windows of unused, non-generic tokens close to a catalog name by edit distance. */
export function fuzzyMentions(tokens: string[], lexicon: Lexicon, taken: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { entries, tokens: counts, words, byLength, start } = candidatesOf(lexicon);
  const longest = start.length - 2;
  for (let len = Math.min(lexicon.maxTokens, tokens.length); len >= 1; len--) {
    for (let i = 0; i + len <= tokens.length; i++) {
      if (anyTaken(taken, i, i + len)) continue;
      const window = tokens.slice(i, i + len);
      if (window.every((t) => GENERIC_WORDS.has(t) || /^\d+$/.test(t))) continue;
      if (GENERIC_WORDS.has(window[0] ?? '') || GENERIC_WORDS.has(window[len - 1] ?? '')) continue;
      const phrase = window.join(' ');
      // Names within 3 characters of the window's length. The closest wins, then the strongest, then the one
      // the lexicon lists first: the order a scan of every name in lexicon order would pick.
      let best: { entry: LexEntry; d: number; k: number } | undefined;
      const lo = start[Math.min(longest + 1, Math.max(0, phrase.length - 3))] ?? 0;
      const hi = start[Math.min(longest + 1, Math.max(0, phrase.length + 4))] ?? 0;
      for (let at = lo; at < hi; at++) {
        const k = byLength[at] as number;
        if (Math.abs((counts[k] as number) - len) > 1) continue;
        if (!shortWordsAgree(window, words[k] as string[])) continue;
        const e = entries[k] as LexEntry;
        const d = distance(phrase, e.phrase);
        const limit = allowed(Math.min(phrase.length, e.phrase.length));
        if (
          d <= limit &&
          d > 0 &&
          (!best ||
            d < best.d ||
            (d === best.d &&
              (e.strength > best.entry.strength || (e.strength === best.entry.strength && k < best.k))))
        )
          best = { entry: e, d, k };
      }
      if (best) {
        out.push(mention(i, i + len, best.entry, phrase, true));
        for (let k = i; k < i + len; k++) taken[k] = true;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const anyTaken = (taken: readonly boolean[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (taken[k]) return true;
  return false;
};

/**
 * A word of one or two letters is never a misspelling: "watch in te" (in "watch in te reo") is not "watch
 * time", though only two letters apart.
 */
function shortWordsAgree(words: string[], entryWords: string[]): boolean {
  return words.every((w) => w.length > 2 || entryWords.includes(w));
}

function mention(start: number, end: number, entry: LexEntry, text: string, fuzzy: boolean): Mention {
  return { start, end, refs: entry.refs, strength: entry.strength, text, matched: entry.display, fuzzy };
}

/** Close catalog names for a phrase that resolved to nothing, best first. */
export function suggest(phrase: string, lexicon: Lexicon, limit = 3): string[] {
  const scored = lexicon.names
    .map((e) => {
      const words = phrase.split(' ');
      const shared = words.filter(
        (w) => w.length > 2 && !GENERIC_WORDS.has(w) && e.phrase.split(' ').includes(w),
      ).length;
      return {
        name: e.display,
        score: distance(phrase, e.phrase) / Math.max(phrase.length, e.phrase.length) - shared * 0.3,
      };
    })
    .sort((a, b) => a.score - b.score);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (s.score > 0.6 || seen.has(s.name)) continue;
    seen.add(s.name);
    out.push(s.name);
    if (out.length >= limit) break;
  }
  return out;
}
