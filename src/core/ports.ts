import type { Result } from './engine/result.ts';
import type { QueryPlan } from './plan/plan-schema.ts';

// The seams between the pure core and the adapters. The core depends on these shapes only.

/** A compact, data-free view of the catalog that a model may see (ids, names, aliases, metrics …). */
export interface CatalogBrief {
  today: string;
  organization: string;
  metrics: { id: string; label: string; kind: 'flow' | 'stock'; aliases: string[] }[];
  campaigns: { id: string; name: string; aliases: string[]; status: string }[];
  assets: { id: string; title: string; campaign: string; language?: string }[];
  channels: { id: string; platform: string; handle: string }[];
  platforms: string[];
  languages: string[];
  markets: string[];
  rankings: string[];
}

export interface PlanRequest {
  question: string;
  brief: CatalogBrief;
  /** The thread's previous plan, for follow-ups such as "and last month?". */
  previous?: QueryPlan;
}

/** Turns a question into a plan when the rules are not confident. May return undefined to decline. */
export interface ModelPlanner {
  plan(request: PlanRequest): Promise<QueryPlan | undefined>;
}

export interface SummaryRequest {
  question: string;
  result: Result;
  /** The deterministic answer text: every figure the narrative may use is in it. */
  facts: string;
}

/**
 * Writes narrative from a computed result. Its text is checked against the result before use. Resolves undefined
 * when it declines (nothing safe to say); rejects when the model could not be reached, so the caller knows the
 * template stands in for a failure.
 */
export interface Summarizer {
  summarize(request: SummaryRequest): Promise<string | undefined>;
}

/** Structured logging, so adapters can log with context without the core knowing pino. */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** Key-value storage with TTLs, shared by dedupe, thread context, caches and schedules. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Atomically sets the key only when absent; true when this caller won it. */
  claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Keys with a prefix (for listing subscriptions); small key spaces only. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

/** One person's verdict on one posted answer. */
export interface Feedback {
  question: string;
  plan: QueryPlan;
  /** The plan in words when it was clicked ("top 5 videos by views, May 2024"), for people reading the list. */
  planned?: string;
  verdict: 'up' | 'down';
  user: string;
  channel: string;
  /** The answer message's ts: with the channel and user, what a second click replaces. */
  ts: string;
  /** When it was given, ISO. */
  at: string;
}

/** 👍 / 👎 on answers: the team's list of questions to fix. */
export interface FeedbackStore {
  /** Stores a verdict, replacing the same user's earlier one on the same answer. */
  record(feedback: Feedback): Promise<void>;
  /** Every verdict, newest first. */
  list(): Promise<Feedback[]>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Figures kept where they live (a database) rather than in memory. The engine is synchronous and pure, so a
 * computation runs inside a session: reads the session cannot answer yet are recorded and read as zero, the
 * session fetches them together (one query per metric and kind of read), and the computation runs again, until a
 * run reads nothing new. Only the final run's result is used.
 */
export interface FigureSource {
  /** The source's standing failure (its index could not be read), or undefined when it can answer. */
  unavailable(): Error | undefined;
  session(): FigureSession;
}

export interface FigureSession {
  /** Runs `compute` with this session's answers; reads it cannot answer yet are recorded. */
  run<T>(compute: () => T): T;
  /** Whether the last run recorded reads still to fetch. */
  missing(): boolean;
  /** Fetches the recorded reads; rejects with a SourceError when the source cannot answer. */
  fetch(): Promise<void>;
}
