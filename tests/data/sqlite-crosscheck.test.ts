import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregations, type Figures, pulseFigures, sameFigures } from '../../bench/engine/aggregations.ts';
import { generateData } from '../../bench/engine/generate-data.ts';
import { buildSqlite } from '../../bench/engine/sqlite-side.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { execute } from '../../src/core/engine/execute.ts';
import { day } from '../helpers/fixtures.ts';

// The engine against an independent implementation: the benchmark's seven aggregations in SQLite, on 20,000
// generated rows. A figure that differs is a bug in one of them.
describe('engine figures match SQLite on generated data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-crosscheck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same figures for every aggregation', async () => {
    const data = generateData({ dir, rows: 150_000, seed: 11 });
    const dataset = await loadDataFile(data.yamlPath);
    const sqlite = buildSqlite(data.csvPath, data.catalog);
    const now = data.lastDay;
    const checked = aggregations(data.catalog, data.firstDay, now).map((agg) => {
      const mine = pulseFigures(execute(dataset, agg.plan, day(now)));
      const theirs: Figures = (sqlite.db.prepare(agg.sql).all(agg.params) as { k: string; v: number }[]).map(
        (r) => [String(r.k), r.v],
      );
      return { name: agg.name, same: sameFigures(mine, theirs, agg.ordered), mine };
    });
    sqlite.db.close();
    expect(checked.length).toBe(7);
    expect(checked.filter((c) => !c.same).map((c) => c.name)).toEqual([]);
    expect(checked.filter((c) => c.mine.some(([, v]) => v > 0)).length).toBeGreaterThanOrEqual(5);
  });
});
