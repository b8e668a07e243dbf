import { countryName, languageName } from '../model/names.ts';
import { normalize } from './normalize.ts';
import { DEMONYMS, GENERIC_WORDS } from './vocabulary.ts';

// Words that name a country, a nationality, a language or a social platform: when the data has no such thing,
// a question that uses one ("brazilian views", "our Turkish content", "views on snapchat") must be refused,
// not answered with the total. Countries and languages come from ICU's names for every two-letter region and
// language code, so only nationalities and platforms are kept by hand.

/** Platforms beyond the data contract's own, as people write them (ambiguous words like "line" left out). */
const OTHER_PLATFORMS =
  `snapchat pinterest twitch reddit telegram whatsapp wechat douyin kuaishou xiaohongshu rednote
  vk vkontakte naver kakao kakaotalk spotify soundcloud vimeo tumblr mastodon bluesky discord substack quora
  dailymotion rutube zhihu toutiao youku iqiyi`.split(/\s+/);

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

export const NAME_WORDS: ReadonlySet<string> = new Set([...icuNames(), ...OTHER_PLATFORMS]);
