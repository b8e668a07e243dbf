import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { DatabaseConnections } from '../../src/adapters/data/database-connections.ts';
import { FileDataSource, staticDataSource } from '../../src/adapters/data/file-data-source.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { createPostgresRunner, type SqlRunner } from '../../src/adapters/sql/postgres-runner.ts';
import { writeSeriesTable } from '../../src/adapters/sql/series-table.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import { SourceError } from '../../src/core/errors.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { openTestPostgres, PG_SKIPPED, PG_URL, uniqueSchema } from '../sql/pg-env.ts';

// The contract of shared/spec/imports.md: series in a PostgreSQL table give the same answers as the same rows in a
// file, every figure computed by the database; an unreachable database is said so and recovers on its own.

const PUBLIC = resolve(import.meta.dirname, '../../../shared/eval/public');
const DATA = join(PUBLIC, 'harbourview.yaml');
const questionsOf = (set: string): { now: string; questions: string[] } => {
  const json = JSON.parse(readFileSync(join(PUBLIC, set), 'utf8')) as {
    now: string;
    questions: { q: string }[];
  };
  return { now: json.now, questions: json.questions.map((q) => q.q) };
};

/** A runner that counts its queries and can be switched off, as a database that stops answering. */
class SwitchableRunner implements SqlRunner {
  readonly source: string;
  readonly #inner: SqlRunner;
  down = false;
  queries = 0;
  constructor(inner: SqlRunner) {
    this.#inner = inner;
    this.source = inner.source;
  }
  async query<T>(q: Parameters<SqlRunner['query']>[0]): Promise<T[]> {
    if (this.down) throw new SourceError(this.source, `${this.source} refused the connection`);
    this.queries++;
    return this.#inner.query<T>(q);
  }
  end(): Promise<void> {
    return this.#inner.end();
  }
}

