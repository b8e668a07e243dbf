import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { keyLabel } from './labels.ts';
import { groupIndexes } from './measure.ts';
import { type Readings, readings, sumOf } from './readings.ts';
import type { Concentration } from './result.ts';

/** "Most of" a total: one video or channel with at least this share of it is worth saying. */
export const CONCENTRATED = 0.5;
/** …and at least this many times the next one's: of two channels one always has half, 51% to 49% is no news. */
const AHEAD = 2;

/**
 * The video and the channel that carry at least half of a positive total, and at least twice the next one's part.
 * The total is the whole scope's, rows of no video or channel included, so a share is never overstated.
 * `read` is the list's flows over [from, to] when the caller has already read them.
 */
export function concentration(
  ds: Dataset,
  metric: Metric,
  list: readonly TaggedSeries[],
  from: Day,
  to: Day,
  read: Readings = readings(metric, list, from, to, false),
): Concentration[] {
  const total = sumOf(read).value;
  if (!(total > 0)) return [];
  const out: Concentration[] = [];
  for (const dimension of ['asset', 'channel'] as const) {
    const groups = [...groupIndexes(list, dimension)]
      .map(([key, g]) => ({ key, value: sumOf(read, g).value }))
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
