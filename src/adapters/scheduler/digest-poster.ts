import type { Rendered } from '../../core/answer-types.ts';
import { PulseError } from '../../core/errors.ts';
import type { ChartImage } from '../chart/chart.ts';

export type { ChartImage };

/** Where scheduled digests and alerts go: Slack, or the console when no Slack token is configured. */
export interface DigestPoster {
  post(
    channelId: string,
    message: Pick<Rendered, 'text' | 'blocks' | 'terminal'>,
    chart?: ChartImage,
  ): Promise<void>;
}

/**
 * A failed post. `delivered` says whether the message itself reached the channel (only the chart failed, say):
 * then the slot stays done. `retryable` says whether trying again later may work (rate limit, network, 5xx).
 */
export class PostError extends PulseError {
  readonly delivered: boolean;
  readonly retryable: boolean;
  constructor(message: string, options: { delivered: boolean; retryable: boolean; cause?: unknown }) {
    super('SLACK_FAILED', message, { cause: options.cause });
    this.delivered = options.delivered;
    this.retryable = options.retryable;
  }
}

/** Prints digests instead of posting them: the no-configuration mode. */
export class ConsolePoster implements DigestPoster {
  readonly #write: (text: string) => void;

  constructor(write: (text: string) => void = (text) => process.stdout.write(text)) {
    this.#write = write;
  }

  async post(channelId: string, message: Pick<Rendered, 'terminal'>, chart?: ChartImage): Promise<void> {
    const chartLine = chart ? `\n[chart: ${chart.title}, ${chart.png.length} bytes PNG]` : '';
    this.#write(`\n── scheduled post for ${channelId} ──\n${message.terminal}${chartLine}\n`);
  }
}
