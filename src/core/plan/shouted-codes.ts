import { countryName } from '../model/names.ts';
import type { Ref } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { PlanContext } from './rule-planner.ts';
import { STOP } from './stop-words.ts';

/**
 * Country codes written in capitals ("the US", "UK views"), as lower-case tokens → region code. Not in a
 * question written all in capitals, and not the little words that are codes too ("IN", "IT", "NO"), but "US":
 * the country is written in capitals, the pronoun is not.
 */
export function shoutedCodes(question: string): Map<string, string> {
  const out = new Map<string, string>();
  const words = question.match(/\p{L}+/gu) ?? [];
  const upper = words.filter((w) => w.length > 1 && w === w.toUpperCase());
  if (upper.length * 2 > words.length) return out;
  for (const w of upper) {
    const lower = w.toLowerCase();
    if (!/^[A-Z]{2}$/.test(w) || (STOP.has(lower) && lower !== 'us')) continue;
    const code = w === 'UK' ? 'GB' : w;
    if (countryName(code) !== code) out.set(lower, code);
  }
  return out;
}

/**
 * Capitals that name something the lower-case word does not: the platform X and market codes written in
 * capitals. Pushed onto `mentions`, and their tokens marked in `taken`, before periods and fuzzy names are read.
 */
export function shoutedMentions(
  question: string,
  tokens: readonly string[],
  taken: boolean[],
  shouted: ReadonlyMap<string, string>,
  ctx: PlanContext,
  mentions: Mention[],
): void {
  const markets = ctx.lexicon.markets;
  // "Did X gain followers?": a capital X is the platform when the data has an X account, wherever it stands.
  const capitalX =
    /(^|[^\p{L}])X([^\p{L}]|$)/u.test(question) &&
    ctx.dataset.catalog.channels.some((c) => c.platform === 'x');
  tokens.forEach((t, i) => {
    if (t === 'x' && capitalX && !taken[i]) {
      taken[i] = true;
      const ref: Ref = { kind: 'platform', id: 'x' };
      mentions.push({ start: i, end: i + 1, refs: [ref], strength: 3, text: t, matched: 'X', fuzzy: false });
    }
    const code = shouted.get(t);
    if (taken[i] || code === undefined || !markets.has(code)) return;
    taken[i] = true;
    const ref: Ref = { kind: 'market', id: code };
    mentions.push({ start: i, end: i + 1, refs: [ref], strength: 2, text: t, matched: t, fuzzy: false });
  });
}
