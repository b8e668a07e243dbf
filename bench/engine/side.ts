import type { Aggregation, Figures } from './aggregations.ts';
import type { GeneratedData } from './generate-data.ts';

// One "side" of the side-by-side benchmark: something that loads the generated rows and answers the seven
// aggregations. Pulse, SQLite and DuckDB are sides; another database is one more file implementing this.

/** One timed step of a load: wall time, and CPU time of the whole process (a database's threads included). */
export interface LoadPhase {
  label: string;
  ms: number;
  cpuMs: number;
}

/** Runs one aggregation, ready to call: statements are prepared beforehand, outside the timing. */
export type Query = () => Figures | Promise<Figures>;

export interface Side {
  readonly name: string;
  /** Loads the rows (CSV and catalog), timing each phase. */
  load(data: GeneratedData): Promise<LoadPhase[]>;
  query(agg: Aggregation): Promise<Query>;
  /** Frees the side's memory, so the next size starts clean. */
  close(): Promise<void>;
}

/** Times `fn` as one load phase. */
export async function phase<T>(label: string, fn: () => T | Promise<T>): Promise<[T, LoadPhase]> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [value, { label, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }];
}
