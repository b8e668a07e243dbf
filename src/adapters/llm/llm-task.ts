import type { GuardWords } from '../../core/llm/guard-words.ts';
import type { Logger } from '../../core/ports.ts';
import type { LlmCache } from './llm-cache.ts';
import type { ModelEndpoint } from './model-endpoint.ts';
import type { Prompts } from './prompt-files.ts';

/** What the planner and the summarizer share: one endpoint, one cache, one set of prompts. */
export interface LlmTaskDeps {
  endpoint: ModelEndpoint;
  cache: LlmCache;
  prompts: Prompts;
  logger: Logger;
  dataVersion: () => string;
  temperature?: number;
  /** Values that must never reach the model, even if pasted into a question (the API key, Slack tokens). */
  secrets: readonly (string | undefined)[];
  /** The current catalog's names and metric words, so a narrative's figures are checked against what they describe. */
  guardWords?: () => GuardWords | undefined;
}

/** The model and its sampling settings for a request; temperature left out means the server's default. */
export const sampling = (deps: LlmTaskDeps): { model: string; temperature?: number } => ({
  model: deps.endpoint.model,
  ...(deps.temperature === undefined ? {} : { temperature: deps.temperature }),
});

/** The start of every cache key: a new model, prompt or data file retires what was cached before. */
export const cacheKeyBase = (task: string, deps: LlmTaskDeps): unknown[] => [
  task,
  deps.endpoint.model,
  deps.prompts.version,
  deps.dataVersion(),
];
