import { conceptAlt } from './concepts.ts';
import type { Reading } from './reading.ts';
import { NUMBER_WORDS, TYPE_NOUNS } from './vocabulary.ts';

const COUNT = `(\\d{1,2}|${conceptAlt('countWord')})`;
// Kinds of things and calendar units: "which 2 days", "our four busiest days".
const PLURALS = [...Object.keys(TYPE_NOUNS), 'days', 'weeks', 'months', 'dates']
  .filter((n) => n.endsWith('s'))
  .join('|');
const PATTERNS = [
  // "top 5", "first 3"
  new RegExp(`\\b${conceptAlt('descending', 'ascending', 'countLead')}\\s+${COUNT}\\b`),
  // "5 most viewed"
  new RegExp(`\\b${COUNT}\\s+${conceptAlt('descending', 'ascending')}\\b`),
  // "the 3 busiest days", "which 2 videos"
  new RegExp(`\\b${conceptAlt('countDeterminer')}\\s+${COUNT}\\s+(?:[a-z]+\\s+)?(?:${PLURALS})\\b`),
];

/** How many things a ranking asks for ("top 5", "our four busiest days"), between 1 and 50. */
export function topCount(r: Reading): number | undefined {
  let m: RegExpExecArray | null = null;
  for (const re of PATTERNS) {
    m = re.exec(r.norm);
    if (m) break;
  }
  if (!m?.[1]) return undefined;
  const n = NUMBER_WORDS[m[1]] ?? Number(m[1]);
  return Math.min(Math.max(n, 1), 50);
}
