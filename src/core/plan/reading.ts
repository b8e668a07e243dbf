import { distance } from 'fastest-levenshtein';
import { countryName } from '../model/names.ts';
import { averageUnit } from './average-phrases.ts';
import { conceptTokens } from './concepts.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { markHandles } from './handles.ts';
import type { Lexicon, Ref } from './lexicon.ts';
import { exactMentions, fuzzyMentions, type Mention } from './mentions.ts';
import { NAME_WORDS } from './name-words.ts';
import { normalize, tokenize } from './normalize.ts';
import { findPeriods } from './period-phrases.ts';
import type { Dimension, Period, TimeDimension } from './plan-schema.ts';
import type { PlanContext } from './rule-planner.ts';
import { spelling } from './spelling.ts';
import { GENERIC_WORDS, METRIC_WORDS, NUMBER_WORDS, SMALL_TALK, TYPE_NOUNS } from './vocabulary.ts';

type Noun = (typeof TYPE_NOUNS)[string];

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
  time?: { unit: TimeDimension; by: boolean; plural: boolean };
}

export function read(question: string, ctx: PlanContext): Reading {
  const handles = markHandles(question, ctx.dataset.catalog.channels, (text) =>
    ctx.lexicon.entries.has(normalize(text)),
  );
  const norm = normalize(handles.text);
  const tokens = tokenize(norm).map((t) => spelling(t, ctx.lexicon));
  const taken = tokens.map(() => false);
  // Handles written literally: their channel, or a name Pulse cannot find.
  const handleMentions: Mention[] = [];
  const unknownHandles: string[] = [];
  tokens.forEach((t, i) => {
    const marked = handles.markers.get(t);
    if (!marked) return;
    taken[i] = true;
    tokens[i] = marked.written.toLowerCase();
    if (marked.channel === undefined) unknownHandles.push(marked.written);
    else
      handleMentions.push({
        start: i,
        end: i + 1,
        refs: [{ kind: 'channel', id: marked.channel }],
        strength: 3,
        text: marked.written,
        matched: marked.written,
        fuzzy: false,
      });
  });
  const mentions = [...handleMentions, ...exactMentions(tokens, ctx.lexicon, taken, 2)];
  const shouted = shoutedCodes(question);
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

  // Periods are read around the names, so "Marathon 2024" stays a name and not a year.
  const masked = tokens.map((t, i) => (taken[i] ? '§' : t));
  const offsets: number[] = [];
  let pos = 0;
  for (const t of masked) {
    offsets.push(pos);
    pos += t.length + 1;
  }
  const periods: Period[] = [];
  for (const m of findPeriods(masked.join(' '), ctx.now)) {
    periods.push(m.period);
    offsets.forEach((o, i) => {
      if (o >= m.start && o < m.end) taken[i] = true;
    });
  }
  // "on Monday, November 10": a weekday named with its date adds nothing to it.
  tokens.forEach((t, i) => {
    if (WEEKDAYS.has(t) && !taken[i] && taken[i + 1]) taken[i] = true;
  });
  mentions.push(...fuzzyMentions(tokens, ctx.lexicon, taken));
  // Parts of names and status words last: a misspelled full name beats the part of it spelled right.
  mentions.push(...exactMentions(tokens, ctx.lexicon, taken, 1));
  mentions.sort((a, b) => a.start - b.start);
  extendToFullNames(mentions, tokens, taken);
  nounSaysWhich(mentions, tokens, ctx.lexicon);
  // "I'd like to see…", "would like the figures": the verb, not the metric; "what share of views": a ratio.
  const verbLike = (m: Mention) =>
    (m.text === 'share' && tokens[m.end] === 'of') ||
    (m.text === 'like' &&
      (['to', 'the', 'a', 'an', 'it', 'this', 'some', 'more'].includes(tokens[m.end] ?? '') ||
        ['would', 'd', 'i', 'we', 'you', 'should'].includes(tokens[m.start - 1] ?? '')));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m && verbLike(m)) mentions.splice(k, 1);
  }

  let noun: Noun | undefined;
  let nounPlural = false;
  let nounWord: string | undefined;
  let byDimension: Dimension | undefined;
  tokens.forEach((t, i) => {
    const kind = TYPE_NOUNS[t];
    if (!kind || taken[i]) return;
    // "Portuguese-language videos", "the Japan market": the noun only qualifies a name just before it.
    const prev = mentions.find((m) => m.end === i);
    if (
      (kind === 'language' || kind === 'market') &&
      prev?.refs.some((x) => x.kind === 'language' || x.kind === 'market')
    )
      return;
    const before = tokens[i - 1] ?? '';
    const before2 = tokens[i - 2] ?? '';
    const plural = t.endsWith('s') && t !== 'series';
    if (
      ['by', 'per', 'each', 'across'].includes(before) ||
      ((before === 'every' || before === 'all') && before2 === 'for' && (plural || before === 'every'))
    ) {
      byDimension ??= kind;
      return;
    }
    if (!noun) {
      noun = kind;
      nounWord = t;
      nounPlural = t.endsWith('s') && t !== 'series' && t !== 'content';
    }
  });

  const time = timeWords(tokens, taken);

  // Leftover words: all of them lower confidence; those that look like a name stop any figure.
  const questionNames = capitalizedWords(question);
  const nameStarts = new Set(mentions.map((m) => m.start));
  const unknown: string[] = [...unknownHandles];
  const names: string[] = [...unknownHandles];
  let run: number[] = [];
  const flush = () => {
    if (run.length) {
      const text = run.map((i) => tokens[i]).join(' ');
      if (!isStopPhrase(text, shouted)) {
        unknown.push(text);
        if (looksLikeName(run, tokens, questionNames, nameStarts)) names.push(text);
      }
    }
    run = [];
  };
  const explained = conceptTokens(tokens);
  tokens.forEach((t, i) => {
    const leftover =
      !taken[i] &&
      ((!GENERIC_WORDS.has(t) && !FUNCTION_WORDS.has(t) && !explained[i] && !ctx.lexicon.levelWords.has(t)) ||
        shouted.has(t)) &&
      !(t in TYPE_NOUNS) &&
      !(t in NUMBER_WORDS) &&
      !/^\d/.test(t) &&
      t.length > 1;
    if (leftover) run.push(i);
    else flush();
  });
  flush();

  // Intent words are read with the names blanked out: "Top 10 Noodles" or "Award Night" are names, not requests.
  const named = tokens.map(() => false);
  for (const m of mentions) {
    if (m.refs.some((x) => NAME_KINDS.has(x.kind))) for (let k = m.start; k < m.end; k++) named[k] = true;
  }
  const intentText = tokens.map((t, i) => (named[i] ? '§' : t)).join(' ');

  return {
    tokens,
    norm: intentText,
    words: new Set(tokens),
    mentions,
    periods,
    unknown,
    names,
    // "trying to reach", "to share": a verb after "to", not a measure.
    unknownMetrics: tokens.filter((t, i) => !taken[i] && METRIC_WORDS.has(t) && tokens[i - 1] !== 'to'),
    nounWord,
    noun,
    nounPlural,
    byDimension,
    time,
  };
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

