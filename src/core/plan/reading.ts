import { extendToFullNames } from './full-names.ts';
import { handleMentions } from './handle-mentions.ts';
import { type MarkedHandles, markHandles } from './handles.ts';
import { readLeftovers } from './leftovers.ts';
import type { Lexicon, Ref } from './lexicon.ts';
import { exactMentions, fuzzyMentions, type Mention } from './mentions.ts';
import { normalize, tokenize } from './normalize.ts';
import { type Noun, readNouns, type TimeWords, timeWords } from './nouns.ts';
import { readPeriods } from './period-reading.ts';
import type { Dimension, Period } from './plan-schema.ts';
import type { PlanContext } from './rule-planner.ts';
import { shoutedCodes, shoutedMentions } from './shouted-codes.ts';
import { correctSpelling } from './spelling.ts';
import { STOP } from './stop-words.ts';
import { METRIC_PHRASES, METRIC_WORDS, SMALL_TALK, TYPE_NOUNS } from './vocabulary.ts';

export interface Reading {
  tokens: string[];
  norm: string;
  words: Set<string>;
  mentions: Mention[];
  periods: Period[];
  unknown: string[];
  /** Leftover words that look like a name (capitalised, or right before "video", "campaign" …). */
  names: string[];
  /** Measure words ("downloads") that are not metrics of this data. */
  unknownMetrics: string[];
  /** The content noun as written ("posts"), for format filters. */
  nounWord?: string;
  /** The kind of thing asked about ("which video…") and the dimension after "by/per". */
  noun?: Noun;
  nounPlural: boolean;
  byDimension?: Dimension;
  /** Days, weeks or months of the period as things to rank or list: "busiest day", "views by month". */
  time?: TimeWords;
}

// The question is read in steps, each claiming its words in `taken` so later steps read around them: handles
// and capitals first (sure names), then periods, fuzzy names and parts of names, then nouns and leftovers.
export function read(question: string, ctx: PlanContext): Reading {
  const handles = markHandles(question, ctx.dataset.catalog.channels, (text) =>
    ctx.lexicon.entries.has(normalize(text)),
  );
  const tokens = correctSpelling(tokenize(normalize(handles.text)), ctx.lexicon);
  const taken = tokens.map(() => false);
  const { mentions, unknownHandles, shouted, periods } = readNames(question, handles, tokens, taken, ctx);
  const nouns = readNouns(tokens, taken, mentions);
  const time = timeWords(tokens, taken);
  // Leftover words: all of them lower confidence; those that look like a name stop any figure.
  const { unknown, names } = readLeftovers(
    question,
    tokens,
    taken,
    mentions,
    shouted,
    unknownHandles,
    ctx.lexicon,
  );
  return {
    tokens,
    norm: intentText(tokens, mentions),
    words: new Set(tokens),
    mentions,
    periods,
    unknown,
    names,
    // "trying to reach", "to share": a verb after "to", not a measure.
    unknownMetrics: [
      ...measurePhrases(tokens, taken),
      ...tokens.filter((t, i) => !taken[i] && METRIC_WORDS.has(t) && tokens[i - 1] !== 'to'),
    ],
    nounWord: nouns.nounWord,
    noun: nouns.noun,
    nounPlural: nouns.nounPlural,
    byDimension: nouns.byDimension,
    time,
  };
}

/**
 * Names and periods, in the order that lets the surer reading win: handles and whole names, capitals, then
 * periods (read around the names), then misspelled names, then parts of names. Marks their words in `taken`.
 */
function readNames(
  question: string,
  handles: MarkedHandles,
  tokens: string[],
  taken: boolean[],
  ctx: PlanContext,
): { mentions: Mention[]; unknownHandles: string[]; shouted: Map<string, string>; periods: Period[] } {
  const literal = handleMentions(tokens, taken, handles.markers);
  const mentions = [...literal.mentions, ...exactMentions(tokens, ctx.lexicon, taken, 2)];
  const shouted = shoutedCodes(question);
  shoutedMentions(question, tokens, taken, shouted, ctx, mentions);
  const periods = readPeriods(tokens, taken, ctx.now);
  mentions.push(...fuzzyMentions(tokens, ctx.lexicon, taken));
  // Parts of names and status words last: a misspelled full name beats the part of it spelled right.
  mentions.push(...exactMentions(tokens, ctx.lexicon, taken, 1));
  mentions.sort((a, b) => a.start - b.start);
  extendToFullNames(mentions, tokens, taken);
  nounSaysWhich(mentions, tokens, ctx.lexicon);
  dropVerbLike(mentions, tokens);
  return { mentions, unknownHandles: literal.unknown, shouted, periods };
}

