import type { webApi } from '@slack/bolt';
import { undiciFetch } from './undici-fetch.ts';

/**
 * Slack's prescription for Web API failures: wait out 429s for the Retry-After they give (the client pauses its
 * queue, so nothing else bursts meanwhile) and back off on 5xx and network errors. A few minutes at most:
 * an answer later than that is worth less than a logged failure.
 */
export const SLACK_RETRY_POLICY: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 30_000,
  randomize: true,
};

export function webClientOptions(
  apiUrl: string | undefined,
  retryConfig: webApi.RetryOptions,
): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig,
    rejectRateLimitedCalls: false,
    timeout: 15_000,
    // Bolt's respond() uses this fetch too (see undici-fetch.ts).
    fetch: undiciFetch,
  };
}
