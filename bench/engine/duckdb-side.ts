import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  VARCHAR,
} from '@duckdb/node-api';
import type { Aggregation, Figures } from './aggregations.ts';
import type { GeneratedData } from './generate-data.ts';
import { phase, type Side } from './side.ts';

// The same rows in in-process DuckDB (in memory, its default of one thread per core), read by its own CSV
// reader with the column types given, so nothing is sniffed. Days become integers as in SQLite, and an empty
// channel stays '' (read_csv would make it NULL) so the shared SQL reads the same in both. No indexes: DuckDB
// scans columns, and the rows arrive in date order, so its zone maps already skip by date.

/** `@name` (SQLite) to `$name` (DuckDB), with each parameter typed: a JS number would bind as a DOUBLE. */
function bindable(agg: Aggregation): {
  sql: string;
  values: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
} {
  const types: Record<string, DuckDBType> = {};
  for (const [k, v] of Object.entries(agg.params)) types[k] = typeof v === 'number' ? INTEGER : VARCHAR;
  return { sql: agg.sql.replace(/@(\w+)/g, '$$$1'), values: agg.params, types };
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

export function duckdbSide(): Side {
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  const open = () => {
    if (!connection) throw new Error('DuckDB: load first');
    return connection;
  };
  return {
    name: 'duckdb',
    async load(data: GeneratedData) {
      instance = await DuckDBInstance.create(':memory:');
      connection = await instance.connect();
      const db = connection;
      const threads = (await db.runAndReadAll("SELECT current_setting('threads')")).getRowsJS()[0]?.[0];
      const [, read] = await phase(`read_csv (typed columns) into a table, ${threads} threads`, () =>
        db.run(
          `CREATE TABLE series AS
           SELECT (date - DATE '1970-01-01')::INTEGER AS date, subject, COALESCE(channel, '') AS channel,
                  metric, value
           FROM read_csv(${sqlString(data.csvPath)}, header = true, auto_detect = false,
             columns = {'date': 'DATE', 'subject': 'VARCHAR', 'channel': 'VARCHAR', 'metric': 'VARCHAR',
                        'value': 'DOUBLE'})`,
        ),
      );
      const [, catalog] = await phase('catalog tables (appender)', async () => {
        await db.run(
          'CREATE TABLE assets (id VARCHAR PRIMARY KEY, campaign VARCHAR NOT NULL, language VARCHAR)',
        );
        await db.run('CREATE TABLE channels (id VARCHAR PRIMARY KEY, platform VARCHAR NOT NULL)');
        const assets = await db.createAppender('assets');
        for (const a of data.catalog.assets) {
          assets.appendVarchar(a.id);
          assets.appendVarchar(a.campaign);
          assets.appendVarchar(a.language);
          assets.endRow();
        }
        assets.closeSync();
        const channels = await db.createAppender('channels');
        for (const c of data.catalog.channels) {
          channels.appendVarchar(c.id);
          channels.appendVarchar(c.platform);
          channels.endRow();
        }
        channels.closeSync();
      });
      return [read, catalog];
    },
    async query(agg) {
      const { sql, values, types } = bindable(agg);
      const stmt = await open().prepare(sql);
      stmt.bind(values, types);
      return async () => {
        const rows = (await stmt.runAndReadAll()).getRowsJS();
        return rows.map((r): Figures[number] => [String(r[0]), Number(r[1])]);
      };
    },
    async close() {
      connection?.closeSync();
      instance?.closeSync();
      connection = undefined;
      instance = undefined;
    },
  };
}
