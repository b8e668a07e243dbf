import type { Day } from './dates.ts';
import type { SeriesReader } from './series-reader.ts';

/**
 * One time series: the rows of one (subject, channel, metric), sorted by day, with prefix sums so a flow over
 * any period is two binary searches and a subtraction, whatever the number of rows.
 */
export class Series implements SeriesReader {
  readonly subject: string;
  readonly channel: string;
  readonly metric: string;
  readonly days: Int32Array;
  readonly values: Float64Array;
  /** prefix[i] = sum of values[0..i-1]. */
  readonly prefix: Float64Array;

  /** `prefix`, when given, is already the prefix sums of `values` (a view of a builder's or a snapshot's buffer). */
  constructor(
    subject: string,
    channel: string,
    metric: string,
    days: Int32Array,
    values: Float64Array,
    prefix?: Float64Array,
  ) {
    this.subject = subject;
    this.channel = channel;
    this.metric = metric;
    this.days = days;
    this.values = values;
    this.prefix = prefix ?? prefixSums(values, new Float64Array(values.length + 1));
  }

  get first(): Day | undefined {
    return this.days.length ? this.days[0] : undefined;
  }

  get last(): Day | undefined {
    return this.days.length ? this.days[this.days.length - 1] : undefined;
  }

  get rows(): number {
    return this.days.length;
  }

  /** Index of the first row dated on or after `day`. */
  lowerBound(day: Day): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.days[mid] ?? 0) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sum of rows dated in [from, to]. */
  sum(from: Day, to: Day): number {
    if (to < from) return 0;
    const a = this.lowerBound(from);
    const b = this.lowerBound(to + 1);
    return (this.prefix[b] ?? 0) - (this.prefix[a] ?? 0);
  }

  /** Number of rows dated in [from, to]. */
  count(from: Day, to: Day): number {
    if (to < from) return 0;
    return this.lowerBound(to + 1) - this.lowerBound(from);
  }

  /** The latest level on or before `day`, or undefined when none. */
  at(day: Day): number | undefined {
    const i = this.lowerBound(day + 1) - 1;
    return i >= 0 ? this.values[i] : undefined;
  }

  /** The day of the level `at(day)` reads: the latest row on or before `day`. */
  dayAt(day: Day): Day | undefined {
    const i = this.lowerBound(day + 1) - 1;
    return i >= 0 ? this.days[i] : undefined;
  }
}

/** Fills `into` (values.length + 1 long) with the prefix sums of `values`, in order: the same sums wherever made. */
export function prefixSums(values: Float64Array, into: Float64Array): Float64Array {
  let sum = 0;
  into[0] = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i] ?? 0;
    into[i + 1] = sum;
  }
  return into;
}

/**
 * The prefix sums of `count` series laid end to end in `values` (series s at [start[s], start[s + 1])), in one
 * buffer: series s's sums at [start[s] + s, start[s + 1] + s + 1), each from 0, added as `prefixSums` adds them.
 */
export function sharedPrefixSums(values: Float64Array, start: Int32Array, count: number): Float64Array {
  const prefix = new Float64Array((start[count] ?? 0) + count);
  for (let s = 0; s < count; s++) {
    const a = start[s] ?? 0;
    const b = start[s + 1] ?? 0;
    let sum = 0;
    prefix[a + s] = 0;
    for (let i = a; i < b; i++) {
      sum += values[i] ?? 0;
      prefix[i + s + 1] = sum;
    }
  }
  return prefix;
}

/** Rows per column chunk: large enough that a million rows are a few dozen allocations, small enough to grow by. */
const CHUNK = 1 << 16;

interface Chunk {
  series: Int32Array;
  days: Int32Array;
  values: Float64Array;
  rows: Float64Array;
}

const newChunk = (): Chunk => ({
  series: new Int32Array(CHUNK),
  days: new Int32Array(CHUNK),
  values: new Float64Array(CHUNK),
  rows: new Float64Array(CHUNK),
});

/**
 * Collects rows into typed-array column chunks while loading (a row is 24 bytes, not four boxed array slots), then
 * counting-sorts them by series into shared buffers: each Series's days, values and prefix sums are views of them.
 */
export class SeriesBuilder {
  readonly #index = new Map<string, Map<string, Map<string, number>>>();
  readonly #keys: { subject: string; channel: string; metric: string }[] = [];
  #chunks: Chunk[] = [];
  #current: Chunk | undefined;
  #fill = CHUNK;

  /** The index of a series by its ids, made on first sight: series come out in the order first seen. */
  seriesOf(subject: string, channel: string, metric: string): number {
    let byChannel = this.#index.get(subject);
    if (!byChannel) {
      byChannel = new Map();
      this.#index.set(subject, byChannel);
    }
    let byMetric = byChannel.get(channel);
    if (!byMetric) {
      byMetric = new Map();
      byChannel.set(channel, byMetric);
    }
    let at = byMetric.get(metric);
    if (at === undefined) {
      at = this.#keys.push({ subject, channel, metric }) - 1;
      byMetric.set(metric, at);
    }
    return at;
  }

  /** `row` is the caller's row number, handed back to name both rows of a duplicate. */
  add(subject: string, channel: string, metric: string, day: Day, value: number, row: number): void {
    this.addTo(this.seriesOf(subject, channel, metric), day, value, row);
  }

