import type { GuardWords } from '../../core/llm/guard-words.ts';
import type { Clock, KeyValueStore, Logger, ModelPlanner, Summarizer } from '../../core/ports.ts';
import { systemClock } from '../../core/ports.ts';
import { type BreakerOptions, CircuitBreaker, DEFAULT_BREAKER } from './circuit-breaker.ts';
import { DEFAULT_CACHE_TTL_MS, LlmCache } from './llm-cache.ts';
import { createModelEndpoint } from './model-endpoint.ts';
import { createPlanner } from './openai-planner.ts';
import { createSummarizer } from './openai-summarizer.ts';
import { loadPrompts } from './prompt-files.ts';

// The composition root's one call when a model is configured: planner and summarizer share the client, the
// circuit breaker and the cache.

export interface LlmOptions {
  /** Absent for keyless OpenAI-compatible servers (Ollama, vLLM). */
  apiKey?: string;
  /** e.g. http://127.0.0.1:11434/v1 for Ollama; absent = OpenAI. */
  baseUrl?: string;
  model: string;
  /** Budget for one call, the SDK's retries included. */
  timeoutMs: number;
  store: KeyValueStore;
  logger: Logger;
  /** The loaded data's version (Dataset.meta.version): a new data file retires cached answers. */
  dataVersion: () => string;
  clock?: Clock;
  maxRetries?: number;
  breaker?: BreakerOptions;
  cacheTtlMs?: number;
  promptsDir?: string;
  /** 0 by default for repeatable plans; undefined leaves the server's default (some reasoning models need that). */
  temperature?: number;
  /** Other secrets to keep out of prompts even when pasted into a question (Slack tokens …). */
  secrets?: readonly (string | undefined)[];
  /** The loaded catalog's names and metric words (`guardWordsOf`): narratives must tie figures to what the facts do. */
  guardWords?: () => GuardWords | undefined;
}

export interface Llm {
  planner: ModelPlanner;
  summarizer: Summarizer;
}

export function createLlm(options: LlmOptions): Llm {
  const breaker = new CircuitBreaker(options.clock ?? systemClock, options.breaker ?? DEFAULT_BREAKER);
  const endpoint = createModelEndpoint({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    model: options.model,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    breaker,
    logger: options.logger,
  });
  const deps = {
    endpoint,
    cache: new LlmCache(options.store, options.logger, options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS),
    prompts: loadPrompts(options.promptsDir),
    logger: options.logger,
    dataVersion: options.dataVersion,
    temperature: 'temperature' in options ? options.temperature : 0,
    secrets: [options.apiKey, ...(options.secrets ?? [])],
    guardWords: options.guardWords,
  };
  return { planner: createPlanner(deps), summarizer: createSummarizer(deps) };
}

export const createOpenAiPlanner = (options: LlmOptions): ModelPlanner => createLlm(options).planner;
export const createOpenAiSummarizer = (options: LlmOptions): Summarizer => createLlm(options).summarizer;
