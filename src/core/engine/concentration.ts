import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { keyLabel } from './labels.ts';
import { groupBy, measure } from './measure.ts';
import type { Concentration } from './result.ts';

/** "Most of" a total: one video or channel with at least this share of it is worth saying. */
export const CONCENTRATED = 0.5;
/** …and at least this many times the next one's: of two channels one always has half, 51% to 49% is no news. */
const AHEAD = 2;

/**
 * The video and the channel that carry at least half of a positive total, and at least twice the next one's part.
 * The total is the whole scope's, rows of no video or channel included, so a share is never overstated.
 */
export function concentration(
  ds: Dataset,
  metric: Metric,
  list: readonly TaggedSeries[],
  from: Day,
  to: Day,
): Concentration[] {
  const total = measure(metric, list, from, to, false).value;
  if (!(total > 0)) return [];
  const out: Concentration[] = [];
  for (const dimension of ['asset', 'channel'] as const) {
    const groups = [...groupBy(list, dimension)]
      .map(([key, g]) => ({ key, value: measure(metric, g, from, to, false).value }))
      .filter((g) => g.value !== 0);
    const [top, next] = groups.sort((a, b) => b.value - a.value);
    if (!top || !next || top.value / total < CONCENTRATED || top.value < AHEAD * next.value) continue;
    out.push({
      dimension,
      label: keyLabel(ds, dimension, top.key),
      value: top.value,
      total,
      share: top.value / total,
    });
  }
  return out;
}