  /** Adds a row to a series from `seriesOf`: the hot path, no allocation but a chunk per 65,536 rows. */
  addTo(series: number, day: Day, value: number, row: number): void {
    let c = this.#current;
    if (!c || this.#fill === CHUNK) {
      c = newChunk();
      this.#chunks.push(c);
      this.#current = c;
      this.#fill = 0;
    }
    const i = this.#fill++;
    c.series[i] = series;
    c.days[i] = day;
    c.values[i] = value;
    c.rows[i] = row;
  }

  /**
   * Builds the series; reports duplicate days through `onDuplicate` (they are an error in the contract), naming
   * the row added first, then the other. The builder is empty afterwards: its chunks are freed before the views
   * are made, so a large load never holds both.
   */
  build(onDuplicate: (day: Day, firstRow: number, secondRow: number) => void): Series[] {
    const count = this.#keys.length;
    const chunks = this.#chunks;
    const fills = chunks.map((_, k) => (k === chunks.length - 1 ? this.#fill : CHUNK));
    this.#chunks = [];
    this.#current = undefined;
    this.#fill = CHUNK;
    const start = new Int32Array(count + 1);
    let total = 0;
    for (const [k, c] of chunks.entries()) {
      const n = fills[k] ?? 0;
      total += n;
      for (let i = 0; i < n; i++) {
        const at = (c.series[i] ?? 0) + 1;
        start[at] = (start[at] ?? 0) + 1;
      }
    }
    for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
    const days = new Int32Array(total);
    const values = new Float64Array(total);
    // A stable scatter: within a series, rows keep the order they came in. Row locators stay in the chunks: only
    // a duplicate needs one, and its rank among its series' rows finds it there.
    const next = start.slice(0, count);
    for (const [k, c] of chunks.entries()) {
      const n = fills[k] ?? 0;
      for (let i = 0; i < n; i++) {
        const s = c.series[i] ?? 0;
        const at = next[s] ?? 0;
        next[s] = at + 1;
        days[at] = c.days[i] ?? 0;
        values[at] = c.values[i] ?? 0;
      }
    }
    // Each duplicate as (series, rank of its first row, rank of the second, day), in series, then day order.
    const duplicates: number[] = [];
    for (let s = 0; s < count; s++) {
      const a = start[s] ?? 0;
      const b = start[s + 1] ?? 0;
      let sorted = true;
      for (let i = a + 1; i < b; i++)
        if ((days[i] ?? 0) < (days[i - 1] ?? 0)) {
          sorted = false;
          break;
        }
      // Exports append by date, so most series arrive sorted; the rest sort once, equal days in arrival order.
      const order = sorted ? undefined : sortRange(days, values, a, b);
      for (let i = a + 1; i < b; i++)
        if (days[i] === days[i - 1]) {
          const first = i - 1 - a;
          duplicates.push(
            s,
            order ? (order[first] ?? 0) : first,
            order ? (order[first + 1] ?? 0) : first + 1,
          );
          duplicates.push(days[i] ?? 0);
        }
    }
    if (duplicates.length > 0) reportDuplicates(duplicates, chunks, fills, onDuplicate);
    chunks.length = 0;
    const prefix = sharedPrefixSums(values, start, count);
    const out: Series[] = [];
    for (let s = 0; s < count; s++) {
      const a = start[s] ?? 0;
      const b = start[s + 1] ?? 0;
      const key = this.#keys[s] ?? { subject: '', channel: '', metric: '' };
      out.push(
        new Series(
          key.subject,
          key.channel,
          key.metric,
          days.subarray(a, b),
          values.subarray(a, b),
          prefix.subarray(a + s, b + s + 1),
        ),
      );
    }
    this.#index.clear();
    this.#keys.length = 0;
    return out;
  }
}

/**
 * Sorts rows [a, b) of the two columns by day, rows of one day in arrival order (a duplicate's first row first).
 * Returns each position's arrival rank within the range.
 */
function sortRange(days: Int32Array, values: Float64Array, a: number, b: number): Uint32Array {
  const n = b - a;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => (days[a + x] ?? 0) - (days[a + y] ?? 0) || x - y);
  const d = days.slice(a, b);
  const v = values.slice(a, b);
  for (let i = 0; i < n; i++) {
    const j = order[i] ?? 0;
    days[a + i] = d[j] ?? 0;
    values[a + i] = v[j] ?? 0;
  }
  return order;
}

/** Names both rows of each duplicate: one pass over the chunks gathers the locators of the series that have any. */
function reportDuplicates(
  duplicates: readonly number[],
  chunks: readonly Chunk[],
  fills: readonly number[],
  onDuplicate: (day: Day, firstRow: number, secondRow: number) => void,
): void {
  const rowsOf = new Map<number, number[]>();
  for (let k = 0; k < duplicates.length; k += 4) rowsOf.set(duplicates[k] ?? 0, []);
  for (const [k, c] of chunks.entries()) {
    const n = fills[k] ?? 0;
    for (let i = 0; i < n; i++) rowsOf.get(c.series[i] ?? 0)?.push(c.rows[i] ?? 0);
  }
  for (let k = 0; k < duplicates.length; k += 4) {
    const rows = rowsOf.get(duplicates[k] ?? 0) ?? [];
    onDuplicate(duplicates[k + 3] ?? 0, rows[duplicates[k + 1] ?? 0] ?? 0, rows[duplicates[k + 2] ?? 0] ?? 0);
  }
}

/** The in-memory series behind a reader: for what only a loaded file has (moving a sample, handing rows over). */
export function inMemory(reader: SeriesReader): Series {
  if (reader instanceof Series) return reader;
  throw new Error(`series ${reader.subject}/${reader.metric} is not held in memory`);
}
