import { conceptTokens } from './concepts.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { NAME_WORDS } from './name-words.ts';
import { normalize } from './normalize.ts';
import { isStopPhrase } from './stop-words.ts';
import { GENERIC_WORDS, NUMBER_WORDS, TYPE_NOUNS } from './vocabulary.ts';

export interface Leftovers {
  /** Runs of words nothing explains: all of them lower confidence. */
  unknown: string[];
  /** Those runs that look like a name: they stop any figure. */
  names: string[];
}

const FILTER_WORDS = new Set(['in', 'on', 'from', 'via', 'through', 'among', 'across', 'within', 'for']);

const QUALIFIERS = new Set([
  'most',
  'least',
  'more',
  'less',
  'best',
  'worst',
  'top',
  'very',
  'our',
  'my',
  'all',
  'new',
  'latest',
]);

/**
 * Leftover words, in runs of consecutive ones: not taken by a name or period, not explained by a concept, and
 * not a little, generic, level, type, number or numeric word — unless written as a country code in capitals.
 * `unknownHandles` come first in both lists: a handle no channel has is a name Pulse cannot find.
 */
export function readLeftovers(
  question: string,
  tokens: string[],
  taken: readonly boolean[],
  mentions: readonly Mention[],
  shouted: ReadonlyMap<string, string>,
  unknownHandles: readonly string[],
  lexicon: Lexicon,
): Leftovers {
  const questionNames = capitalizedWords(question);
  const nameStarts = new Set(mentions.map((m) => m.start));
  const unknown: string[] = [...unknownHandles];
  const names: string[] = [...unknownHandles];
  let run: number[] = [];
  const flush = () => {
    if (run.length) {
      const text = run.map((i) => tokens[i]).join(' ');
      if (!isStopPhrase(text, shouted)) {
        unknown.push(text);
        if (looksLikeName(run, tokens, questionNames, nameStarts)) names.push(text);
      }
    }
    run = [];
  };
  const explained = conceptTokens(tokens);
  tokens.forEach((t, i) => {
    const leftover =
      !taken[i] &&
      ((!GENERIC_WORDS.has(t) && !FUNCTION_WORDS.has(t) && !explained[i] && !lexicon.levelWords.has(t)) ||
        shouted.has(t)) &&
      !(t in TYPE_NOUNS) &&
      !(t in NUMBER_WORDS) &&
      !/^\d/.test(t) &&
      t.length > 1;
    if (leftover) run.push(i);
    else flush();
  });
  flush();
  return { unknown, names };
}

/** A run of unknown words is a name when capitalised, or when it stands where a name does: "the X video". */
function looksLikeName(
  run: number[],
  tokens: readonly string[],
  capitalized: Set<string>,
  nameStarts: ReadonlySet<number>,
): boolean {
  // A country, nationality, language or platform the data does not have is a name Pulse cannot find.
  if (run.some((i) => capitalized.has(tokens[i] ?? '') || NAME_WORDS.has(tokens[i] ?? ''))) return true;
  const first = run[0] ?? 0;
  const last = run[run.length - 1] ?? 0;
  const before = tokens[first - 1] ?? '';
  const after = tokens[last + 1] ?? '';
  if (QUALIFIERS.has(before)) return false;
  if (run.length >= 2 && ['the', 'for', 'about', 'of', 'did', 'does'].includes(before)) return true;
  // "views on mobile", "from paid ads": a filter Pulse cannot apply is not left out. Words just before a
  // name qualify it instead ("in te reo Māori").
  if (FILTER_WORDS.has(before) && !nameStarts.has(last + 1)) return true;
  return TYPE_NOUNS[after] !== undefined;
}

/** Words a person capitalised (not the first of a sentence): likely names. */
function capitalizedWords(question: string): Set<string> {
  const out = new Set<string>();
  // "Turkish-language content": each part of a hyphenated word is a word.
  const words = question.split(/[\s\-\u2010-\u2014/]+/);
  words.forEach((w, i) => {
    const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // An all-capitals short word ("UK", "TV") is a name wherever it stands, the first word included.
    if (
      (i > 0 && /^\p{Lu}/u.test(clean) && !/[.!?]$/.test(words[i - 1] ?? '')) ||
      /^\p{Lu}{2,3}$/u.test(clean)
    )
      out.add(normalize(clean));
  });
  return out;
}
