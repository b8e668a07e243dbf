import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import type { CompletionUsage } from 'openai/resources/completions';
import type { Logger } from '../../core/ports.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { retryDelayMs } from './retry-policy.ts';

// One place that talks to the model server: a deadline over the whole call (retries and their retry-after waits
// included), the circuit breaker, and a log line with the tokens each call used. Retries are made here, not by
// the SDK, so every wait is cut short by the deadline and no timer outlives the call.

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

/** The server asked for a wait longer than what is left of the budget: give up now rather than wait in vain. */
class WaitBeyondBudget extends Error {
  override name = 'WaitBeyondBudget';
  constructor(
    readonly error: unknown,
    readonly waitMs: number,
  ) {
    super(`asked to wait ${Math.round(waitMs)} ms, beyond the call's budget`);
  }
}

const isTimeout = (error: unknown): boolean =>
  error instanceof Timeout || error instanceof OpenAI.APIConnectionTimeoutError;

function isEndpointFailure(error: unknown): boolean {
  return error instanceof OpenAI.APIError || error instanceof Timeout || error instanceof WaitBeyondBudget;
}

function describe(error: unknown): string {
  if (isTimeout(error)) return 'Timeout';
  if (error instanceof WaitBeyondBudget)
    return `${describe(error.error)}, retry-after ${Math.round(error.waitMs)} ms beyond the budget`;
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
    // Retries are ours (see `attempts`): the SDK's sleep cannot be cancelled.
    maxRetries: 0,
  });

  /** The request, tried again as the server allows, while the budget lasts. */
  async function attempts<T>(
    request: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
    started: number,
  ): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return await request(signal);
      } catch (error) {
        if (signal.aborted || retry >= options.maxRetries) throw error;
        const wait = retryDelayMs(error, retry);
        if (wait === undefined) throw error;
        if (wait >= timeoutMs - (performance.now() - started)) throw new WaitBeyondBudget(error, wait);
        // Aborted with the call at its deadline, which clears this timer.
        await sleep(wait, undefined, { signal });
      }
    }
  }

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
      const value = await Promise.race([attempts(request, controller.signal, started), deadline]);
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
      // Ends a retry wait still pending (the deadline won the race): nothing of this call outlives it.
      controller.abort();
    }
  }

  return { client, model, call };
}
