import { DataError } from '../../core/errors.ts';
import type { Clock } from '../../core/ports.ts';
import { type FetchOptions, fetchCsv, type Validators } from './fetch-csv.ts';
import type { LiveEntry, LiveReader } from './load-data-file.ts';
import { summarizeFailure } from './source-error.ts';

/** One URL's last good copy and how its fetches went. */
interface LiveState {
  entry: LiveEntry;
  good?: string;
  validators: Validators;
  /** The last fetch that succeeded (a 304 included) and whose data was accepted. */
  fetchedAt?: Date;
  dueAt: number;
  error?: { error: Error; message: string; at: Date };
}

export interface LiveStatus {
  entry: LiveEntry;
  fetchedAt?: Date;
  error?: { message: string; at: Date };
}

export interface LiveSeriesOptions {
  clock: Clock;
  fetch?: FetchOptions['fetch'];
  timeoutMs?: number;
}

/**
 * The live (`{url: …}`) series of a data file: each URL's last good CSV, fetched again when its `refresh` is due
 * (or on a forced reload) with the validators of that copy. One load is a `LiveRound`: what it fetched counts
 * only once the dataset built from it validates, so a bad copy never replaces a good one.
 */
export class LiveSeries {
  readonly #states = new Map<string, LiveState>();
  readonly #options: LiveSeriesOptions;

  constructor(options: LiveSeriesOptions) {
    this.#options = options;
  }

  /** Whether any known URL is due for a fetch (false before the first load: there is nothing known yet). */
  due(): boolean {
    const now = this.#options.clock.now().getTime();
    return [...this.#states.values()].some((s) => s.dueAt <= now);
  }

  round(force: boolean): LiveRound {
    return new LiveRound(this.#states, this.#options, force);
  }

  statuses(): LiveStatus[] {
    return [...this.#states.values()].map((s) => ({
      entry: s.entry,
      fetchedAt: s.fetchedAt,
      error: s.error && { message: s.error.message, at: s.error.at },
    }));
  }

  /** The first live failure still standing, for `DataSource.lastError`. */
  lastError(): Error | undefined {
    for (const s of this.#states.values()) if (s.error) return s.error.error;
    return undefined;
  }
}

/** The fetches of one load, committed or rejected once the load's outcome is known. */
export class LiveRound {
  readonly #states: Map<string, LiveState>;
  readonly #options: LiveSeriesOptions;
  readonly #force: boolean;
  /** URL → a changed copy fetched in this round (200), or the good copy confirmed (304). */
  readonly #fetched = new Map<
    string,
    { text?: string; validators?: Validators; at: Date; rejected?: boolean }
  >();
  readonly #seen = new Set<string>();
  #failed = false;

  constructor(states: Map<string, LiveState>, options: LiveSeriesOptions, force: boolean) {
    this.#states = states;
    this.#options = options;
    this.#force = force;
  }

  /** Whether a fetch of this round failed (its last good copy was served instead). */
  get failed(): boolean {
    return this.#failed;
  }

  readonly read: LiveReader = async (entry) => {
    this.#seen.add(entry.url);
    let state = this.#states.get(entry.url);
    if (!state) {
      state = { entry, validators: {}, dueAt: 0 };
      this.#states.set(entry.url, state);
    }
    state.entry = entry;
    const fetched = this.#fetched.get(entry.url);
    if (fetched) return fetched.text ?? state.good;
    const at = this.#options.clock.now();
    if (!this.#force && state.dueAt > at.getTime()) return state.good;
    state.dueAt = at.getTime() + entry.refreshMs;
    try {
      const r = await fetchCsv(entry.url, state.good === undefined ? {} : state.validators, {
        label: entry.label,
        fetch: this.#options.fetch,
        timeoutMs: this.#options.timeoutMs,
      });
      this.#fetched.set(entry.url, r.changed ? { text: r.text, validators: r.validators, at } : { at });
      return r.changed ? r.text : state.good;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      this.#failed = true;
      state.error = { error, message: summarizeFailure(error), at };
      return state.good;
    }
  };

  /**
   * The load failed: copies fetched in this round whose label the problems name are refused (their last good
   * copy stands, and the failure is kept). Returns whether any was, so the load can be tried again without them.
   */
  reject(error: DataError): boolean {
    const named = new Set(error.issues.map((i) => i.file));
    let any = false;
    for (const [url, f] of this.#fetched) {
      const state = this.#states.get(url);
      if (!state || f.text === undefined || !named.has(state.entry.label)) continue;
      state.error = { error, message: summarizeFailure(error, state.entry.label), at: f.at };
      this.#fetched.set(url, { at: f.at, rejected: true });
      this.#failed = true;
      any = true;
    }
    return any;
  }

  /** The load succeeded: the copies it used become the good ones, and URLs it no longer names are forgotten. */
  commit(): void {
    for (const [url, f] of this.#fetched) {
      const state = this.#states.get(url);
      if (!state || f.rejected) continue;
      if (f.text !== undefined) {
        state.good = f.text;
        state.validators = f.validators ?? {};
      }
      state.error = undefined;
      state.fetchedAt = f.at;
    }
    for (const url of this.#states.keys()) if (!this.#seen.has(url)) this.#states.delete(url);
  }
}
