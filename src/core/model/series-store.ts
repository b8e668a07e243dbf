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

  constructor(subject: string, channel: string, metric: string, days: Int32Array, values: Float64Array) {
    this.subject = subject;
    this.channel = channel;
    this.metric = metric;
    this.days = days;
    this.values = values;
    const prefix = new Float64Array(values.length + 1);
    for (let i = 0; i < values.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (values[i] ?? 0);
    this.prefix = prefix;
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

interface Group {
  subject: string;
  channel: string;
  metric: string;
  days: number[];
  values: number[];
  rows: number[];
}

/** Collects rows column-wise while loading, then sorts each key once into a Series. */
export class SeriesBuilder {
  readonly #index = new Map<string, Map<string, Map<string, Group>>>();
  readonly #groups: Group[] = [];

  /** `row` is the caller's row number, handed back to name both rows of a duplicate. */
  add(subject: string, channel: string, metric: string, day: Day, value: number, row: number): void {
    // Nested maps look the three ids up as they are: no key string to build and hash per row.
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
    let g = byMetric.get(metric);
    if (!g) {
      g = { subject, channel, metric, days: [], values: [], rows: [] };
      byMetric.set(metric, g);
      this.#groups.push(g);
    }
    g.days.push(day);
    g.values.push(value);
    g.rows.push(row);
  }

  /** Builds the series; reports duplicate days through `onDuplicate` (they are an error in the contract). */
  build(onDuplicate: (day: Day, firstRow: number, secondRow: number) => void): Series[] {
    const out: Series[] = [];
    for (const g of this.#groups) {
      const n = g.days.length;
      const order = new Uint32Array(n);
      let sorted = true;
      for (let i = 0; i < n; i++) {
        order[i] = i;
        if (i > 0 && (g.days[i] ?? 0) < (g.days[i - 1] ?? 0)) sorted = false;
      }
      if (!sorted) order.sort((a, b) => (g.days[a] ?? 0) - (g.days[b] ?? 0));
      const days = new Int32Array(n);
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const j = order[i] ?? 0;
        days[i] = g.days[j] ?? 0;
        values[i] = g.values[j] ?? 0;
        if (i > 0 && days[i] === days[i - 1])
          onDuplicate(days[i] ?? 0, g.rows[order[i - 1] ?? 0] ?? 0, g.rows[j] ?? 0);
      }
      out.push(new Series(g.subject, g.channel, g.metric, days, values));
    }
    return out;
  }
}

/** The in-memory series behind a reader: for what only a loaded file has (moving a sample, handing rows over). */
export function inMemory(reader: SeriesReader): Series {
  if (reader instanceof Series) return reader;
  throw new Error(`series ${reader.subject}/${reader.metric} is not held in memory`);
}
