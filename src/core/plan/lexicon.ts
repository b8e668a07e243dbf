import type { Dataset } from '../model/dataset.ts';
import { countryName, languageName } from '../model/names.ts';
import { KNOWN_PLATFORMS } from '../model/platforms.ts';
import type { Channel, Metric } from '../model/types.ts';
import { normalize, tokenize } from './normalize.ts';
import {
  COUNTRY_ALIASES,
  DEMONYMS,
  GENERIC_WORDS,
  LANGUAGE_ALIASES,
  STATUS_WORDS,
  TYPE_NOUNS,
} from './vocabulary.ts';

export type RefKind =
  | 'campaign'
  | 'asset'
  | 'channel'
  | 'platform'
  | 'metric'
  | 'language'
  | 'market'
  | 'organization'
  | 'ranking'
  | 'status'
  /** A campaign owner, by the name the data gives (the id is that name). */
  | 'owner';

export interface Ref {
  kind: RefKind;
  id: string;
}

export interface LexEntry {
  phrase: string;
  tokens: number;
  refs: Ref[];
  /** 3 = full name, 2 = alias/handle/id, 1 = a distinctive part of a name. */
  strength: number;
  /** Display name, for suggestions. */
  display: string;
}

/** Every way the data lets people name things, built from the data file itself. */
export class Lexicon {
  readonly entries = new Map<string, LexEntry>();
  readonly maxTokens: number;
  /** Entity names for "did you mean" suggestions and fuzzy matching. */
  readonly names: LexEntry[] = [];
  /** The market codes the data names, on campaigns or on content. */
  readonly markets: ReadonlySet<string>;
  /** The words of the award levels the data uses ("national", "regional"): understood, though not names. */
  readonly levelWords: ReadonlySet<string>;

  constructor(ds: Dataset) {
    const { catalog } = ds;
    const codes = { languages: new Set<string>(), markets: new Set<string>() };
    this.markets = codes.markets;
    this.levelWords = new Set(catalog.awards.flatMap((a) => (a.level ? tokenize(normalize(a.level)) : [])));
    for (const c of catalog.campaigns) {
      this.#add(c.name, { kind: 'campaign', id: c.id }, 3, c.name);
      for (const a of c.aliases) this.#add(a, { kind: 'campaign', id: c.id }, 2, c.name);
      this.#add(c.id, { kind: 'campaign', id: c.id }, 2, c.name);
      for (const l of c.languages) codes.languages.add(l);
      for (const m of c.markets) codes.markets.add(m);
    }
    for (const a of catalog.assets) {
      this.#add(a.title, { kind: 'asset', id: a.id }, 3, a.title);
      for (const al of a.aliases) this.#add(al, { kind: 'asset', id: a.id }, 2, a.title);
      this.#add(a.id, { kind: 'asset', id: a.id }, 2, a.title);
      if (a.language) codes.languages.add(a.language);
      for (const v of a.versions) codes.languages.add(v.language);
      for (const m of a.markets) codes.markets.add(m);
    }
    for (const c of catalog.channels) {
      const display = c.handle;
      this.#add(c.handle, { kind: 'channel', id: c.id }, 3, display);
      if (c.name) this.#add(c.name, { kind: 'channel', id: c.id }, 3, display);
      this.#add(c.id, { kind: 'channel', id: c.id }, 2, display);
      if (c.language) codes.languages.add(c.language);
    }
    this.#addMetrics(catalog.metrics);
    this.#addPlatforms(catalog.channels);
    for (const code of codes.languages) {
      this.#add(languageName(code), { kind: 'language', id: code }, 3, languageName(code), false);
      for (const alias of LANGUAGE_ALIASES[code] ?? [])
        this.#add(alias, { kind: 'language', id: code }, 2, languageName(code), false);
    }
    for (const code of codes.markets) {
      this.#add(countryName(code), { kind: 'market', id: code }, 3, countryName(code), false);
      for (const alias of COUNTRY_ALIASES[code] ?? [])
        this.#add(alias, { kind: 'market', id: code }, 2, countryName(code), false);
    }
    // "the Saudi video", "Mexican viewers": a nationality names its country, below a language of the same
    // word ("Japanese" is the language until the question speaks of an audience or a market).
    for (const [word, code] of Object.entries(DEMONYMS)) {
      if (codes.markets.has(code)) this.#add(word, { kind: 'market', id: code }, 2, countryName(code), false);
    }
    // The organization's own names win over a look-alike handle ("ACME Outdoors" vs @acme.outdoors).
    const org: Ref = { kind: 'organization', id: 'organization' };
    for (const n of [catalog.organization.name, ...catalog.organization.aliases])
      this.#add(n, org, 4, n, false);
    for (const r of catalog.rankings) {
      this.#add(r.index, { kind: 'ranking', id: r.index }, 3, r.index);
      if (r.publisher) this.#add(r.publisher, { kind: 'ranking', id: r.index }, 2, r.index);
    }
    for (const owner of new Set(catalog.campaigns.flatMap((c) => (c.owner ? [c.owner] : []))))
      this.#add(owner, { kind: 'owner', id: owner }, 3, owner);
    for (const [status, words] of Object.entries(STATUS_WORDS)) {
      for (const w of words) this.#add(w, { kind: 'status', id: status }, 1, w, false);
    }
    this.#addPartials(ds);
    this.maxTokens = Math.max(1, ...[...this.entries.values()].map((e) => e.tokens));
  }