/** "I'd like to see…", "would like the figures": the verb, not the metric; "what share of views": a ratio. */
function dropVerbLike(mentions: Mention[], tokens: readonly string[]): void {
  const verbLike = (m: Mention) =>
    (m.text === 'share' && tokens[m.end] === 'of') ||
    (m.text === 'like' &&
      (['to', 'the', 'a', 'an', 'it', 'this', 'some', 'more'].includes(tokens[m.end] ?? '') ||
        ['would', 'd', 'i', 'we', 'you', 'should'].includes(tokens[m.start - 1] ?? '')));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m && verbLike(m)) mentions.splice(k, 1);
  }
}

const NAME_KINDS = new Set<Ref['kind']>(['campaign', 'asset', 'channel', 'ranking', 'organization', 'owner']);

/** Intent words are read with the names blanked out: "Top 10 Noodles" or "Award Night" are names, not requests. */
function intentText(tokens: readonly string[], mentions: readonly Mention[]): string {
  const named = tokens.map(() => false);
  for (const m of mentions) {
    if (m.refs.some((x) => NAME_KINDS.has(x.kind))) for (let k = m.start; k < m.end; k++) named[k] = true;
  }
  return tokens.map((t, i) => (named[i] ? '§' : t)).join(' ');
}

/**
 * "The Tiles of Marrowgate campaign" when a film is called "The Tiles of Marrowgate" and the campaign "Tiles of
 * Marrowgate": the noun after a name says which kind of thing it is, so the name is read as that kind when
 * the data has one by those words (the leading "the" aside).
 */
function nounSaysWhich(mentions: Mention[], tokens: string[], lexicon: Lexicon): void {
  for (const m of mentions) {
    const kind = TYPE_NOUNS[tokens[m.end] ?? ''];
    if ((kind !== 'campaign' && kind !== 'asset') || m.refs.some((x) => x.kind === kind)) continue;
    const words = tokens.slice(m.start, m.end);
    const shorter = words[0] === 'the' ? words.slice(1).join(' ') : undefined;
    const ref = shorter ? lexicon.entries.get(shorter)?.refs.find((x) => x.kind === kind) : undefined;
    if (ref) {
      m.refs = [ref];
      m.start += 1;
    }
  }
}

/** "hi", "thanks, that's great", "hello pulse!": small talk and little words only, nothing to look up. */
export function isSmallTalk(r: Reading): boolean {
  if (r.mentions.length || r.periods.length || r.unknown.length) return false;
  const rest = r.tokens.filter((t) => SMALL_TALK.has(t) || !(STOP.has(t) || t === 'pulse' || t === 'bot'));
  return rest.some((t) => SMALL_TALK.has(t)) && rest.every((t) => SMALL_TALK.has(t));
}

/** The phrase's words at token `i`, none taken (a loop, not a closure per position: it runs for every word). */
function freeAt(
  phrase: readonly string[],
  tokens: readonly string[],
  taken: readonly boolean[],
  i: number,
): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k] || taken[i + k]) return false;
  return true;
}

/** Measures of several ordinary words ("watch time") that no name or metric of the data took. */
function measurePhrases(tokens: readonly string[], taken: readonly boolean[]): string[] {
  const out: string[] = [];
  for (const phrase of METRIC_PHRASES)
    for (let i = 0; i + phrase.length <= tokens.length; i++)
      if (freeAt(phrase, tokens, taken, i)) out.push(phrase.join(' '));
  // "average view duration" holds "view duration": the longer names the measure.
  return out.filter((p) => !out.some((q) => q !== p && q.includes(p)));
}
