import postgres from 'postgres';
import { SourceError } from '../../core/errors.ts';
import { redactUrl } from '../data/redact-url.ts';
import type { SqlText } from './sql-dialect.ts';

/** Runs a dialect's SQL on one database; every failure is a SourceError that names the source without secrets. */
export interface SqlRunner {
  /** The database as people may see it (no password). */
  readonly source: string;
  query<T>(q: SqlText): Promise<T[]>;
  end(): Promise<void>;
}

export interface PostgresRunnerOptions {
  /** Pooled connections (default 4): a few parallel figure queries, never a connection per question. */
  max?: number;
  /** Seconds to open a connection before the source counts as unreachable (default 5). */
  connectTimeoutSeconds?: number;
  /** Seconds an unused connection stays open (default 30), so an idle bot holds no sessions. */
  idleTimeoutSeconds?: number;
  /** Server-side limit per statement, in ms (default 15,000): a runaway query is cancelled by the database. */
  statementTimeoutMs?: number;
  /** Longest wait, in seconds, before reconnecting after failed attempts (default 1). */
  maxReconnectDelaySeconds?: number;
  /** The limit for a bulk read (the index, at load and each refresh), in ms (default 300,000). */
  bulkTimeoutMs?: number;
}

/** Sort and hash memory for a bulk read: the monthly index groups a row per series and month. */
const BULK_WORK_MEM = '256MB';

// SQLSTATE classes that mean "could not get a working session", not "this query is wrong": connection
// exceptions, authorisation, unknown database, server shutting down or full.
const UNREACHABLE_SQLSTATE = /^(08|28|3D|57P0[1-3]|53300)/;

export function createPostgresRunner(url: string, options: PostgresRunnerOptions = {}): SqlRunner {
  const source = redactUrl(url);
  const secrets = passwordsOf(url);
  const statementTimeoutMs = options.statementTimeoutMs ?? 15_000;
  const connectTimeoutSeconds = options.connectTimeoutSeconds ?? 5;
  const maxReconnectDelay = options.maxReconnectDelaySeconds ?? 1;
  const sql = postgres(url, {
    max: options.max ?? 4,
    connect_timeout: connectTimeoutSeconds,
    idle_timeout: options.idleTimeoutSeconds ?? 30,
    // No JIT: figure queries are short, and on a large table the planner's cost estimate would have each one
    // spend about a second compiling (measured at 10M rows) to save milliseconds.
    connection: { statement_timeout: statementTimeoutMs, application_name: 'pulse', jit: 'off' },
    onnotice: () => {},
    // The driver waits up to 20 s between attempts after repeated failures (3^n / 100 s): while the database is
    // down every question would wait that long to hear so, and the first after it returns too. A pool of a few
    // connections can afford to retry sooner.
    backoff: (retries: number) => Math.min(0.02 * 2 ** retries, maxReconnectDelay),
  });
  // A server that vanished without closing the socket answers nothing, and statement_timeout runs on that
  // server: the client gives up a little after both limits so the question still gets an answer.
  const bulkTimeoutMs = options.bulkTimeoutMs ?? 300_000;
  const clientLimit = (serverMs: number) => serverMs + connectTimeoutSeconds * 1000 + 2000;

  // The driver's error is summarised, not attached as `cause`: what a driver puts on its errors is not ours to
  // vouch for, and these errors reach logs and status pages.
  const fail = (err: unknown): SourceError => {
    const scrub = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
    const e = err instanceof Error ? err : new Error(String(err));
    const code = 'code' in e && typeof e.code === 'string' ? e.code : '';
    if (e instanceof postgres.PostgresError && !UNREACHABLE_SQLSTATE.test(code))
      return new SourceError(
        source,
        `${source}: the database refused a query: ${scrub(e.message)} (SQLSTATE ${code})`,
        'SOURCE_FAILED',
      );
    return new SourceError(
      source,
      `${source}: the database cannot be reached: ${scrub(e.message)}${code && !e.message.includes(code) ? ` (${code})` : ''}`,
      'SOURCE_UNREACHABLE',
    );
  };

  return {
    source,
    async query<T>(q: SqlText): Promise<T[]> {
      const clientLimitMs = clientLimit(q.bulk ? bulkTimeoutMs : statementTimeoutMs);
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${Math.round(clientLimitMs / 1000)} s`)),
          clientLimitMs,
        );
      });
      try {
        // Params are typed by the casts in the SQL ($2::date[]): the driver describes the statement first.
        const params = q.params as postgres.ParameterOrJSON<never>[];
        const rows = await Promise.race([
          q.bulk
            ? sql.begin(async (tx) => {
                // SET LOCAL: the limits end with this transaction, the pooled session keeps its own.
                await tx.unsafe(`SET LOCAL statement_timeout = ${Math.round(bulkTimeoutMs)}`);
                await tx.unsafe(`SET LOCAL work_mem = '${BULK_WORK_MEM}'`);
                return tx.unsafe(q.text, params);
              })
            : sql.unsafe(q.text, params),
          limit,
        ]);
        return [...rows] as T[];
      } catch (err) {
        throw fail(err);
      } finally {
        clearTimeout(timer);
      }
    },
    async end(): Promise<void> {
      await sql.end({ timeout: 2 });
    },
  };
}

/** The password as written and as decoded: either may surface in a driver's message. */
function passwordsOf(url: string): string[] {
  if (!URL.canParse(url)) return [];
  const raw = new URL(url).password;
  if (raw === '') return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}