  /** A metric by its label, id and aliases, in the forms people use; and by the last word of a longer label. */
  #addMetrics(metrics: readonly Metric[]): void {
    for (const m of metrics) {
      for (const word of [m.label, m.id, ...m.aliases]) {
        for (const form of [...inflections(word), ...reversed(word)])
          this.#add(form, { kind: 'metric', id: m.id }, 3, m.label, false);
      }
    }
    // "views" for a metric labelled "Video views": the last word of a longer label, when no other metric has it.
    const tails = new Map<string, string[]>();
    for (const m of metrics) {
      for (const word of [m.label, ...m.aliases]) {
        const tokens = tokenize(normalize(word));
        const tail = tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
        if (tail) tails.set(tail, [...new Set([...(tails.get(tail) ?? []), m.id])]);
      }
    }
    for (const [tail, ids] of tails) {
      const id = ids[0];
      // A generic tail ("time" of "Watch time") would catch ordinary words: "how many times".
      if (ids.length === 1 && id && !this.entries.has(tail) && !GENERIC_WORDS.has(tail)) {
        for (const form of inflections(tail)) this.#add(form, { kind: 'metric', id }, 2, tail, false);
      }
    }
  }

  /** The contract's platforms by their names (ordinary-word names only when the data has them); others by id. */
  #addPlatforms(channels: readonly Channel[]): void {
    const platforms = new Set(channels.map((c) => c.platform));
    for (const [platform, known] of Object.entries(KNOWN_PLATFORMS)) {
      if (known.ordinary && !platforms.has(platform)) continue;
      for (const w of known.called) this.#add(w, { kind: 'platform', id: platform }, 3, known.name, false);
    }
    // A platform the contract does not list is called by its id.
    for (const p of platforms)
      if (!KNOWN_PLATFORMS[p]) this.#add(p.replace(/-/g, ' '), { kind: 'platform', id: p }, 3, p, false);
  }

  #add(text: string, ref: Ref, strength: number, display: string, nameable = true): void {
    const phrase = normalize(text);
    if (!phrase) return;
    const existing = this.entries.get(phrase);
    if (existing) {
      if (strength > existing.strength) {
        existing.refs = [ref];
        existing.strength = strength;
        existing.display = display;
      } else if (
        strength === existing.strength &&
        !existing.refs.some((r) => r.kind === ref.kind && r.id === ref.id)
      ) {
        existing.refs.push(ref);
      }
      return;
    }
    const entry: LexEntry = { phrase, tokens: tokenize(phrase).length, refs: [ref], strength, display };
    this.entries.set(phrase, entry);
    if (nameable && strength >= 2) this.names.push(entry);
  }

  /**
   * Distinctive parts of names ("Street Food Tour" for "Street Food Tour with Chef Marta", "dumpling"), kept
   * only when they point to exactly one thing and are not ordinary words.
   */
  #addPartials(ds: Dataset): void {
    const owners = new Map<string, Set<string>>();
    const refOf = new Map<string, Ref>();
    const sources: [string, Ref][] = [
      // "the festival office" for "Quarrytown International Film Festival Office".
      [ds.catalog.organization.name, { kind: 'organization', id: 'organization' }],
      ...ds.catalog.campaigns.map((c): [string, Ref] => [c.name, { kind: 'campaign', id: c.id }]),
      ...ds.catalog.assets.map((a): [string, Ref] => [a.title, { kind: 'asset', id: a.id }]),
      // "Aroha" or "Ngata" for Aroha Ngata, when no one else has that name.
      ...[...new Set(ds.catalog.campaigns.flatMap((c) => (c.owner ? [c.owner] : [])))].map(
        (owner): [string, Ref] => [owner, { kind: 'owner', id: owner }],
      ),
      ...ds.catalog.rankings.flatMap((r): [string, Ref][] =>
        [r.index, r.publisher ?? ''].map((name): [string, Ref] => [name, { kind: 'ranking', id: r.index }]),
      ),
    ];
    for (const [name, ref] of sources) {
      const tokens = tokenize(normalize(name));
      for (let i = 0; i < tokens.length; i++) {
        for (let j = i + 1; j <= tokens.length && j - i < tokens.length; j++) {
          const part = tokens.slice(i, j);
          if (part.every((t) => GENERIC_WORDS.has(t) || t.length < 3 || /^\d+$/.test(t) || t in TYPE_NOUNS))
            continue;
          if (part.length === 1 && ((part[0]?.length ?? 0) < 4 || isCalendarWord(part[0] ?? ''))) continue;
          // One word of the organization's name ("National") is too often an ordinary word of a question.
          if (ref.kind === 'organization' && part.length < 2) continue;
          const phrase = part.join(' ');
          const key = `${ref.kind}:${ref.id}`;
          const set = owners.get(phrase) ?? new Set<string>();
          set.add(key);
          owners.set(phrase, set);
          refOf.set(key, ref);
        }
      }
    }
    for (const [phrase, set] of owners) {
      if (set.size !== 1 || this.entries.has(phrase)) continue;
      const ref = refOf.get([...set][0] ?? '');
      const display =
        ref && (ref.kind === 'ranking' || ref.kind === 'owner') ? ref.id : ds.nameOf(ref?.id ?? '');
      if (ref) this.#add(phrase, ref, 1, display, false);
    }
  }
}

const CALENDAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;
const isCalendarWord = (w: string): boolean => GENERIC_WORDS.has(w) || CALENDAR.test(w);

/**
 * "Views" → views, view, viewed; "Likes" → liked; "Shares" → shared; "Followers" → following, followed;
 * "Watch hours" → watch hour. The forms people use in "most liked", "shared", "the largest following".
 */
function inflections(word: string): string[] {
  const w = normalize(word);
  const out = new Set([w]);
  const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  out.add(singular);
  if (singular === w) out.add(`${w}s`);
  if (!singular.includes(' ')) {
    if (singular.endsWith('er')) {
      const verb = singular.slice(0, -2);
      out.add(verb);
      out.add(`${verb}ing`);
      out.add(`${verb}ed`);
      // "subs" for subscribers, as people write in chat.
      if (verb.length > 6) out.add(`${verb.slice(0, 3)}s`);
    } else if (/[a-z]$/.test(singular) && !singular.endsWith('ing')) {
      out.add(singular.endsWith('e') ? `${singular}d` : `${singular}ed`);
    }
  }
  return [...out];
}

/** "Watch hours" is also said "hours watched", "view time" "time viewed": the verb after, in the past. */
function reversed(label: string): string[] {
  const [verb, noun, ...rest] = tokenize(normalize(label));
  if (!verb || !noun || rest.length > 0 || !PAST[verb]) return [];
  return [`${noun} ${PAST[verb]}`];
}

const PAST: Record<string, string> = {
  watch: 'watched',
  view: 'viewed',
  play: 'played',
  stream: 'streamed',
  listen: 'listened',
  read: 'read',
};

/** Per lexicon, the most words of any entry by its first word. */
const longestByLexicon = new WeakMap<Lexicon, Map<string, number>>();

/**
 * How many tokens from one can still make an entry: a phrase of n tokens has at least n words, and no entry
 * starting with the token's first word has more words than this. Built once per lexicon.
 */
export function longestByFirstWord(lexicon: Lexicon): (token: string) => number {
  let longest = longestByLexicon.get(lexicon);
  if (!longest) {
    const built = new Map<string, number>();
    for (const phrase of lexicon.entries.keys()) {
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      built.set(first, Math.max(built.get(first) ?? 0, words.length));
    }
    longestByLexicon.set(lexicon, built);
    longest = built;
  }
  const known = longest;
  return (token) => {
    const space = token.indexOf(' ');
    return known.get(space < 0 ? token : token.slice(0, space)) ?? 0;
  };
}
