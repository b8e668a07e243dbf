import type { Answer, Rendered, Viewer } from '../core/answer-types.ts';
import type { DigestOptions, DigestResult } from '../core/digest/digest-types.ts';
import type { Dataset } from '../core/model/dataset.ts';
import type { QueryPlan } from '../core/plan/plan-schema.ts';

/** One source of the data (the data file, a CSV it includes, a live URL) and how fresh it is. */
export interface SourceStatus {
  kind: 'file' | 'url' | 'database';
  /** A file's name, or a URL with its credentials and query hidden: safe to show. */
  name: string;
  /** Metric id → the latest ISO day of its rows in this source. */
  through: Readonly<Record<string, string>>;
  /** The last successful load (a file) or fetch, a 304 included, whose data was accepted (a URL). */
  loadedAt?: Date;
  /** The last failure still standing: where and what kind, never file contents or secrets. */
  error?: { message: string; at: Date };
  /** How often a URL is fetched again, or a database table's index read again. */
  refreshMs?: number;
}

/** Where the current data comes from; a bad reload keeps the last good dataset serving. */
export interface DataSource {
  current(): Dataset;
  /** Re-reads the file; on failure keeps the current dataset and returns the reason. */
  reload(): Promise<{ ok: true } | { ok: false; error: Error }>;
  /** The reason the last reload was refused, if it was. */
  lastError(): Error | undefined;
  /** Each source and its freshness, when the data comes from files or URLs. */
  sources?(): SourceStatus[];
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
