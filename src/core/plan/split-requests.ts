import { type Lexicon, longestByFirstWord } from './lexicon.ts';
import { normalize, tokenize } from './normalize.ts';

/** Things asked for by one word that another can be joined to: "status and views", "views and likes". */
const REQUEST_WORDS = new Set([
  'status',
  'overview',
  'summary',
  'owner',
  'goal',
  'goals',
  'progress',
  'awards',
]);
const JOINERS = new Set(['and', '&', 'plus', 'also']);

/** The request at token `i`: a measure named by the data (one or more words) or a request word; its length. */
function requestAt(tokens: string[], i: number, lexicon: Lexicon): { n: number; metric: boolean } {
  const longest = longestByFirstWord(lexicon)(tokens[i] ?? '');
  for (let n = Math.min(3, tokens.length - i, longest); n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).join(' ');
    if (lexicon.entries.get(phrase)?.refs.some((r) => r.kind === 'metric')) return { n, metric: true };
  }
  return { n: REQUEST_WORDS.has(tokens[i] ?? '') ? 1 : 0, metric: false };
}

/**
 * "status and views so far for X", "views, likes and shares for Y in May": several requests that share the
 * rest of the question become one question each, answered together. Anything else is one question.
 */
export function splitRequests(question: string, lexicon: Lexicon): string[] {
  const tokens = tokenize(normalize(question));
  for (let i = 0; i < tokens.length; i++) {
    const spans: [number, number][] = [];
    let at = i;
    let joined = false;
    for (;;) {
      const here = requestAt(tokens, at, lexicon);
      if (!here.n) break;
      spans.push([at, at + here.n]);
      at += here.n;
      if (JOINERS.has(tokens[at] ?? '')) {
        joined = true;
        at += 1;
        continue;
      }
      // "views, likes and shares": a list of measures, its commas gone with the punctuation.
      const next = requestAt(tokens, at, lexicon);
      if (!(here.metric && next.metric)) break;
    }
    const last = spans[spans.length - 1];
    if (spans.length < 2 || !joined || !last) continue;
    const before = tokens.slice(0, i);
    const after = tokens.slice(last[1]);
    return spans.slice(0, 4).map(([s, e]) => [...before, ...tokens.slice(s, e), ...after].join(' '));
  }
  return [question];
}
