import OpenAI from 'openai';

// The SDK's own retries sleep on a timer nobody can cancel: a `retry-after: 30` kept `pulse ask` alive for
// 30 s after it had printed its answer. Pulse retries itself, with the SDK's rules (which errors, how long),
// inside the call's budget and on timers it clears.

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** Exponential backoff with up to 25% jitter, as the SDK does when the server does not say how long to wait. */
export const backoffMs = (retry: number): number =>
  Math.min(BASE_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - Math.random() * 0.25);

/** The server's own wait (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), when it gives one. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const RETRYABLE_STATUS = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * How long to wait before trying `error`'s request again (`retry` retries already made), or undefined when it
 * is not worth another try: a client error, an abort, or the SDK's own timeout (which is the whole budget).
 */
export function retryDelayMs(error: unknown, retry: number): number | undefined {
  if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError)
    return undefined;
  if (error instanceof OpenAI.APIConnectionError) return backoffMs(retry);
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return undefined;
  const should = error.headers?.get('x-should-retry');
  if (should === 'false' || (should !== 'true' && !RETRYABLE_STATUS(error.status))) return undefined;
  return retryAfterMs(error.headers) ?? backoffMs(retry);
}
