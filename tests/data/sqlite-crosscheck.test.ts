import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregations, pulseFigures, sameFigures } from '../../bench/engine/aggregations.ts';
import { duckdbSide } from '../../bench/engine/duckdb-side.ts';
import { generateData } from '../../bench/engine/generate-data.ts';
import { sqliteSide } from '../../bench/engine/sqlite-side.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { execute } from '../../src/core/engine/execute.ts';
import { day } from '../helpers/fixtures.ts';

// The engine against two independent implementations: the benchmark's seven aggregations in SQLite and in
// DuckDB, on 150,000 generated rows. A figure that differs is a bug in one of them (or in the bench's SQL).
describe('engine figures match SQLite and DuckDB on generated data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-crosscheck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same figures for every aggregation', async () => {
    const data = generateData({ dir, rows: 150_000, seed: 11 });
    const dataset = await loadDataFile(data.yamlPath);
    const now = data.lastDay;
    const databases = [sqliteSide(), duckdbSide()];
    for (const side of databases) await side.load(data);
    const checked: { name: string; same: boolean; nonZero: boolean }[] = [];
    for (const agg of aggregations(data.catalog, data.firstDay, now)) {
      const mine = pulseFigures(execute(dataset, agg.plan, day(now)));
      for (const side of databases) {
        const theirs = await (await side.query(agg))();
        checked.push({
          name: `${agg.name} (${side.name})`,
          same: sameFigures(mine, theirs, agg.ordered),
          nonZero: mine.some(([, v]) => v > 0),
        });
      }
    }
    for (const side of databases) await side.close();
    expect(checked.length).toBe(14);
    expect(checked.filter((c) => !c.same).map((c) => c.name)).toEqual([]);
    expect(checked.filter((c) => c.nonZero).length).toBeGreaterThanOrEqual(10);
  });
});
