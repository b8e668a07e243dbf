import OpenAI from 'openai';
import type { CompletionUsage } from 'openai/resources/completions';
import type { Logger } from '../../core/ports.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';

// One place that talks to the model server: a deadline over the whole call (the SDK's retries and their
// retry-after waits included), the circuit breaker, and a log line with the tokens each call used.

export type Task = 'plan' | 'summary';

/** Why a call gave nothing usable. `output` means the server answered but not with what we asked for. */
export type Failure = 'circuit-open' | 'timeout' | 'endpoint' | 'output';

export type CallResult<T> = { ok: true; value: T } | { ok: false; failure: Failure; detail: string };

export interface EndpointOptions {
  apiKey?: string;
  baseUrl?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  breaker: CircuitBreaker;
  logger: Logger;
}

export interface ModelEndpoint {
  readonly client: OpenAI;
  readonly model: string;
  call<T extends { usage?: CompletionUsage | undefined }>(
    task: Task,
    request: (signal: AbortSignal) => Promise<T>,
  ): Promise<CallResult<T>>;
}

class Timeout extends Error {
  override name = 'Timeout';
}

const isTimeout = (error: unknown): boolean =>
  error instanceof Timeout || error instanceof OpenAI.APIConnectionTimeoutError;

function isEndpointFailure(error: unknown): boolean {
  return error instanceof OpenAI.APIError || error instanceof Timeout;
}

function describe(error: unknown): string {
  if (isTimeout(error)) return 'Timeout';
  if (error instanceof OpenAI.APIError) return `${error.status ?? 'connection'} ${error.constructor.name}`;
  if (error instanceof Error) return error.name;
  return 'unknown error';
}

export function createModelEndpoint(options: EndpointOptions): ModelEndpoint {
  const { breaker, logger, model, timeoutMs } = options;
  const client = new OpenAI({
    // Keyless OpenAI-compatible servers (Ollama, vLLM) accept any bearer value.
    apiKey: options.apiKey ?? 'none',
    baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
    organization: null,
    project: null,
    timeout: timeoutMs,
    maxRetries: options.maxRetries,
  });

  async function call<T extends { usage?: CompletionUsage | undefined }>(
    task: Task,
    request: (signal: AbortSignal) => Promise<T>,
  ): Promise<CallResult<T>> {
    if (!breaker.allow()) return { ok: false, failure: 'circuit-open', detail: 'circuit open' };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Timeout(`no reply within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    const started = performance.now();
    try {
      const value = await Promise.race([request(controller.signal), deadline]);
      breaker.success();
      logger.info(
        {
          llm: task,
          model,
          promptTokens: value.usage?.prompt_tokens,
          completionTokens: value.usage?.completion_tokens,
          totalTokens: value.usage?.total_tokens,
          ms: Math.round(performance.now() - started),
        },
        'llm call',
      );
      return { ok: true, value };
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      if (!isEndpointFailure(error)) {
        // The server is up and answered; its answer did not parse. Not a reason to stop calling it.
        breaker.success();
        logger.warn({ llm: task, model, ms, error: describe(error) }, 'llm answer unusable');
        return { ok: false, failure: 'output', detail: describe(error) };
      }
      breaker.failure();
      const failure = isTimeout(error) ? 'timeout' : 'endpoint';
      logger.warn(
        { llm: task, model, ms, error: describe(error), breaker: breaker.state },
        'llm call failed',
      );
      return { ok: false, failure, detail: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  return { client, model, call };
}
