import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import type { Dimension, Scope } from '../plan/plan-schema.ts';
import { levelAt, readFlow, readings, sumOf } from './readings.ts';

// The contract's semantics in one place: flows sum over the period, stocks read the level at its end (summed
// across series), and a stock's change is the level at the end minus the level the day before the start.

export interface Measured {
  value: number;
  /** Rows (flows) or series with a level (stocks) that contributed. */
  support: number;
}

export const formatMatches = (format: string | undefined, stems: readonly string[]): boolean =>
  format !== undefined && stems.some((stem) => format.includes(stem));

export function inScope(t: TaggedSeries, scope: Scope): boolean {
  return (
    (scope.campaign === undefined || t.campaign === scope.campaign) &&
    (scope.asset === undefined || t.asset === scope.asset) &&
    (scope.channel === undefined || t.channel === scope.channel) &&
    (scope.platform === undefined || t.platform === scope.platform) &&
    (scope.language === undefined || t.language === scope.language) &&
    (scope.market === undefined || t.markets.includes(scope.market)) &&
    (scope.format === undefined || formatMatches(t.format, scope.format))
  );
}

/**
 * The series of one metric in a scope. The same scope gives the same array each time (per dataset), so its
 * groups are cached and a repeated question does not filter again. Do not mutate.
 */
export function select(ds: Dataset, metric: string, scope: Scope): readonly TaggedSeries[] {
  let cache = selections.get(ds);
  if (!cache) {
    cache = new Map();
    selections.set(ds, cache);
  }
  const key = selectionKey(metric, scope);
  const known = cache.get(key);
  if (known) return known;
  const list = selectFresh(ds, metric, scope);
  // Scopes people ask about are few; a flood of distinct ones starts the cache over rather than growing it.
  if (cache.size >= MAX_SELECTIONS) cache.clear();
  cache.set(key, list);
  return list;
}

const selections = new WeakMap<Dataset, Map<string, readonly TaggedSeries[]>>();
const MAX_SELECTIONS = 1000;

/** Every field of a scope, in a fixed order ('\u0001' keeps an absent field apart from an empty one). */
const selectionKey = (metric: string, s: Scope): string =>
  [metric, s.campaign, s.asset, s.channel, s.platform, s.language, s.market, s.format?.join('\u0002')]
    .map((v) => v ?? '\u0001')
    .join('\u0000');

function selectFresh(ds: Dataset, metric: string, scope: Scope): readonly TaggedSeries[] {
  // An asset or campaign scope starts from its own few series, a channel, platform, language or market from the
  // series with that tag (the fewest of them), instead of scanning all of the metric's.
  let from =
    scope.asset !== undefined
      ? ds.seriesOf(metric, 'asset', scope.asset)
      : scope.campaign !== undefined
        ? ds.seriesOf(metric, 'campaign', scope.campaign)
        : (ds.byMetric.get(metric) ?? []);
  for (const tag of TAGS) {
    const value = scope[tag];
    if (value === undefined) continue;
    const tagged = ds.seriesTagged(metric, tag, value);
    if (tagged.length < from.length) from = tagged;
  }
  const kept = from.filter((t) => inScope(t, scope));
  return kept.length === from.length ? from : kept;
}

const TAGS = ['channel', 'platform', 'language', 'market'] as const;

const PACKED_FROM = 64;

/** One series' flow at a time, read without allocating (see readings.ts). */
const oneValue = new Float64Array(1);
const oneSupport = new Uint32Array(1);

export function measure(
  metric: Metric,
  list: readonly TaggedSeries[],
  from: Day,
  to: Day,
  change: boolean,
): Measured {
  let value = 0;
  let support = 0;
  if (metric.kind === 'flow') {
    // A long list is read the packed way once it has been read before (a scope's list, compared or bucketed).
    if (list.length >= PACKED_FROM) return sumOf(readings(metric, list, from, to, false));
    for (const t of list) {
      readFlow(t.series, from, to, oneValue, oneSupport, 0);
      value += oneValue[0] as number;
      support += oneSupport[0] as number;
    }
    return { value, support };
  }
  for (const t of list) {
    const end = levelAt(t.series, to);
    if (end === undefined) continue;
    support++;
    value += change ? end - (levelAt(t.series, from - 1) ?? 0) : end;
  }
  return { value, support };
}

/** The group keys a series belongs to along a dimension (markets may be several). */
export function keysOf(t: TaggedSeries, dimension: Dimension): readonly string[] {
  switch (dimension) {
    case 'campaign':
      return t.campaign ? [t.campaign] : [];
    case 'asset':
      return t.asset ? [t.asset] : [];
    case 'channel':
      return t.channel ? [t.channel] : [];
    case 'platform':
      return t.platform ? [t.platform] : [];
    case 'language':
      return t.language ? [t.language] : [];
    case 'market':
      return t.markets;
    case 'day':
    case 'week':
    case 'month':
      // Calendar buckets cut rows by date, not series by owner (see time-buckets.ts).
      return [];
  }
}

export function groupBy(list: readonly TaggedSeries[], dimension: Dimension): Map<string, TaggedSeries[]> {
  const groups = new Map<string, TaggedSeries[]>();
  for (const t of list) {
    for (const key of keysOf(t, dimension)) {
      const g = groups.get(key);
      if (g) g.push(t);
      else groups.set(key, [t]);
    }
  }
  return groups;
}

/** Groups by list and dimension: a dataset's lists live as long as it does, and are grouped the same each time. */
const grouped = new WeakMap<
  readonly TaggedSeries[],
  Map<Dimension, ReadonlyMap<string, readonly number[]>>
>();

/** groupBy as positions in `list` (ascending), for sums over readings of that same list. Do not mutate. */
export function groupIndexes(
  list: readonly TaggedSeries[],
  dimension: Dimension,
): ReadonlyMap<string, readonly number[]> {
  let byDimension = grouped.get(list);
  const known = byDimension?.get(dimension);
  if (known) return known;
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  };
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as TaggedSeries;
    if (dimension === 'market') {
      for (const key of t.markets) add(key, i);
      continue;
    }
    // keysOf without its one-key arrays: the other dimensions give a series at most one key.
    const key =
      dimension === 'campaign'
        ? t.campaign
        : dimension === 'asset'
          ? t.asset
          : dimension === 'channel'
            ? t.channel
            : dimension === 'platform'
              ? t.platform
              : dimension === 'language'
                ? t.language
                : undefined;
    if (key) add(key, i);
  }
  if (!byDimension) {
    byDimension = new Map();
    grouped.set(list, byDimension);
  }
  byDimension.set(dimension, groups);
  return groups;
}
