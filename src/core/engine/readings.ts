import type { TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { SeriesReader } from '../model/series-reader.ts';
import { Series } from '../model/series-store.ts';
import type { Metric } from '../model/types.ts';

// One range read off each series once, then summed as many ways as a result needs (the whole scope, each
// group, each group again for the concentration line): a ranking over thousands of series reads each of them
// once, not four times. Sums run in list order, so every figure is the one `measure` gives, to the last bit.

/** Each series' own part of a measure over one range, aligned with the list it was read from. */
export interface Readings {
  readonly list: readonly TaggedSeries[];
  /** A flow's sum over the range; a stock's level at its end (or its change over the range). */
  readonly value: Float64Array;
  /** Rows in the range (flows), or 1 when the series has a level (stocks). */
  readonly support: Uint32Array;
}

/** Index of the first day on or after `day` in a sorted array. */
function lowerBound(days: Int32Array, day: Day, lo: number): number {
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A flow over [from, to] in one series: its sum into `value[i]`, its rows into `support[i]`. */
export function readFlow(
  s: SeriesReader,
  from: Day,
  to: Day,
  value: Float64Array,
  support: Uint32Array,
  i: number,
) {
  if (!(s instanceof Series)) {
    // A database's series records what it is asked (withFigures): ask it exactly as `measure` always did.
    value[i] = s.sum(from, to);
    support[i] = s.count(from, to);
    return;
  }
  const days = s.days;
  const n = days.length;
  if (to < from || n === 0) {
    value[i] = 0;
    support[i] = 0;
    return;
  }
  const first = days[0] as number;
  const last = days[n - 1] as number;
  let a: number;
  let b: number;
  if (last - first === n - 1) {
    // A row every day (days rise strictly: a repeated day is an error of the data file, never a Series): the
    // row of a day is at its distance from the first, no search, two reads instead of two searches' worth.
    a = from <= first ? 0 : from > last ? n : from - first;
    b = to >= last ? n : to < first ? 0 : to + 1 - first;
  } else {
    // Most ranges start before a series or run past its end: no search for that side.
    a = from <= first ? 0 : lowerBound(days, from, 0);
    b = to >= last ? n : lowerBound(days, to + 1, a);
  }
  value[i] = (s.prefix[b] ?? 0) - (s.prefix[a] ?? 0);
  support[i] = b - a;
}

/** The latest level on or before `day` (Series.at without the method call), or undefined. */
export function levelAt(s: SeriesReader, day: Day): number | undefined {
  if (!(s instanceof Series)) return s.at(day);
  const days = s.days;
  const n = days.length;
  if (n === 0) return undefined;
  const first = days[0] as number;
  const last = days[n - 1] as number;
  // A row every day: the row of a day is at its distance from the first (see readFlow).
  const i =
    day >= last
      ? n - 1
      : day < first
        ? -1
        : last - first === n - 1
          ? day - first
          : lowerBound(days, day + 1, 0) - 1;
  return i >= 0 ? s.values[i] : undefined;
}

/**
 * A list's in-memory series laid out flat: where each starts and ends, how many rows, and its prefix sums at
 * both ends, side by side in typed arrays. Reading a range that covers a series whole touches none of its own
 * memory, and one that cuts it touches only the prefix sums it needs: at 10M rows a ranking's time is cache
 * misses, not arithmetic.
 */
interface Packed {
  first: Int32Array;
  last: Int32Array;
  rows: Int32Array;
  /** prefix[0] and prefix[rows]: the sums a range that starts before or runs past the series reads. */
  base: Float64Array;
  total: Float64Array;
  prefix: Float64Array[];
  days: Int32Array[];
}

/** Packed once a list is read a second time (lists from select() live as long as their dataset); null: not all in memory. */
const packs = new WeakMap<readonly TaggedSeries[], Packed | null | 'seen'>();

function packOf(list: readonly TaggedSeries[]): Packed | undefined {
  const known = packs.get(list);
  if (known === null) return undefined;
  if (known === undefined) {
    packs.set(list, 'seen');
    return undefined;
  }
  if (known !== 'seen') return known;
  const n = list.length;
  const packed: Packed = {
    first: new Int32Array(n),
    last: new Int32Array(n),
    rows: new Int32Array(n),
    base: new Float64Array(n),
    total: new Float64Array(n),
    prefix: [],
    days: [],
  };
  for (let i = 0; i < n; i++) {
    const s = (list[i] as TaggedSeries).series;
    if (!(s instanceof Series)) {
      packs.set(list, null);
      return undefined;
    }
    const rows = s.days.length;
    packed.rows[i] = rows;
    packed.first[i] = rows ? (s.days[0] as number) : 0;
    packed.last[i] = rows ? (s.days[rows - 1] as number) : 0;
    packed.base[i] = s.prefix[0] ?? 0;
    packed.total[i] = s.prefix[rows] ?? 0;
    packed.prefix.push(s.prefix);
    packed.days.push(s.days);
  }
  packs.set(list, packed);
  return packed;
}

/** readFlow over a packed list: the same two prefix sums subtracted, so the same figure to the last bit. */
function readPacked(p: Packed, from: Day, to: Day, value: Float64Array, support: Uint32Array): void {
  const { first, last, rows, base, total } = p;
  for (let i = 0; i < rows.length; i++) {
    const n = rows[i] as number;
    if (to < from || n === 0) {
      value[i] = 0;
      support[i] = 0;
      continue;
    }
    const f = first[i] as number;
    const l = last[i] as number;
    const a =
      from <= f
        ? 0
        : from > l
          ? n
          : l - f === n - 1
            ? from - f
            : lowerBound(p.days[i] as Int32Array, from, 0);
    const b =
      to >= l
        ? n
        : to < f
          ? 0
          : l - f === n - 1
            ? to + 1 - f
            : lowerBound(p.days[i] as Int32Array, to + 1, a);
    const prefix = p.prefix[i] as Float64Array;
    const pa = a === 0 ? (base[i] as number) : a === n ? (total[i] as number) : (prefix[a] as number);
    const pb = b === 0 ? (base[i] as number) : b === n ? (total[i] as number) : (prefix[b] as number);
    value[i] = pb - pa;
    support[i] = b - a;
  }
}

/** Reads every series of `list` once over [from, to], the contract's way (see measure.ts). */
export function readings(
  metric: Metric,
  list: readonly TaggedSeries[],
  from: Day,
  to: Day,
  change: boolean,
): Readings {
  const n = list.length;
  const value = new Float64Array(n);
  const support = new Uint32Array(n);
  if (metric.kind === 'flow') {
    const packed = packOf(list);
    if (packed) readPacked(packed, from, to, value, support);
    else for (let i = 0; i < n; i++) readFlow((list[i] as TaggedSeries).series, from, to, value, support, i);
  } else {
    for (let i = 0; i < n; i++) {
      const s = (list[i] as TaggedSeries).series;
      const end = levelAt(s, to);
      if (end === undefined) continue;
      support[i] = 1;
      value[i] = change ? end - (levelAt(s, from - 1) ?? 0) : end;
    }
  }
  return { list, value, support };
}

/** The whole list's measure, or that of some of its series (indexes in ascending order). */
export function sumOf(r: Readings, indexes?: readonly number[]): { value: number; support: number } {
  let value = 0;
  let support = 0;
  if (indexes === undefined) {
    for (let i = 0; i < r.value.length; i++) {
      value += r.value[i] as number;
      support += r.support[i] as number;
    }
  } else {
    for (const i of indexes) {
      value += r.value[i] as number;
      support += r.support[i] as number;
    }
  }
  return { value, support };
}
