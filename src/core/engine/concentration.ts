import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { keyLabel } from './labels.ts';
import { groupIndexes } from './measure.ts';
import { type Readings, readings, sumOf } from './readings.ts';
import type { Concentration } from './result.ts';

interface Part {
  key: string;
  value: number;
}

/**
 * The two largest non-zero groups, as a stable sort by value (largest first) would put them: the first of the
 * largest, then the first of the largest among the rest. One pass, and no object per group: a ranking of
 * thousands of videos runs this twice per question.
 */
function topTwo(groups: ReadonlyMap<string, readonly number[]>, read: Readings): (Part | undefined)[] {
  let topKey: string | undefined;
  let topValue = 0;
  let nextKey: string | undefined;
  let nextValue = 0;
  let finite = true;
  groups.forEach((g, key) => {
    const value = sumOf(read, g).value;
    if (value === 0) return;
    if (!Number.isFinite(value)) finite = false;
    else if (topKey === undefined || value > topValue) {
      nextKey = topKey;
      nextValue = topValue;
      topKey = key;
      topValue = value;
    } else if (nextKey === undefined || value > nextValue) {
      nextKey = key;
      nextValue = value;
    }
  });
  // Infinite or NaN figures make the sort's comparisons NaN: leave those to the sort itself.
  if (!finite)
    return [...groups]
      .map(([key, g]) => ({ key, value: sumOf(read, g).value }))
      .filter((p) => p.value !== 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, 2);
  return [
    topKey === undefined ? undefined : { key: topKey, value: topValue },
    nextKey === undefined ? undefined : { key: nextKey, value: nextValue },
  ];
}

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
    const [top, next] = topTwo(groupIndexes(list, dimension), read);
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
