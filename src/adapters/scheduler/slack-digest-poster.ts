import { webApi } from '@slack/bolt';
import type { Rendered } from '../../core/answer-types.ts';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import { asSlackBlocks, NO_PARSE, slackMessages } from '../slack/post-answer.ts';
import type { ChartImage, DigestPoster } from './digest-poster.ts';
import { PostError } from './digest-poster.ts';

export interface SlackDigestPosterOptions {
  /** A client made by `digestWebClient`: no automatic retries, 429s handed back (see below). */
  client: webApi.WebClient;
  logger?: Logger;
  /** Slack allows about one message per second per channel; pacing here avoids most 429s. */
  minIntervalPerChannelMs?: number;
  /** How many 429s in a row one call waits out before giving up (and leaving the slot for a later tick). */
  maxRateLimitWaits?: number;
}

/**
 * The Web API client for scheduled posts. A post that timed out may still have reached Slack, so the client must
 * not retry on its own (that is how digests get posted twice); only a 429 — Slack saying it did not take the
 * call — is waited out and tried again, by the poster, per message part.
 */
export function digestWebClient(
  token: string,
  options: { apiUrl?: string; maxRequestConcurrency?: number; timeoutMs?: number } = {},
): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 30_000,
    logLevel: webApi.LogLevel.ERROR,
    maxRequestConcurrency: options.maxRequestConcurrency ?? 100,
  });
}

// Slack answered and said no: nothing was posted. Of those, these may work later.
const TRANSIENT = new Set([
  'ratelimited',
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'request_timeout',
]);
// The connection never got to Slack: nothing was posted, and it may work later.
const UNSENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

interface SlackErrorShape {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  original?: { cause?: { code?: string } };
}

/** Whether the message surely did not reach Slack, and whether trying again later may help. */
function classify(error: unknown): { delivered: boolean; retryable: boolean; reason: string } {
  const e = error as SlackErrorShape;
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { delivered: false, retryable: true, reason: 'rate limited' };
    case webApi.ErrorCode.PlatformError:
      return {
        delivered: false,
        retryable: TRANSIENT.has(e.data?.error ?? ''),
        reason: e.data?.error ?? 'error',
      };
    case webApi.ErrorCode.RequestError: {
      const cause = e.original?.cause?.code ?? '';
      // A timeout or reset may come after Slack took the message: never retried, so never posted twice.
      return {
        delivered: !UNSENT.has(cause),
        retryable: UNSENT.has(cause),
        reason: cause || 'request failed',
      };
    }
    default:
      return { delivered: true, retryable: false, reason: e.code ?? 'unknown error' };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts a digest with chat.postMessage, then its chart with files.uploadV2 into the same channel. */
export class SlackDigestPoster implements DigestPoster {
  readonly #client: webApi.WebClient;
  readonly #logger: Logger;
  readonly #interval: number;
  readonly #maxWaits: number;
  readonly #nextSlot = new Map<string, number>();

  constructor(options: SlackDigestPosterOptions) {
    this.#client = options.client;
    this.#logger = options.logger ?? silentLogger;
    this.#interval = options.minIntervalPerChannelMs ?? 1000;
    this.#maxWaits = options.maxRateLimitWaits ?? 5;
  }

  /**
   * One call to a channel, in its turn. The next turn counts from when the call *finished*, so however long a
   * request queued in the client, two arrivals at Slack are at least the interval apart; a 429 pushes the turn
   * back by its Retry-After.
   */
  async #inTurn<T>(channelId: string, call: () => Promise<T>): Promise<T> {
    for (let waits = 0; ; waits++) {
      const wait = (this.#nextSlot.get(channelId) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        const result = await call();
        this.#book(channelId, this.#interval);
        return result;
      } catch (error) {
        const e = error as SlackErrorShape;
        const rateLimited = e.code === webApi.ErrorCode.RateLimitedError;
        this.#book(channelId, rateLimited ? Math.max(1, e.retryAfter ?? 1) * 1000 : this.#interval);
        if (!rateLimited || waits >= this.#maxWaits) throw error;
      }
    }
  }

  #book(channelId: string, gapMs: number): void {
    const now = Date.now();
    this.#nextSlot.set(channelId, now + gapMs);
    if (this.#nextSlot.size > 10_000) {
      for (const [k, v] of this.#nextSlot) if (v < now) this.#nextSlot.delete(k);
    }
  }

  async post(
    channelId: string,
    message: Pick<Rendered, 'text' | 'blocks'>,
    chart?: ChartImage,
  ): Promise<void> {
    // Split within Slack's limits and with mentions defused, exactly as answers are.
    const parts = slackMessages(message);
    for (const [i, part] of parts.entries()) {
      try {
        await this.#inTurn(channelId, () =>
          this.#client.chat.postMessage({
            channel: channelId,
            text: part.text,
            blocks: asSlackBlocks(part.blocks),
            ...NO_PARSE,
          }),
        );
      } catch (error) {
        const c = classify(error);
        throw new PostError(`posting to ${channelId} failed: ${c.reason}`, {
          // Once a first part is out, the digest is (partly) in the channel: never repost it.
          delivered: c.delivered || i > 0,
          retryable: c.retryable && i === 0,
          cause: error,
        });
      }
    }
    if (!chart) return;
    try {
      await this.#inTurn(channelId, () =>
        this.#client.filesUploadV2({
          channel_id: channelId,
          file: chart.png,
          filename: chart.filename,
          title: chart.title,
          alt_text: chart.altText,
        }),
      );
    } catch (error) {
      // The digest is out; a missing chart is logged, never a reason to post the digest twice.
      this.#logger.warn({ channelId, reason: classify(error).reason }, 'digest chart upload failed');
    }
  }
}
