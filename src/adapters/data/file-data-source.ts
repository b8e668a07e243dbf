import { basename } from 'node:path';
import type { DataSource, SourceStatus } from '../../app/pulse-types.ts';
import { DataError, SourceError } from '../../core/errors.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { formatDay } from '../../core/model/dates.ts';
import { type Clock, systemClock } from '../../core/ports.ts';
import { LiveSeries } from './live-series.ts';
import { type Loaded, type LoadOptions, loadDataSources } from './load-data-file.ts';
import type { DatabaseOptions } from './load-database.ts';
import { summarizeFailure } from './source-error.ts';

export interface FileDataSourceOptions extends DatabaseOptions {
  clock?: Clock;
  /** How live (`{url: …}`) series are fetched; the global fetch by default. */
  fetch?: typeof fetch;
  fetchTimeoutMs?: number;
  /**
   * How reloads read the file and its CSVs: in this thread by default, or `loadSourcesInWorker` for a bot. The
   * first load always runs here: nothing is served yet, so a worker would only add its start-up.
   */
  load?: (path: string, options: Pick<LoadOptions, 'live' | 'snapshots'>) => Promise<Loaded>;
  /** A folder for snapshots of the loaded data (`<stateDir>/snapshots`): a restart with unchanged files reads one. */
  snapshots?: string;
}

type ReloadResult = { ok: true } | { ok: false; error: Error };

/**
 * Serves the last good dataset from a file, its CSV includes and its live URLs. A reload that fails validation
 * is refused, and the reason kept, while the previous data keeps answering; a URL that fails or serves a bad CSV
 * keeps its last good copy in the data while the rest reloads.
 */
export class FileDataSource implements DataSource {
  readonly #path: string;
  readonly #clock: Clock;
  readonly #live: LiveSeries;
  readonly #read: NonNullable<FileDataSourceOptions['load']>;
  #loaded!: Loaded;
  #loadedAt!: Date;
  #error: { error: Error; at: Date } | undefined;
  /** Loads run one at a time: a timer's refresh and a `/pulse reload` never interleave their fetches. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly #databases: DatabaseOptions;
  readonly #snapshots: string | undefined;
  /** When the database tables' indexes were last read: they are read again as their `refresh` falls due. */
  #indexedAt = 0;

