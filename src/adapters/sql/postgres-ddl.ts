import type { TableRef } from './sql-dialect.ts';

const id = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The figures table as PostgreSQL should hold it (docs/series-in-a-database.md says why): the primary key answers
 * levels (one backward step per series and day), the covering index answers window sums from the index alone.
 */
export function postgresSeriesTableDdl(table: TableRef): string[] {
  const name = table.parts.map(id).join('.');
  const base = table.parts.at(-1) ?? 'pulse_series';
  return [
    `CREATE TABLE ${name} (
  "date" date NOT NULL,
  "subject" text NOT NULL,
  "channel" text NOT NULL DEFAULT '',
  "metric" text NOT NULL,
  "value" double precision NOT NULL,
  CONSTRAINT ${id(`${base}_pkey`)} PRIMARY KEY ("metric", "subject", "channel", "date")
)`,
    `CREATE INDEX ${id(`${base}_metric_date`)} ON ${name} ("metric", "date") INCLUDE ("subject", "channel", "value")`,
  ];
}
