import { fileURLToPath } from 'node:url';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { parseDay } from '../../src/core/model/dates.ts';

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
