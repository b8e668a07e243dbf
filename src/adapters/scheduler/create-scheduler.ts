import type { Clock, KeyValueStore, Logger } from '../../core/ports.ts';
import { cachedChartRenderer } from '../chart/chart-cache.ts';
import { ConsolePoster, type DigestPoster } from './digest-poster.ts';
import { DigestScheduler, type DigestSchedulerOptions } from './digest-scheduler.ts';
import { digestWebClient, SlackDigestPoster } from './slack-digest-poster.ts';

export interface SchedulingOptions {
  service: DigestSchedulerOptions['service'];
  /** The shared store (Redis with REDIS_URL, else the file store): subscriptions, claims and alert states. */
  store: KeyValueStore;
  /** Config.catchUpMs (PULSE_CATCHUP_HOURS). */
  catchUpMs: number;
  /** Config.slack: with a bot token digests go to Slack, without one they are printed. */
  slack?: { botToken: string; apiUrl?: string };
  logger?: Logger;
  clock?: Clock;
  /** Where console-mode digests are written (default stdout). */
  write?: (text: string) => void;
  /** Digest charts (default on). */
  charts?: boolean;
}

/** Wires the scheduler for the composition root: Slack or console posting, cached charts. Call start()/stop(). */
export function createScheduling(options: SchedulingOptions): DigestScheduler {
  const poster: DigestPoster = options.slack
    ? new SlackDigestPoster({
        client: digestWebClient(options.slack.botToken, { apiUrl: options.slack.apiUrl }),
        logger: options.logger,
      })
    : new ConsolePoster(options.write);
  return new DigestScheduler({
    store: options.store,
    service: options.service,
    poster,
    clock: options.clock,
    logger: options.logger,
    catchUpMs: options.catchUpMs,
    renderChart: options.charts === false ? false : cachedChartRenderer(),
  });
}