describe.skipIf(PG_SKIPPED)('series in a PostgreSQL table', () => {
  const schema = uniqueSchema('figures');
  const table = `${schema}.series`;
  let dir: string;
  let file: Dataset;
  let runner: SwitchableRunner;
  let connections: DatabaseConnections;
  let yamlPath: string;

  beforeAll(async () => {
    const admin = await openTestPostgres();
    await admin.query({ text: `CREATE SCHEMA "${schema}"`, params: [] });
    await admin.end();
    file = await loadDataFile(DATA);
    await writeSeriesTable(PG_URL, { parts: [schema, 'series'] }, file);
    dir = mkdtempSync(join(tmpdir(), 'pulse-pg-'));
    const doc = parseDocument(readFileSync(DATA, 'utf8'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the data file's own syntax.
    doc.set('series', [{ database: '${PULSE_TEST_SERIES_URL}', table }]);
    yamlPath = join(dir, 'harbourview.yaml');
    writeFileSync(yamlPath, doc.toString());
    runner = new SwitchableRunner(createPostgresRunner(PG_URL));
    connections = new DatabaseConnections(() => runner);
  });

  afterAll(async () => {
    await connections?.close();
    const admin = await openTestPostgres();
    await admin.query({ text: `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, params: [] });
    await admin.end();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = () => FileDataSource.open(yamlPath, { connections, env: { PULSE_TEST_SERIES_URL: PG_URL } });

  it.each(['questions.json', 'no-figure.json', 'freshness.json'])(
    'answers every question of %s exactly as the file does',
    async (set) => {
      const { now, questions } = questionsOf(set);
      const db = await open();
      expect(db.current().series.length).toBe(file.series.length);
      const fromDb = createPulseService({
        data: db,
        store: new MemoryStore(),
        fixedNow: now,
        answerCacheSize: 0,
      });
      const fromFile = createPulseService({
        data: staticDataSource(file),
        store: new MemoryStore(),
        fixedNow: now,
        answerCacheSize: 0,
      });
      for (const q of questions) {
        const [a, b] = await Promise.all([fromDb.ask(q), fromFile.ask(q)]);
        // The footer names the data file; both are harbourview.yaml, so the whole text must match.
        expect(a.text, q).toBe(b.text);
      }
    },
  );

  it('gives the same digest as the file', async () => {
    const db = await open();
    const options = { period: 'week' as const };
    const [a, b] = await Promise.all([
      createPulseService({ data: db, store: new MemoryStore(), fixedNow: '2024-07-01' }).digest(options),
      createPulseService({
        data: staticDataSource(file),
        store: new MemoryStore(),
        fixedNow: '2024-07-01',
      }).digest(options),
    ]);
    expect(a.rendered.text).toBe(b.rendered.text);
    expect(a.result.total.current).toBeGreaterThan(0);
  });

  it('reads whole months and whole series from the index, and asks one query for what cuts a month', async () => {
    const db = await open();
    const service = createPulseService({ data: db, store: new MemoryStore(), fixedNow: '2024-06-27' });
    const fromFile = createPulseService({
      data: staticDataSource(file),
      store: new MemoryStore(),
      fixedNow: '2024-06-27',
    });
    const cases: [string, number][] = [
      ['How many views did Neon Bridges get in May?', 0],
      ['total views of Neon Bridges of all time', 0],
      ['How many views did Neon Bridges get from May 3 to May 10?', 1],
      // Both ends cut a month: the days outside the window are fewer, and both go in one query.
      ['How many views did Neon Bridges get from May 3 to June 20?', 1],
    ];
    for (const [q, queries] of cases) {
      const before = runner.queries;
      const a = await service.ask(q);
      expect(runner.queries - before, q).toBe(queries);
      expect(a.text, q).toBe((await fromFile.ask(q)).text);
      expect(a.text, q).toMatch(/\d{1,3}(,\d{3})+/);
    }
  });

  it('says the figures are unavailable while the database is down, and recovers on its own', async () => {
    let now = Date.parse('2024-06-27T09:00:00Z');
    const clock = { now: () => new Date(now) };
    const db = await FileDataSource.open(yamlPath, {
      connections,
      env: { PULSE_TEST_SERIES_URL: PG_URL },
      clock,
    });
    const service = createPulseService({ data: db, store: new MemoryStore(), fixedNow: '2024-06-27' });
    runner.down = true;
    const down = await service.ask('How many views did Neon Bridges get from May 3 to May 10?');
    expect(down.text).toContain('cannot be reached');
    expect(down.text).not.toMatch(/\d,\d{3}/);
    expect(down.degraded).toBe(true);
    // Known down: a figure the index alone could give is not told as if all were well.
    const month = await service.ask('How many views did Neon Bridges get in May?');
    expect(month.text).toContain('cannot be reached');
    expect(month.text).not.toMatch(/\d,\d{3}/);
    // The catalog needs no figure: lists still answer, and a question not understood still says so.
    const campaigns = await service.ask('Which campaigns are there?');
    for (const c of file.catalog.campaigns) expect(campaigns.text).toContain(c.name);
    expect((await service.ask('What is the weather in Harbourview?')).text).not.toContain(
      'cannot be reached',
    );
    runner.down = false;
    // Half a minute later the next question tries the database again.
    now += 31_000;
    const back = await service.ask('How many views did Neon Bridges get from May 3 to May 10?');
    expect(back.text).toMatch(/\d,\d{3}/);
    expect((await service.ask('How many views did Neon Bridges get in May?')).text).toContain('185,897');
  });

  it('reads the index again at the next tick after a figure query could not reach the database', async () => {
    const db = await open();
    const service = createPulseService({ data: db, store: new MemoryStore(), fixedNow: '2024-06-27' });
    runner.down = true;
    await service.ask('How many views did Neon Bridges get from May 3 to May 10?');
    runner.down = false;
    const before = runner.queries;
    expect(await db.refresh()).toEqual({ ok: true });
    expect(runner.queries - before).toBe(1);
    expect((await service.ask('How many views did Neon Bridges get in May?')).text).toContain('185,897');
  });

  it('starts while the database is down, says so, and serves figures once a refresh reaches it', async () => {
    runner.down = true;
    const db = await open();
    const service = createPulseService({ data: db, store: new MemoryStore(), fixedNow: '2024-06-27' });
    const down = await service.ask('How many views did Neon Bridges get in May?');
    expect(down.text).toContain('cannot be reached');
    const campaigns = await service.ask('Which campaigns are there?');
    for (const c of file.catalog.campaigns) expect(campaigns.text).toContain(c.name);
    expect(db.sources().find((s) => s.kind === 'database')?.error?.message).toContain('refused');
    runner.down = false;
    expect(await db.refresh()).toEqual({ ok: true });
    const back = await service.ask('How many views did Neon Bridges get in May?');
    expect(back.text).toContain('185,897');
    expect(db.sources().find((s) => s.kind === 'database')?.error).toBeUndefined();
  });

  it('refuses ids the catalog lacks, as it would in a file', async () => {
    const admin = await openTestPostgres();
    const bad = `${schema}.bad`;
    await admin.query({ text: `CREATE TABLE ${bad} (LIKE ${table})`, params: [] });
    await admin.query({
      text: `INSERT INTO ${bad} VALUES ('2024-01-01', 'no_such_video', '', 'views', 1)`,
      params: [],
    });
    await admin.end();
    const doc = parseDocument(readFileSync(yamlPath, 'utf8'));
    doc.set('series', [{ database: PG_URL, table: bad }]);
    const badPath = join(dir, 'bad.yaml');
    writeFileSync(badPath, doc.toString());
    await expect(FileDataSource.open(badPath, { connections, env: {} })).rejects.toThrow(
      /unknown subject "no_such_video" \(1 row\)/,
    );
  });
});
