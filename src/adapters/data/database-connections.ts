import { DataError } from '../../core/errors.ts';
import { postgresDialect } from '../sql/postgres-dialect.ts';
import { createPostgresRunner } from '../sql/postgres-runner.ts';
import type { SqlDialect, SqlText } from '../sql/sql-dialect.ts';

/** Runs one SQL text and gives its rows; rejects with a SourceError when the database cannot answer. */
export interface QueryRunner {
  query<T>(q: SqlText): Promise<T[]>;
  end(): Promise<void>;
}

export interface Connection {
  runner: QueryRunner;
  dialect: SqlDialect;
}

export type RunnerFactory = (url: string) => QueryRunner;

/**
 * One pooled connection per database URL, shared by every load and reload of the data file, and closed once
 * when the process ends. Only PostgreSQL has a client here; BigQuery and ClickHouse are SQL dialects (their
 * generated SQL is tested) waiting for theirs.
 */
export class DatabaseConnections {
  readonly #open = new Map<string, Connection>();
  readonly #create: RunnerFactory;

  constructor(create: RunnerFactory = (url) => createPostgresRunner(url)) {
    this.#create = create;
  }

  /** The connection for a URL; `label` and `where` locate a refusal in the data file. */
  get(url: string, file: string, where: string): Connection {
    const known = this.#open.get(url);
    if (known) return known;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== 'postgresql' && scheme !== 'postgres')
      throw new DataError([
        {
          file,
          where: `${where}.database`,
          message: `${scheme ?? 'this'}:// databases cannot be queried yet; use a postgresql:// URL`,
        },
      ]);
    const connection = { runner: this.#create(url), dialect: postgresDialect };
    this.#open.set(url, connection);
    return connection;
  }

  async close(): Promise<void> {
    const all = [...this.#open.values()];
    this.#open.clear();
    await Promise.allSettled(all.map((c) => c.runner.end()));
  }
}