const TIME_UNITS: Record<string, TimeDimension> = {
  day: 'day',
  days: 'day',
  date: 'day',
  dates: 'day',
  daily: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
};

/**
 * Days, weeks or months named as things, outside any period phrase ("last week" is taken already): "which
 * day", "by month", "month by month", "each week", "daily views". "Per day", "a day" and "average daily" are
 * rates (average-phrases.ts), not this.
 */
function timeWords(tokens: string[], taken: boolean[]): Reading['time'] {
  if (averageUnit(tokens.join(' ')) !== undefined && !tokens.includes('by')) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const unit = TIME_UNITS[t];
    if (!unit || taken[i]) continue;
    const before = tokens[i - 1] ?? '';
    if (['per', 'a', 'an', 'one', 'that', 'same'].includes(before)) continue;
    const adjective = t.endsWith('ly');
    const by = adjective || ['by', 'each', 'every'].includes(before) || tokens[i + 1] === 'by';
    return { unit, by, plural: t.endsWith('s') };
  }
  return undefined;
}

const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);

const FILTER_WORDS = new Set(['in', 'on', 'from', 'via', 'through', 'among', 'across', 'within', 'for']);

const NAME_KINDS = new Set<Ref['kind']>(['campaign', 'asset', 'channel', 'ranking', 'organization', 'owner']);

