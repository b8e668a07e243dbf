import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { parseDocument } from 'yaml';
import { DatabaseConnections } from '../src/adapters/data/database-connections.ts';
import { FileDataSource } from '../src/adapters/data/file-data-source.ts';
import { pgTableName } from '../src/adapters/sql/postgres-ddl.ts';
import { createPostgresRunner, type SqlRunner } from '../src/adapters/sql/postgres-runner.ts';
import { copyCsvToTable } from '../src/adapters/sql/series-table.ts';
import { parseTableRef } from '../src/adapters/sql/sql-dialect.ts';
import { MemoryStore } from '../src/adapters/store/memory-store.ts';
import { createPulseService } from '../src/app/pulse-service.ts';
import { generateData } from './engine/generate-data.ts';
import { measureAsk } from './engine/measure-ask.ts';
import { buildQuestions } from './engine/questions.ts';
import { line, type TargetResult } from './engine/report.ts';
import { mb, ms } from './engine/stats.ts';

// `npm run bench:pg`: the bench's data (10,000,000 rows by default) in a PostgreSQL table with the indexes of
// docs/series-in-a-database.md, then the bench's 200 questions through the service with every figure computed
// by the database. Figures only: nothing here is a timed test.
//   npm run bench:pg [-- --rows 10000000 --url postgresql://postgres@127.0.0.1:5432/test --keep-table --reuse-table]

const NOW = '2024-06-30';
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    url: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/test' },
    table: { type: 'string', default: 'public.pulse_bench_series' },
    passes: { type: 'string', default: '3' },
    'keep-table': { type: 'boolean', default: false },
    /** Keep a table a --keep-table run left with as many rows (the generator is seeded: they are the same). */
    'reuse-table': { type: 'boolean', default: false },
  },
});
const rows = Number(args.rows);
const url = args.url ?? '';
const tableName = args.table ?? 'public.pulse_bench_series';
const table = parseTableRef(tableName);

/** Counts the queries the service sends, to show one query per metric and kind of read. */
class CountingRunner implements SqlRunner {
  readonly source: string;
  readonly #inner: SqlRunner;
  queries = 0;
  constructor(inner: SqlRunner) {
    this.#inner = inner;
    this.source = inner.source;
  }
  query<T>(q: Parameters<SqlRunner['query']>[0]): Promise<T[]> {
    this.queries++;
    return this.#inner.query<T>(q);
  }
  end(): Promise<void> {
    return this.#inner.end();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pulse-pg-bench-'));
const results: TargetResult[] = [];
const connections = new DatabaseConnections((u) => new CountingRunner(createPostgresRunner(u)));
try {
  line(`Pulse with its series in PostgreSQL — node ${process.version}, ${rows.toLocaleString('en')} rows`);
  line(`load average ${(loadavg()[0] ?? 0).toFixed(2)}`);
  let t = performance.now();
  const data = generateData({ dir, rows, last: NOW });
  line(
    `generated ${data.rows.toLocaleString('en')} rows (${mb(data.csvBytes)} CSV) in ${ms(performance.now() - t)}`,
  );

  t = performance.now();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const held = args['reuse-table']
    ? await sql
        .unsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${pgTableName(table)}`)
        .then((r) => r[0]?.n ?? 0)
        .catch(() => 0)
    : 0;
  if (held === data.rows) line(`reusing ${tableName} (${held.toLocaleString('en')} rows)`);
  else {
    await copyCsvToTable(url, table, [data.csvPath]);
    line(`COPY into ${tableName}, primary key, covering index, ANALYZE: ${ms(performance.now() - t)}`);
  }
  const [size] = await sql.unsafe<{ table: string; indexes: string }[]>(
    `SELECT pg_size_pretty(pg_table_size('${tableName}')) AS table, pg_size_pretty(pg_indexes_size('${tableName}')) AS indexes`,
  );
  await sql.end();
  line(`table ${size?.table}, indexes ${size?.indexes}`);

  const doc = parseDocument(readFileSync(data.yamlPath, 'utf8'));
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the data file's own syntax.
  doc.set('series', [{ database: '${PULSE_SERIES_URL}', table: tableName }]);
  const yamlPath = join(dir, 'pulse-pg.yaml');
  writeFileSync(yamlPath, doc.toString());

  t = performance.now();
  const source = await FileDataSource.open(yamlPath, { connections, env: { PULSE_SERIES_URL: url } });
  const ds = source.current();
  line(
    `index read (one aggregate query) and catalog checked: ${ms(performance.now() - t)}; ${ds.series.length.toLocaleString('en')} series`,
  );
  const service = createPulseService({
    data: source,
    store: new MemoryStore(),
    fixedNow: NOW,
    answerCacheSize: 0,
  });
  const runner = connections.get(url, 'bench', 'series[0]').runner as CountingRunner;
  const questions = buildQuestions(data.catalog, 200);
  line('\n## ask latency (rules only, MemoryStore, answer cache off; figures by SQL)');
  const before = runner.queries;
  results.push(...(await measureAsk(service, questions, Number(args.passes), { p50: 50, p99: 200 })));
  const asked = questions.length * (Number(args.passes) + 2);
  line(
    `SQL queries: ${runner.queries - before} for ${asked} questions (${((runner.queries - before) / asked).toFixed(2)} per question)`,
  );

  line(`\n## Targets (${rows.toLocaleString('en')} rows in PostgreSQL)`);
  for (const r of results) line(`${r.pass ? 'PASS' : 'FAIL'}  ${r.target.padEnd(38)} ${r.figure}`);
} finally {
  await connections.close();
  if (!args['keep-table']) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql.unsafe(`DROP TABLE IF EXISTS ${pgTableName(table)}`);
    await sql.end();
  }
  rmSync(dir, { recursive: true, force: true });
}
