import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { lexiconOf } from '../../src/core/answer.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { parseDay } from '../../src/core/model/dates.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';

export const MINI = fileURLToPath(new URL('../fixtures/data/mini.yaml', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../data/pulse.yaml', import.meta.url));

const cache = new Map<string, Promise<Dataset>>();
/** Loads a fixture once per test file. */
export const load = (path: string): Promise<Dataset> => {
  let p = cache.get(path);
  if (!p) {
    p = loadDataFile(path);
    cache.set(path, p);
  }
  return p;
};

export const day = (iso: string): number => {
  const d = parseDay(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
};

/** "Today" in the tests over mini.yaml. */
export const MINI_NOW = day('2024-02-29');

/**
 * mini.yaml as seen from channel C111 (its restricted campaign visible), loaded before the file's tests, and
 * the rule planner over it.
 */
export function useMini(): { ds: () => Dataset; plan: (q: string, previous?: QueryPlan) => QueryPlan } {
  let loaded: Dataset | undefined;
  beforeAll(async () => {
    loaded = (await load(MINI)).forChannel('C111');
  });
  const ds = (): Dataset => {
    if (!loaded) throw new Error('mini.yaml is loaded in beforeAll');
    return loaded;
  };
  const plan = (q: string, previous?: QueryPlan): QueryPlan =>
    planQuestion(q, { dataset: ds(), lexicon: lexiconOf(ds()), now: MINI_NOW, previous }).plan;
  return { ds, plan };
}
