// Units are words from the data file ("views", "watch hours", "minutes of watch time"), written in the plural.

const KEEP = /(?:ss|us|is|series|species|news)$/;

/** "views" → "view", "replies" → "reply", "watches" → "watch"; a word that is not a plural stays as it is. */
function singularWord(word: string): string {
  if (!word.endsWith('s') || KEEP.test(word.toLowerCase())) return word;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The unit for exactly one: its head noun made singular. The head is the word before "of" ("minutes of watch
 * time"), else the last word before a code in brackets ("likes (EUR)"), else the last word ("watch hours").
 */
export function singularUnit(unit: string): string {
  const m = /^(.*?)(\S+)((?: of .*)|(?: \(.*\)))?$/.exec(unit);
  if (!m) return unit;
  const [, before = '', head = '', after = ''] = m;
  return `${before}${singularWord(head)}${after}`;
}
