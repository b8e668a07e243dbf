import type { execute } from '../../src/core/engine/execute.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import type { Day } from '../../src/core/model/dates.ts';
import { aggregations, type Figures, pulseFigures, sameFigures } from './aggregations.ts';
import type { GeneratedData } from './generate-data.ts';
import { line, pad, ratio, type TargetResult } from './report.ts';
import { buildSqlite } from './sqlite-side.ts';
import { ms, timeMedian } from './stats.ts';

// The seven aggregations in the engine (execute: aggregation only, no question parsing) and in SQLite,
// timed side by side and checked against each other.

export interface Engine {
  dataset: Dataset;
  execute: typeof execute;
  nowDay: Day;
}

export function compareWithSqlite(data: GeneratedData, now: string, engine: Engine): TargetResult[] {
  const sqlite = buildSqlite(data.csvPath, data.catalog);
  line(
    `SQLite: ${sqlite.rows.toLocaleString('en')} rows inserted in ${ms(sqlite.insertMs)}, ` +
      `covering indexes + ANALYZE in ${ms(sqlite.indexMs)}`,
  );
  const widths = [32, 10, 10, 9, 4, 14];
  line(pad(['aggregation', 'pulse', 'sqlite', 'speed-up', 'same', 'figure'], widths));
  let slower = 0;
  let mismatches = 0;
  for (const agg of aggregations(data.catalog, data.firstDay, now)) {
    const stmt = sqlite.db.prepare(agg.sql);
    const runSql = () => stmt.all(agg.params) as { k: string; v: number }[];
    const runPulse = () => engine.execute(engine.dataset, agg.plan, engine.nowDay);
    const mine = pulseFigures(runPulse());
    const theirs: Figures = runSql().map((r) => [String(r.k), r.v]);
    const same = sameFigures(mine, theirs, agg.ordered);
    if (!same) {
      mismatches++;
      line(`  ✗ ${agg.name}: pulse ${JSON.stringify(mine)} vs sqlite ${JSON.stringify(theirs)}`);
    }
    const pulseMs = timeMedian(runPulse);
    const sqlMs = timeMedian(runSql, 400);
    if (sqlMs <= pulseMs) slower++;
    const shown = mine.length === 1 ? (mine[0]?.[1] ?? 0).toLocaleString('en') : `${mine.length} groups`;
    line(pad([agg.name, ms(pulseMs), ms(sqlMs), ratio(sqlMs / pulseMs), same ? '✓' : '✗', shown], widths));
  }
  sqlite.db.close();
  return [
    { target: 'every aggregation faster than SQLite', figure: `${slower} not faster`, pass: slower === 0 },
    { target: 'same figures as SQLite', figure: `${mismatches} mismatch(es)`, pass: mismatches === 0 },
  ];
}
