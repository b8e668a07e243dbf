import { CONCEPTS, conceptRe } from './concepts.ts';
import type { Lexicon } from './lexicon.ts';
import type { Reading } from './reading.ts';
import { DEMONYMS } from './vocabulary.ts';

const AUDIENCE = conceptRe('audience');
const SPEAKING = new Set<string>(CONCEPTS.speaking);

/**
 * "the Italian market", "campaigns targeting Swedish audiences": a nationality word beside an audience word
 * names a country there, not a language. The mention becomes a mention of that market.
 */
export function marketsFromNationalities(r: Reading, lexicon: Lexicon): void {
  if (r.mentions.some((m) => m.refs.some((x) => x.kind === 'market'))) return;
  if (!AUDIENCE.test(r.norm)) return;
  for (const m of r.mentions) {
    const code = DEMONYMS[m.text];
    // "Spanish-speaking audiences" are people of a language, wherever they live.
    if (SPEAKING.has(r.tokens[m.end] ?? '')) continue;
    if (code && lexicon.markets.has(code) && m.refs.some((x) => x.kind === 'language'))
      m.refs = [{ kind: 'market', id: code }];
  }
}
