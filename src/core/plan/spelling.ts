import { distance } from 'fastest-levenshtein';
import type { Lexicon } from './lexicon.ts';
import { GENERIC_WORDS, TYPE_NOUNS } from './vocabulary.ts';

/** One letter off, or two neighbours swapped ("vidoe", "veiws"). */
export function typoOf(word: string, target: string): boolean {
  if (Math.abs(word.length - target.length) > 1) return false;
  if (word.length === target.length) {
    // Letter by letter without building arrays: this runs for every word against every noun and measure.
    let a = -1;
    let b = -1;
    let count = 0;
    for (let i = 0; i < word.length && count < 3; i++) {
      const c = word.charCodeAt(i);
      // Letters outside the BMP count as one letter below: the rule as first written.
      if (c >= 0xd800 && c <= 0xdfff) return typoOfLetters(word, target);
      if (c === target.charCodeAt(i)) continue;
      count++;
      if (count === 1) a = i;
      else if (count === 2) b = i;
    }
    if (count === 1) return true;
    return count === 2 && b === a + 1 && word[a] === target[b] && word[b] === target[a];
  }
  return distance(word, target) === 1;
}

/** typoOf letter by letter (code points), for words with letters outside the BMP. */
function typoOfLetters(word: string, target: string): boolean {
  if (word.length === target.length) {
    const diff = [...word].flatMap((c, i) => (c === target[i] ? [] : [i]));
    if (diff.length === 1) return true;
    const [a, b] = diff;
    return (
      diff.length === 2 && a !== undefined && b === a + 1 && word[a] === target[b] && word[b] === target[a]
    );
  }
  return Math.abs(word.length - target.length) === 1 && distance(word, target) === 1;
}

const NOUNS = Object.keys(TYPE_NOUNS).filter((n) => n.length >= 5);
const metricWords = new WeakMap<Lexicon, string[]>();

/** The one-word names of the data's metrics ("views", "likes", "plays"), long enough to correct safely. */
function metricsOf(lexicon: Lexicon): string[] {
  let words = metricWords.get(lexicon);
  if (!words) {
    words = [...lexicon.entries.values()]
      .filter((e) => e.tokens === 1 && e.phrase.length >= 5 && e.refs.some((r) => r.kind === 'metric'))
      .map((e) => e.phrase);
    metricWords.set(lexicon, words);
  }
  return words;
}

/**
 * "campains", "vidoes", "veiws": a misspelt kind of thing or measure, when the word is not a name or an ordinary
 * word. Only one spelling may fit: a word close to two measures stays as typed.
 */
function spelling(t: string, lexicon: Lexicon): string {
  if (t.length < 5 || t in TYPE_NOUNS || GENERIC_WORDS.has(t) || lexicon.entries.has(t)) return t;
  const noun = NOUNS.find((n) => typoOf(t, n));
  if (noun) return noun;
  const metrics = metricsOf(lexicon).filter((m) => typoOf(t, m));
  return metrics.length === 1 ? (metrics[0] ?? t) : t;
}

/**
 * Every token spelt as meant, except a word of a two-word name the question spells out: "linked in" is LinkedIn,
 * not a misspelt "liked".
 */
export function correctSpelling(tokens: readonly string[], lexicon: Lexicon): string[] {
  const inName = (i: number): boolean =>
    (i > 0 && lexicon.entries.has(`${tokens[i - 1]} ${tokens[i]}`)) ||
    (i + 1 < tokens.length && lexicon.entries.has(`${tokens[i]} ${tokens[i + 1]}`));
  return tokens.map((t, i) => (inName(i) ? t : spelling(t, lexicon)));
}
