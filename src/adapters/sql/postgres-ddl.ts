import type { TableRef } from './sql-dialect.ts';

const id = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A table's name as PostgreSQL reads it, each part quoted. */
export const pgTableName = (table: TableRef): string => table.parts.map(id).join('.');

/**
 * The figures table as PostgreSQL should hold it (docs/series-in-a-database.md says why): the primary key answers
 * levels (one backward step per series and day), the covering index answers window sums from the index alone.
 * The keys come after the table, so a bulk load can build them once, after its rows.
 */
export function postgresSeriesTableDdl(table: TableRef): string[] {
  const name = pgTableName(table);
  const base = table.parts.at(-1) ?? 'pulse_series';
  return [
    `CREATE TABLE ${name} (
  "date" date NOT NULL,
  "subject" text NOT NULL,
  "channel" text NOT NULL DEFAULT '',
  "metric" text NOT NULL,
  "value" double precision NOT NULL
)`,
    `ALTER TABLE ${name} ADD CONSTRAINT ${id(`${base}_pkey`)} PRIMARY KEY ("metric", "subject", "channel", "date")`,
    `CREATE INDEX ${id(`${base}_metric_date`)} ON ${name} ("metric", "date") INCLUDE ("subject", "channel", "value")`,
  ];
}
