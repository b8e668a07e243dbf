import { remembered } from '../model/remembered.ts';

/**
 * Lowercase, single-spaced text with punctuation reduced to what names and dates need. Questions and catalog
 * names go through the same function, so they meet in the middle. The last few texts are kept: a question is
 * normalized whole more than once (split into requests, then read).
 */
export const normalize: (text: string) => string = remembered((text: string) => normalizeFresh(text), 16);

function normalizeFresh(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // "Café Olé" and "cafe ole" meet: accents are dropped on both sides (Hangul stays whole).
      .replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''))
      .replace(/&/g, ' and ')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u201c\u201d«»]/g, '"')
      .replace(/'s\b/g, '')
      .replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (n) => n.replace(/,/g, ''))
      .replace(/(\d{4}-\d{2}-\d{2})|[^\p{L}\p{N}\s%-]+|-/gu, (m, date: string | undefined) =>
        date ? m : ' ',
      )
      .replace(/\s+/g, ' ')
      .trim()
      .replace(SHORTHAND, (w) => SHORTHANDS[w] ?? w)
      .replace(
        /\b(\d{1,3}) ?(d|w)\b/g,
        (_m, n: string, unit: string) => `${n} ${unit === 'd' ? 'days' : 'weeks'}`,
      )
  );
}

// Shorthand people type in chat, spelled out so the period rules see one form.
const SHORTHANDS: Record<string, string> = {
  whats: 'what',
  wheres: 'where',
  hows: 'how',
  whos: 'who',
  // Contractions typed without the apostrophe read like those typed with it ("haven't" → "haven t").
  havent: 'haven t',
  hasnt: 'hasn t',
  isnt: 'isn t',
  arent: 'aren t',
  dont: 'don t',
  doesnt: 'doesn t',
  didnt: 'didn t',
  wasnt: 'wasn t',
  werent: 'weren t',
  cant: 'can t',
  // Short forms of measures and chat fillers.
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  hrs: 'hours',
  hr: 'hours',
  mins: 'minutes',
  subs: 'subscribers',
  imps: 'impressions',
  impr: 'impressions',
  impres: 'impressions',
  vids: 'videos',
  wk: 'week',
  wks: 'weeks',
  yr: 'year',
  yrs: 'years',
  qtr: 'quarter',
  fortnight: '2 weeks',
  'w c': 'week of',
  'week commencing': 'week of',
  'week starting': 'week of',
  'week beginning': 'week of',
};
const SHORTHAND = new RegExp(`\\b(${Object.keys(SHORTHANDS).join('|')})\\b`, 'g');

export const tokenize = (normalized: string): string[] => (normalized ? normalized.split(' ') : []);
