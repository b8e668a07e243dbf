import { countryName, languageName } from '../model/names.ts';
import { KNOWN_PLATFORMS } from '../model/platforms.ts';
import { normalize } from './normalize.ts';
import { DEMONYMS, GENERIC_WORDS } from './vocabulary.ts';

// Words that name a country, a nationality, a language or a social platform: when the data has no such thing,
// a question that uses one ("brazilian views", "our Turkish content", "views on snapchat") must be refused,
// not answered with the total. Countries and languages come from ICU's names for every two-letter region and
// language code, so only nationalities and platforms are kept by hand.

/** Platforms beyond the data contract's table, as people write them. */
const OTHER_PLATFORMS =
  `snapchat pinterest twitch reddit whatsapp spotify soundcloud vimeo tumblr mastodon bluesky discord substack
  quora dailymotion rutube zhihu toutiao youku iqiyi`.split(/\s+/);

/** The contract's platforms by their one-word names; those that are ordinary words too ("line") left out. */
const KNOWN_PLATFORM_WORDS = Object.values(KNOWN_PLATFORMS).flatMap((p) =>
  p.ordinary ? [] : p.called.filter((w) => !w.includes(' ')),
);

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

export const NAME_WORDS: ReadonlySet<string> = new Set([
  ...icuNames(),
  ...OTHER_PLATFORMS,
  ...KNOWN_PLATFORM_WORDS,
]);
