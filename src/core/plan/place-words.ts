import { countryName, languageName } from '../model/names.ts';
import { normalize } from './normalize.ts';
import { DEMONYMS, GENERIC_WORDS } from './vocabulary.ts';

// Words that name a country, a nationality or a language: when the data has no such thing, a question that
// uses one ("brazilian views", "our Turkish content") must be refused, not answered with the total. Built from
// ICU's names for every two-letter region and language code, so nothing is kept by hand but nationalities.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function icuNames(): Set<string> {
  const out = new Set<string>(Object.keys(DEMONYMS));
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      for (const name of [countryName(code.toUpperCase()), languageName(code)]) {
        const word = normalize(name);
        // Single words only ("Thailand", "Swahili"): a code without a name comes back as the code itself.
        if (word.length > 2 && !word.includes(' ') && word !== code && !GENERIC_WORDS.has(word))
          out.add(word);
      }
    }
  }
  return out;
}

export const PLACE_WORDS: ReadonlySet<string> = icuNames();
