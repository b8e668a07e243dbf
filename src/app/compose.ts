import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseConnections } from '../adapters/data/database-connections.ts';
import { FileDataSource } from '../adapters/data/file-data-source.ts';
import { type Loaded, loadDataSources } from '../adapters/data/load-data-file.ts';
import { refreshLive } from '../adapters/data/refresh-live.ts';
import { sampleDataSource } from '../adapters/data/sample-data-source.ts';
import { loadSourcesInWorker } from '../adapters/data/worker-loader.ts';
import { createLogger } from '../adapters/log/pino-logger.ts';
import { handleScheduleCommand, isScheduleCommand } from '../adapters/scheduler/schedule-commands.ts';
import { MemoryStore } from '../adapters/store/memory-store.ts';
import { ConfigError, StoreError } from '../core/errors.ts';
import { guardWordsOf } from '../core/llm/guard-words.ts';
import { dayInZone, parseDay } from '../core/model/dates.ts';
import type { Clock, KeyValueStore, Logger } from '../core/ports.ts';
import { systemClock } from '../core/ports.ts';
import { type Config, loadConfig } from './config.ts';
import { createPulseService } from './pulse-service.ts';
import type { PulseService } from './pulse-types.ts';

// The composition root: the only module that reads the environment and picks the adapters.

export interface Composed {
  config: Config;
  service: PulseService;
  store: KeyValueStore;
  logger: Logger;
  close(): Promise<void>;
}

export interface ComposeOptions {
  env?: Record<string, string | undefined>;
  /** Overrides from the command line. */
  dataFile?: string;
  fixedNow?: string;
  /** One-shot commands (ask, digest) keep state in memory: nothing to persist, nothing to share. */
  ephemeral?: boolean;
  clock?: Clock;
  logLevel?: string;
  /** How live (`{url: …}`) series are fetched; the global fetch by default. */
  fetch?: typeof fetch;
}

/**
 * The environment every command reads, in one place: the process's own variables, with `.env` in the working
 * directory (Node's own parser) filling in the ones it lacks, so the README's `cp .env.example .env` works for
 * `validate` and `import` as it does for `ask` and `start`.
 */
function environment(): NodeJS.ProcessEnv {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}

/** The data file the environment names (PULSE_DATA), for commands that need nothing else. */
export const configuredDataFile = (): string => loadConfig(environment()).dataFile;

/** `pulse validate`: the file as the bot loads it, with its database tables' indexes read and checked too. */
export async function loadForValidation(path?: string): Promise<Loaded> {
  const env = environment();
  const connections = new DatabaseConnections();
  try {
    return await loadDataSources(path ?? loadConfig(env).dataFile, { connections, env });
  } finally {
    await connections.close();
  }
}

/** The configured persistent store (Redis or the state dir's file), for commands that read what the bot kept. */
export async function openConfiguredStore(): Promise<KeyValueStore> {
  const config = loadConfig(environment());
  const { createStore } = await import('../adapters/store/create-store.ts');
  return createStore({ redisUrl: config.redisUrl, stateDir: config.stateDir });
}

export async function compose(options: ComposeOptions = {}): Promise<Composed> {
  const env = options.env ?? environment();
  const config = loadConfig(env);
  if (options.dataFile) config.dataFile = options.dataFile;
  const logger = createLogger(options.logLevel ?? config.logLevel);
  const clock = options.clock ?? systemClock;
  const fixedDay = options.fixedNow === undefined ? undefined : parseDay(options.fixedNow);
  // The same "today" the service answers for, so the bundled sample is moved to the day being asked about.
  // A long-running bot parses the data on a worker thread, so acks never wait behind a large file.
  // Figures kept in a database are queried through one pool per URL, closed with the app.
  const connections = new DatabaseConnections();
  const files = await FileDataSource.open(config.dataFile, {
    clock,
    // A restart with unchanged files reads the last load's snapshot instead of parsing them again.
    snapshots: join(config.stateDir, 'snapshots'),
    fetch: options.fetch,
    connections,
    env,
    ...(options.ephemeral ? {} : { load: loadSourcesInWorker }),
  }).catch(async (error: unknown) => {
    await connections.close();
    throw error;
  });
  const data = sampleDataSource(
    files,
    (file) => fixedDay ?? dayInZone(clock.now(), file.catalog.organization.timezone),
  );
  // A long-running bot fetches live series again as their `refresh` falls due; a one-shot command fetched once.
  const refresher = options.ephemeral || !files.hasLive() ? undefined : refreshLive(files, logger);
  const store: KeyValueStore = options.ephemeral
    ? new MemoryStore()
    : await (await import('../adapters/store/create-store.ts'))
        .createStore({ redisUrl: config.redisUrl, stateDir: config.stateDir, logger })
        .catch((error: unknown) => {
          // A configured store that is down stops start-up with one line naming it (REDIS_URL), as a bad variable does.
          throw error instanceof StoreError ? new ConfigError(error.message, { cause: error }) : error;
        });
  // Adapters load only when configured: a keyless run never pays for the OpenAI SDK.
  const llm = config.llm
    ? (await import('../adapters/llm/create-llm.ts')).createLlm({
        apiKey: config.llm.apiKey,
        baseUrl: config.llm.baseUrl,
        model: config.llm.model,
        timeoutMs: config.llm.timeoutMs,
        temperature: config.llm.temperature,
        store,
        logger,
        clock,
        dataVersion: () => data.current().meta.version,
        secrets: [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret],
        guardWords: () => guardWordsOf(data.current().catalog),
      })
    : undefined;
  const service = createPulseService({
    data,
    store,
    clock,
    fixedNow: options.fixedNow,
    planner: llm?.planner,
    summarizer: llm?.summarizer,
    logger,
    scheduleCommands: handleScheduleCommand,
    isScheduleCommand,
  });
  const close = async (): Promise<void> => {
    refresher?.close();
    await Promise.all([store.close(), connections.close()]);
  };
  return { config, service, store, logger, close };
}
