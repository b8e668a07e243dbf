import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { Dataset } from '../../core/model/dataset.ts';
import { formatDay } from '../../core/model/dates.ts';
import { inMemory } from '../../core/model/series-store.ts';
import { pgTableName, postgresSeriesTableDdl } from './postgres-ddl.ts';
import type { TableRef } from './sql-dialect.ts';

type Sql = ReturnType<typeof postgres>;

/**
 * Fills a new PostgreSQL table (replacing one of that name) by COPY, then builds its keys once and analyzes it.
 * For tests, benchmarks and `scripts/series-to-postgres.ts`; the bot itself only reads.
 */
async function fillSeriesTable(
  url: string,
  table: TableRef,
  copy: (sql: Sql, name: string) => Promise<void>,
) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const name = pgTableName(table);
    await sql.unsafe(`DROP TABLE IF EXISTS ${name}`);
    // The keys are built once after the copy, not row by row.
    const [create = '', ...keys] = postgresSeriesTableDdl(table);
    await sql.unsafe(create);
    await copy(sql, name);
    for (const key of keys) await sql.unsafe(key);
    // VACUUM marks the pages all-visible, so window sums read the covering index alone.
    await sql.unsafe(`VACUUM ANALYZE ${name}`);
  } finally {
    await sql.end();
  }
}

/** A loaded data file's series rows into a new table; returns how many rows were written. */
export async function writeSeriesTable(url: string, table: TableRef, dataset: Dataset): Promise<number> {
  let rows = 0;
  await fillSeriesTable(url, table, async (sql, name) => {
    const stream = await sql
      .unsafe(`COPY ${name} (date, subject, channel, metric, value) FROM STDIN`)
      .writable();
    for (const { series } of dataset.series) {
      const s = inMemory(series);
      const head = `\t${s.subject}\t${s.channel}\t${s.metric}\t`;
      let chunk = '';
      for (let i = 0; i < s.days.length; i++) {
        chunk += `${formatDay(s.days[i] ?? 0)}${head}${s.values[i] ?? 0}\n`;
        if (chunk.length > 1 << 16) {
          if (!stream.write(chunk)) await once(stream, 'drain');
          chunk = '';
        }
      }
      if (chunk && !stream.write(chunk)) await once(stream, 'drain');
      rows += s.days.length;
    }
    stream.end();
    await once(stream, 'finish');
  });
  return rows;
}

/** Long-layout series CSVs (date,subject,channel,metric,value with a header) straight into a new table. */
export async function copyCsvToTable(
  url: string,
  table: TableRef,
  csvPaths: readonly string[],
): Promise<void> {
  await fillSeriesTable(url, table, async (sql, name) => {
    for (const path of csvPaths) {
      // An empty channel is '' (no channel), not NULL.
      const target = await sql
        .unsafe(
          `COPY ${name} (date, subject, channel, metric, value) FROM STDIN WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (channel))`,
        )
        .writable();
      await pipeline(createReadStream(path), target);
    }
  });
}
