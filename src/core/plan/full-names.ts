import { distance } from 'fastest-levenshtein';
import type { Mention } from './mentions.ts';
import { normalize, tokenize } from './normalize.ts';

/**
 * "Soup Kitchen Diareis": the first words matched an id or a part of the name, the misspelled rest did not.
 * When the words that follow complete the same thing's full name within a small edit distance, they belong to it.
 */
export function extendToFullNames(mentions: Mention[], tokens: string[], taken: boolean[]): void {
  joinNameParts(mentions, tokens, taken);
  for (const m of mentions) {
    if (m.fuzzy || !m.refs.some((x) => x.kind === 'asset' || x.kind === 'campaign')) continue;
    const full = normalize(m.matched);
    const want = tokenize(full).length - (m.end - m.start);
    if (want <= 0 || want > 3) continue;
    // The missing words may come before the matched part ("wild swiming in tarn hollow") or after it.
    for (let before = 0; before <= want; before++) {
      const start = m.start - before;
      const end = m.end + want - before;
      if (start < 0 || end > tokens.length) continue;
      if ([...taken.slice(start, m.start), ...taken.slice(m.end, end)].some(Boolean)) continue;
      const phrase = tokens.slice(start, end).join(' ');
      if (distance(phrase, full) > Math.max(1, Math.floor(full.length / 8))) continue;
      for (let k = start; k < end; k++) taken[k] = true;
      m.start = start;
      m.end = end;
      m.text = phrase;
      break;
    }
  }
}

/** "wild swiming in tarn hollow": two parts of one name around a misspelt word are that one name. */
function joinNameParts(mentions: Mention[], tokens: string[], taken: boolean[]): void {
  for (let k = mentions.length - 1; k > 0; k--) {
    const a = mentions[k - 1];
    const b = mentions[k];
    const ref = a?.refs[0];
    if (!a || !b || !ref || a.fuzzy || b.fuzzy || b.start - a.end > 2) continue;
    if (!b.refs.some((x) => x.kind === ref.kind && x.id === ref.id)) continue;
    const full = normalize(a.matched);
    const phrase = tokens.slice(a.start, b.end).join(' ');
    if (distance(phrase, full) > Math.max(1, Math.floor(full.length / 8))) continue;
    for (let i = a.end; i < b.start; i++) taken[i] = true;
    a.refs = [ref];
    a.end = b.end;
    a.text = phrase;
    mentions.splice(k, 1);
  }
}
