import { readFileSync } from 'node:fs';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { handleScheduleCommand, isScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/adapters/slack/slack-app.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import type { Clock, KeyValueStore } from '../../src/core/ports.ts';
import { FakeSlackApi } from '../fakes/fake-slack-api.ts';
import {
  commandRequest,
  eventRequest,
  interactionRequest,
  postSigned,
  TEST_SIGNING_SECRET,
} from '../helpers/slack-signing.ts';
import { RecordingLogger } from './recording-logger.ts';

export const FIXTURES = new URL('../fixtures/slack/', import.meta.url);
export const DATA_FILE = new URL('pulse-slack.yaml', FIXTURES).pathname;

/** A fresh copy of a recorded Slack payload. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as T;
}

type Json = Record<string, unknown>;

/** A recorded event with fields of its inner `event` replaced, and a fresh event id unless one is given. */
export function eventFixture(name: string, event: Json = {}, envelope: Json = {}): Json {
  const base = fixture(name);
  return { ...base, ...envelope, event: { ...(base.event as Json), ...event } };
}

export interface Harness {
  service: PulseService;
  api: FakeSlackApi;
  app: SlackApp;
  store: MemoryStore;
  logger: RecordingLogger;
  eventsUrl: string;
  baseUrl: string;
  sendEvent(payload: unknown, headers?: Record<string, string>): ReturnType<typeof postSigned>;
  sendCommand(fields: Record<string, string>): ReturnType<typeof postSigned>;
  sendAction(payload: unknown): ReturnType<typeof postSigned>;
  close(): Promise<void>;
}

export type ServiceFactory = (store: KeyValueStore) => PulseService | Promise<PulseService>;

/** Today is fixed so "last week" always means 2024-05-27 … 2024-06-02 in the fixture data. */
export const FIXED_CLOCK: Clock = { now: () => new Date('2024-06-05T10:00:00Z') };

/** The real PulseService over the fixture data, sharing the app's store as in production. */
export const realService: ServiceFactory = async (store) =>
  createPulseService({
    data: await FileDataSource.open(DATA_FILE),
    store,
    clock: FIXED_CLOCK,
    fixedNow: '2024-06-05',
    scheduleCommands: handleScheduleCommand,
    isScheduleCommand,
  });

export async function startHarness(
  makeService: ServiceFactory,
  options: Partial<
    Pick<
      SlackAppOptions,
      'allowedChannels' | 'allowedUsers' | 'retryConfig' | 'renderChart' | 'adminUsers' | 'importer'
    > & {
      /** The store to share, e.g. with an earlier run (a restart); default a fresh one. */
      store: MemoryStore;
    }
  > = {},
): Promise<Harness> {
  const api = await new FakeSlackApi().start();
  const store = options.store ?? new MemoryStore();
  const logger = new RecordingLogger();
  const service = await makeService(store);
  const app = createSlackApp({
    service,
    store,
    logger,
    slack: { botToken: 'xoxb-test-token', signingSecret: TEST_SIGNING_SECRET, apiUrl: api.apiUrl },
    allowedChannels: options.allowedChannels ?? [],
    allowedUsers: options.allowedUsers ?? [],
    port: 0,
    host: '127.0.0.1',
    respondBackoffMs: 20,
    clock: FIXED_CLOCK,
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
    ...(options.renderChart !== undefined ? { renderChart: options.renderChart } : {}),
    adminUsers: options.adminUsers ?? [],
    ...(options.importer ? { importer: options.importer } : {}),
  });
  await app.start();
  const baseUrl = `http://127.0.0.1:${app.port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  return {
    service,
    api,
    app,
    store,
    logger,
    eventsUrl,
    baseUrl,
    sendEvent: (payload, headers) => postSigned(eventsUrl, eventRequest(payload), headers),
    sendCommand: (fields) => postSigned(eventsUrl, commandRequest(fields)),
    sendAction: (payload) => postSigned(eventsUrl, interactionRequest(payload)),
    async close() {
      await app.stop();
      await api.close();
    },
  };
}
