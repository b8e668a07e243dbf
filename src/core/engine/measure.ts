import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import type { Dimension, Scope } from '../plan/plan-schema.ts';

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

export function select(ds: Dataset, metric: string, scope: Scope): TaggedSeries[] {
  // An asset or campaign scope starts from its own few series instead of scanning all of the metric's.
  const from =
    scope.asset !== undefined
      ? ds.seriesOf(metric, 'asset', scope.asset)
      : scope.campaign !== undefined
        ? ds.seriesOf(metric, 'campaign', scope.campaign)
        : (ds.byMetric.get(metric) ?? []);
  return from.filter((t) => inScope(t, scope));
}

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
    for (const t of list) {
      value += t.series.sum(from, to);
      support += t.series.count(from, to);
    }
    return { value, support };
  }
  for (const t of list) {
    const end = t.series.at(to);
    if (end === undefined) continue;
    support++;
    value += change ? end - (t.series.at(from - 1) ?? 0) : end;
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
