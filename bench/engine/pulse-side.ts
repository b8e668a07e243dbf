import { pulseFigures } from './aggregations.ts';
import type { GeneratedData } from './generate-data.ts';
import { openService, type UnderTest } from './service-under-test.ts';
import { type LoadPhase, phase, type Side } from './side.ts';

// Pulse as a side: the data file loaded in this process as the service loads it, and the aggregations run
// through `execute` (aggregation only, no question parsing). The service stays open for the ask latencies.

/**
 * A second way to load the same data file, timed as its own phase: the snapshot cache, once the loader has
 * one. Pass it to pulseSide and the load table gains a "from snapshot cache" row.
 */
export type CacheLoad = (yamlPath: string) => Promise<unknown>;

export interface PulseSide extends Side {
  /** The service under test, once loaded. */
  readonly engine: UnderTest | undefined;
}

export function pulseSide(now: string, fromCache?: CacheLoad): PulseSide {
  let engine: UnderTest | undefined;
  return {
    name: 'pulse',
    get engine() {
      return engine;
    },
    async load(data: GeneratedData) {
      const phases: LoadPhase[] = [];
      const [opened, fromCsv] = await phase('from CSV (loadDataFile, in this process)', () =>
        openService(data.yamlPath, now),
      );
      engine = opened;
      phases.push(fromCsv);
      if (fromCache) phases.push((await phase('from snapshot cache', () => fromCache(data.yamlPath)))[1]);
      return phases;
    },
    async query(agg) {
      const e = engine;
      if (!e) throw new Error('Pulse: load first');
      return () => pulseFigures(e.execute(e.dataset, agg.plan, e.nowDay));
    },
    async close() {
      engine = undefined;
    },
  };
}
