import type { Answer, Rendered, Viewer } from '../core/answer-types.ts';
import type { DigestOptions, DigestResult } from '../core/digest/digest-types.ts';
import type { Dataset } from '../core/model/dataset.ts';
import type { QueryPlan } from '../core/plan/plan-schema.ts';

/** Where the current data comes from; a bad reload keeps the last good dataset serving. */
export interface DataSource {
  current(): Dataset;
  /** Re-reads the file; on failure keeps the current dataset and returns the reason. */
  reload(): Promise<{ ok: true } | { ok: false; error: Error }>;
  /** The reason the last reload was refused, if it was. */
  lastError(): Error | undefined;
}

export interface AskOptions {
  viewer?: Viewer;
  /** A conversation key (Slack channel + thread ts, or the console session): follow-ups reuse its last plan. */
  thread?: string;
}

/** A command reply: `ephemeral` ones are shown only to the person who asked (help, errors). */
export interface CommandReply {
  ephemeral: boolean;
  rendered: Rendered;
  /** Set when the reply is an answer, so adapters can attach follow-up buttons. */
  answer?: Answer;
}

export interface CommandOptions extends AskOptions {
  /** The Slack channel a subscription would post to. */
  channelId?: string;
  userId?: string;
}

/** The one use-case that every entry point (CLI, console, Slack, scheduler) calls. */
export interface PulseService {
  data: DataSource;
  /** Today in the organization's time zone (or the fixed `now` given at start). */
  today(): string;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Runs a plan directly (buttons: break down, compare with previous period). */
  run(plan: QueryPlan, options?: AskOptions): Promise<Answer>;
  digest(options: DigestOptions & { viewer?: Viewer }): Promise<{ result: DigestResult; rendered: Rendered }>;
  /** `/pulse …` and console command lines: help, campaign, digest now, subscriptions, alerts, or a question. */
  command(text: string, options?: CommandOptions): Promise<CommandReply>;
}
