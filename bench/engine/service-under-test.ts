import { staticDataSource } from '../../src/adapters/data/file-data-source.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import { execute } from '../../src/core/engine/execute.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { type Day, parseDay } from '../../src/core/model/dates.ts';

// The pieces under test, wired the way the CLI wires them (no LLM, in-memory store, a fixed "today"), with
// the answer cache off.

export interface UnderTest {
  dataset: Dataset;
  service: PulseService;
  execute: typeof execute;
  nowDay: Day;
}

export async function openService(yamlPath: string, now: string): Promise<UnderTest> {
  const nowDay = parseDay(now);
  if (nowDay === undefined) throw new RangeError(`not a date: ${now}`);
  const dataset = await loadDataFile(yamlPath);
  const service = createPulseService({
    data: staticDataSource(dataset),
    store: new MemoryStore(),
    fixedNow: now,
    // Every question answered afresh: the figure is the engine's and the planner's, not a cache lookup.
    answerCacheSize: 0,
  });
  return { dataset, service, execute, nowDay };
}