  private constructor(path: string, options: FileDataSourceOptions) {
    this.#path = path;
    this.#clock = options.clock ?? systemClock;
    this.#read = options.load ?? loadDataSources;
    const clock = this.#clock;
    this.#databases = {
      connections: options.connections,
      env: options.env,
      now: () => clock.now().getTime(),
    };
    this.#snapshots = options.snapshots;
    this.#live = new LiveSeries({
      clock: this.#clock,
      fetch: options.fetch,
      timeoutMs: options.fetchTimeoutMs,
    });
  }

  /**
   * Loads the file once; a broken file at start-up is an error (there is nothing good to serve). A live URL
   * that cannot be fetched is not: it serves no rows until it can, and its status says why.
   */
  static async open(path: string, options: FileDataSourceOptions = {}): Promise<FileDataSource> {
    const source = new FileDataSource(path, options);
    const first = await source.#load(true);
    if (!source.#loaded) throw first.ok ? new Error('no data loaded') : first.error;
    return source;
  }

  current(): Dataset {
    return this.#loaded.dataset;
  }

  lastError(): Error | undefined {
    return this.#error?.error ?? this.#live.lastError();
  }

  /** Re-reads the file and fetches every live URL now (with its validators). */
  reload(): Promise<ReloadResult> {
    return this.#enqueue(true);
  }

  /**
   * For the refresh timer: reloads when a live URL's `refresh` is due (fetching only those), when a database
   * table's index is due, or at once while a database could not be reached, so figures come back on their own.
   */
  async refresh(): Promise<ReloadResult | undefined> {
    if (!this.#live.due() && !this.#databaseDue()) return undefined;
    return this.#enqueue(false);
  }

  #databaseDue(): boolean {
    const tables = this.#loaded.databases;
    if (tables.length === 0) return false;
    if (this.#error?.error instanceof SourceError || tables.some((t) => t.error)) return true;
    // A figure query could not reach a table lately: read the index again now, not at the next `refresh`.
    if (this.#loaded.dataset.figures?.unavailable()) return true;
    const every = Math.min(...tables.map((t) => t.refreshMs));
    return this.#clock.now().getTime() - this.#indexedAt >= every;
  }

  /** Whether the file names any live URL or database table (then a refresh timer is worth running). */
  hasLive(): boolean {
    return this.#loaded.live.length > 0 || this.#loaded.databases.length > 0;
  }

  sources(): SourceStatus[] {
    const live = new Map(this.#live.statuses().map((s) => [s.entry.label, s]));
    const names = [basename(this.#path), ...this.#loaded.reach.map((r) => r.source)];
    const through = new Map(this.#loaded.reach.map((r) => [r.source, r.through]));
    const days = (name: string): Record<string, string> =>
      Object.fromEntries([...(through.get(name) ?? [])].map(([m, d]) => [m, formatDay(d)]));
    const tables = new Map(this.#loaded.databases.map((d) => [d.label, d]));
    const files = [...new Set(names)].filter((n) => !live.has(n) && !tables.has(n));
    const down = this.#error?.error instanceof SourceError ? this.#error : undefined;
    return [
      ...files.map((name, i): SourceStatus => {
        const failed = this.#error && this.#fileError(name, i === 0);
        return { kind: 'file', name, through: days(name), loadedAt: this.#loadedAt, error: failed };
      }),
      ...[...live.values()].map(
        (s): SourceStatus => ({
          kind: 'url',
          name: s.entry.label,
          through: days(s.entry.label),
          loadedAt: s.fetchedAt,
          error: s.error,
          refreshMs: s.entry.refreshMs,
        }),
      ),
      ...[...tables.values()].map((d): SourceStatus => {
        const failed = d.error ? { error: d.error, at: this.#loadedAt } : down;
        return {
          kind: 'database',
          name: d.label,
          through: days(d.label),
          loadedAt: d.error ? undefined : this.#loadedAt,
          error: failed && { message: failed.error.message, at: failed.at },
          refreshMs: d.refreshMs,
        };
      }),
    ];
  }

  /** The standing load failure as it concerns one file; the data file also takes what names no file. */
  #fileError(name: string, isDataFile: boolean): SourceStatus['error'] {
    const failure = this.#error;
    if (!failure) return undefined;
    const issues = failure.error instanceof DataError ? failure.error.issues : [];
    const own = issues.some((i) => i.file === name);
    if (!own && !(isDataFile && issues.length === 0)) return undefined;
    return { message: summarizeFailure(failure.error, own ? name : undefined), at: failure.at };
  }

  #enqueue(force: boolean): Promise<ReloadResult> {
    const next = this.#queue.then(() => this.#load(force));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #load(force: boolean): Promise<ReloadResult> {
    const round = this.#live.round(force);
    const at = this.#clock.now();
    // A database's connection lives in this thread, so a file naming one never loads on the worker.
    const read =
      this.#loaded && this.#loaded.databases.length === 0
        ? this.#read
        : (path: string, o: Pick<LoadOptions, 'live' | 'snapshots'>) =>
            loadDataSources(path, { ...o, ...this.#databases });
    const options = { live: round.read, snapshots: this.#snapshots };
    let loaded: Loaded;
    try {
      loaded = await read(this.#path, options);
    } catch (error) {
      // A URL's bad copy is refused on its own, and the rest tried again with its last good copy.
      if (!(error instanceof DataError) || !round.reject(error)) return this.#refused(error as Error, at);
      try {
        loaded = await read(this.#path, options);
      } catch (again) {
        return this.#refused(again as Error, at);
      }
    }
    this.#indexedAt = at.getTime();
    // A database that stopped answering keeps its last good index serving: its figures still come from queries,
    // which answer again as soon as it is back. Only a first load serves a table it cannot reach.
    const down = loaded.databases.find((d) => d.error)?.error;
    if (down && this.#loaded && !this.#loaded.databases.some((d) => d.error)) return this.#refused(down, at);
    round.commit();
    this.#loaded = loaded;
    this.#loadedAt = at;
    this.#error = undefined;
    const failed = round.failed ? this.#live.lastError() : undefined;
    return failed ? { ok: false, error: failed } : { ok: true };
  }

  #refused(error: Error, at: Date): ReloadResult {
    this.#error = { error, at };
    return { ok: false, error };
  }
}

/** A fixed dataset, for tests and benchmarks. */
export const staticDataSource = (dataset: Dataset): DataSource => ({
  current: () => dataset,
  reload: async () => ({ ok: true }),
  lastError: () => undefined,
});