const QUALIFIERS = new Set([
  'most',
  'least',
  'more',
  'less',
  'best',
  'worst',
  'top',
  'very',
  'our',
  'my',
  'all',
  'new',
  'latest',
]);

/** A run of unknown words is a name when capitalised, or when it stands where a name does: "the X video". */
function looksLikeName(
  run: number[],
  tokens: string[],
  capitalized: Set<string>,
  nameStarts: ReadonlySet<number>,
): boolean {
  // A country, nationality, language or platform the data does not have is a name Pulse cannot find.
  if (run.some((i) => capitalized.has(tokens[i] ?? '') || NAME_WORDS.has(tokens[i] ?? ''))) return true;
  const first = run[0] ?? 0;
  const last = run[run.length - 1] ?? 0;
  const before = tokens[first - 1] ?? '';
  const after = tokens[last + 1] ?? '';
  if (QUALIFIERS.has(before)) return false;
  if (run.length >= 2 && ['the', 'for', 'about', 'of', 'did', 'does'].includes(before)) return true;
  // "views on mobile", "from paid ads": a filter Pulse cannot apply is not left out. Words just before a
  // name qualify it instead ("in te reo Māori").
  if (FILTER_WORDS.has(before) && !nameStarts.has(last + 1)) return true;
  return TYPE_NOUNS[after] !== undefined;
}

/**
 * "Soup Kitchen Diareis": the first words matched an id or a part of the name, the misspelled rest did not.
 * When the words that follow complete the same thing's full name within a small edit distance, they belong to it.
 */
function extendToFullNames(mentions: Mention[], tokens: string[], taken: boolean[]): void {
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

/** Words a person capitalised (not the first of a sentence): likely names. */
function capitalizedWords(question: string): Set<string> {
  const out = new Set<string>();
  // "Turkish-language content": each part of a hyphenated word is a word.
  const words = question.split(/[\s\-\u2010-\u2014/]+/);
  words.forEach((w, i) => {
    const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // An all-capitals short word ("UK", "TV") is a name wherever it stands, the first word included.
    if (
      (i > 0 && /^\p{Lu}/u.test(clean) && !/[.!?]$/.test(words[i - 1] ?? '')) ||
      /^\p{Lu}{2,3}$/u.test(clean)
    )
      out.add(normalize(clean));
  });
  return out;
}

const STOP = new Set(
  `the a an of to in on for by is are was were be been do does did done have has had get got and or but with
  what which who how when where why this that these those it its we our us you your they their them i me my
  there here any some all each much many very just also too can could would should will shall may might must
  hi hey hello please thanks thank ok okay yes no not like about into onto upon than then so such only`.split(
    /\s+/,
  ),
);

/**
 * Country codes written in capitals ("the US", "UK views"), as lower-case tokens → region code. Not in a
 * question written all in capitals, and not the little words that are codes too ("IN", "IT", "NO"), but "US":
 * the country is written in capitals, the pronoun is not.
 */
function shoutedCodes(question: string): Map<string, string> {
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

/** Only little words; a two-letter one written in capitals ("UK") is not little. */
const isStopPhrase = (phrase: string, shouted: Map<string, string>): boolean =>
  phrase.split(' ').every((w) => (STOP.has(w) || w.length <= 2) && !shouted.has(w));

/** "hi", "thanks, that's great", "hello pulse!": small talk and little words only, nothing to look up. */
export function isSmallTalk(r: Reading): boolean {
  if (r.mentions.length || r.periods.length || r.unknown.length) return false;
  const rest = r.tokens.filter((t) => SMALL_TALK.has(t) || !(STOP.has(t) || t === 'pulse' || t === 'bot'));
  return rest.some((t) => SMALL_TALK.has(t)) && rest.every((t) => SMALL_TALK.has(t));
}
