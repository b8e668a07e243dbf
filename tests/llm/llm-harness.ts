import { afterEach, beforeEach } from 'vitest';
import { createLlm, type Llm, type LlmOptions } from '../../src/adapters/llm/create-llm.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { DataSource, PulseService } from '../../src/app/pulse-types.ts';
import type { Clock, Logger } from '../../src/core/ports.ts';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/fake-openai-server.ts';

// Real `openai` client → fake server on 127.0.0.1, with a memory store, a fixed clock and a logger that keeps
// what it was told.

export const API_KEY = 'sk-test-0123456789abcdefSECRET';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (fields: Record<string, unknown>, message: string): void => {
      entries.push({ level, fields, message });
    };
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export class FixedClock implements Clock {
  ms = Date.parse('2024-06-27T09:00:00Z');
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface Harness {
  server: FakeOpenAiServer;
  store: MemoryStore;
  logger: ReturnType<typeof recordingLogger>;
  clock: FixedClock;
  dataVersion: { value: string };
  llm: Llm;
  /** A fresh planner/summarizer pair over the same server and store, with other options. */
  make(options?: Partial<LlmOptions>): Llm;
}

/** Registers before/after hooks and returns a live view of the harness for the current test. */
export function useLlmHarness(defaults: Partial<LlmOptions> = {}): Harness {
  const h = {} as Harness;
  beforeEach(async () => {
    h.server = await startFakeOpenAiServer();
    h.clock = new FixedClock();
    h.store = new MemoryStore(() => h.clock.ms);
    h.logger = recordingLogger();
    h.dataVersion = { value: 'data-v1' };
    h.make = (options = {}) =>
      createLlm({
        apiKey: API_KEY,
        baseUrl: h.server.url,
        model: 'fake-model',
        timeoutMs: 3_000,
        store: h.store,
        logger: h.logger,
        clock: h.clock,
        dataVersion: () => h.dataVersion.value,
        ...defaults,
        ...options,
      });
    h.llm = h.make();
  });
  afterEach(async () => {
    await h.server.close();
  });
  return h;
}

/** Everything the server received, as one text: what the model could ever have seen. */
export const sentText = (server: FakeOpenAiServer): string => server.requests.map((r) => r.raw).join('\n');

/** "ballpark" is a word the rules cannot use, so a question like this one goes to the model. */
export const VAGUE = 'ballpark YouTube figures for last month';

/** The service with a model planner and summarizer over the harness's store, on a fixed day. */
export const serviceWithModel = (h: Harness, data: DataSource, now: string, llm = h.llm): PulseService =>
  createPulseService({
    data,
    store: h.store,
    fixedNow: now,
    planner: llm.planner,
    summarizer: llm.summarizer,
    logger: h.logger,
  });
