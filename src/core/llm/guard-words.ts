import { countryName, languageName, platformName } from '../model/names.ts';
import type { Catalog } from '../model/types.ts';

// The words that say what a figure is about: the names of things in the catalog (campaigns, assets, channels,
// platforms, languages, markets, awards, rankings, the organization) and the metrics' words. The figure guard
// uses them to check that a narrative ties each figure to what the facts tie it to.

export interface NamedWord {
  /** What the word names ("campaign:night", "metric:views"): aliases of one thing share it. */
  key: string;
  text: string;
}

export interface GuardWords {
  names: NamedWord[];
  metrics: NamedWord[];
}

export interface Found {
  key: string;
  start: number;
  end: number;
}

const plurals = (word: string): string[] =>
  word.endsWith('s') ? [word, word.slice(0, -1)] : [word, `${word}s`];

function namesOf(catalog: Catalog): NamedWord[] {
  const out: NamedWord[] = [];
  const add = (key: string, ...texts: (string | undefined)[]) => {
    for (const text of texts) if (text && text.trim().length >= 2) out.push({ key, text: text.trim() });
  };
  add('organization', catalog.organization.name, ...catalog.organization.aliases);
  for (const c of catalog.campaigns) add(`campaign:${c.id}`, c.name, ...c.aliases);
  for (const a of catalog.assets) add(`asset:${a.id}`, a.title, ...a.aliases);
  for (const c of catalog.channels) {
    add(`channel:${c.id}`, c.handle, c.name);
    add(`platform:${c.platform}`, platformName(c.platform));
  }
  const languages = new Set([
    ...catalog.campaigns.flatMap((c) => c.languages),
    ...catalog.assets.flatMap((a) => [a.language, ...a.versions.map((v) => v.language)]),
  ]);
  for (const l of languages) if (l) add(`language:${l}`, languageName(l));
  const markets = new Set([
    ...catalog.campaigns.flatMap((c) => c.markets),
    ...catalog.assets.flatMap((a) => a.markets),
  ]);
  for (const m of markets) add(`market:${m}`, countryName(m));
  for (const [i, a] of catalog.awards.entries()) add(`award:${i}`, a.name, a.event);
  for (const r of catalog.rankings) add(`ranking:${r.index}`, r.index, r.publisher);
  return out;
}

const cache = new WeakMap<Catalog, GuardWords>();

/** The catalog's names and metric words, built once per catalog. */
export function guardWordsOf(catalog: Catalog): GuardWords {
  let words = cache.get(catalog);
  if (!words) {
    const metrics = catalog.metrics.flatMap((m) =>
      [m.id, m.label, ...m.aliases]
        .flatMap((t) => plurals(t.toLowerCase()))
        .map((text) => ({ key: m.id, text })),
    );
    const metricTexts = new Set(metrics.map((m) => m.text));
    // A name that is also a metric word ("Views") says nothing about what a figure belongs to.
    const names = namesOf(catalog).filter((n) => !metricTexts.has(n.text.toLowerCase()));
    words = { names, metrics };
    cache.set(catalog, words);
  }
  return words;
}

const asPattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

interface Matcher {
  re: RegExp;
  keyOf: Map<string, string>;
}

const matchers = new WeakMap<NamedWord[], Matcher>();

function matcherOf(words: NamedWord[]): Matcher | undefined {
  if (words.length === 0) return undefined;
  let m = matchers.get(words);
  if (!m) {
    // Longest first, so "Taste of Harbourview — Episode 1" wins over "Taste of Harbourview" inside it.
    const sorted = [...words].sort((a, b) => b.text.length - a.text.length);
    m = {
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${sorted.map((w) => asPattern(w.text)).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      keyOf: new Map(sorted.map((w) => [fold(w.text), w.key])),
    };
    matchers.set(words, m);
  }
  return m;
}

/** Where `words` occur in `text`, left to right, without overlaps. */
export function findWords(text: string, words: NamedWord[]): Found[] {
  const m = matcherOf(words);
  if (!m) return [];
  const out: Found[] = [];
  for (const hit of text.matchAll(m.re)) {
    const key = m.keyOf.get(fold(hit[0]));
    if (key) out.push({ key, start: hit.index, end: hit.index + hit[0].length });
  }
  return out;
}

/** Stands in for a masked name: not a letter, digit or clause break, so it neither reads as a figure nor splits. */
export const MASK = '\uE000';

/**
 * The metric a figure is stated in, from the words right after it ("97,235 views", "2,424 YouTube views",
 * "two million plays"): the first metric word among the next three words, undefined when none is there.
 */
export function metricAfter(text: string, end: number, metrics: NamedWord[]): string | undefined {
  const words: string[] = [];
  for (const w of text.slice(end, end + 60).split(/\s+/)) {
    if (w === '') continue;
    const clean = w.replace(/[.,;:!?)]+$/, '');
    if (!/^[\p{L}\uE000'’-]+$/u.test(clean)) break;
    words.push(clean.toLowerCase());
    if (clean !== w || words.length === 3) break;
  }
  const phrase = ` ${words.join(' ')} `;
  let best: { at: number; key: string } | undefined;
  for (const m of metrics) {
    const at = phrase.indexOf(` ${m.text} `);
    if (at >= 0 && (!best || at < best.at)) best = { at, key: m.key };
  }
  return best?.key;
}
