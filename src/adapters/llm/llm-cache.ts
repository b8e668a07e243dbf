import { createHash } from 'node:crypto';
import type { KeyValueStore, Logger } from '../../core/ports.ts';

// Model answers are cached through the shared store (memory, file or Redis) so a repeated question costs
// nothing. A declined answer is cached too (as null): asking again would only decline again. Identical
// questions in flight share one call.

export const CACHE_PREFIX = 'llm:';
export const DEFAULT_CACHE_TTL_MS = 24 * 3_600_000;

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);

interface Stored<T> {
  v: T | null;
}

/** What a computation decided: a value or a decline worth remembering, or a failure not to remember. */
export type Outcome<T> = { keep: true; value: T | undefined } | { keep: false };

export class LlmCache {
  readonly #store: KeyValueStore;
  readonly #logger: Logger;
  readonly #ttlMs: number;
  readonly #inflight = new Map<string, Promise<unknown>>();

  constructor(store: KeyValueStore, logger: Logger, ttlMs = DEFAULT_CACHE_TTL_MS) {
    this.#store = store;
    this.#logger = logger;
    this.#ttlMs = ttlMs;
  }

  async through<T>(parts: unknown[], compute: () => Promise<Outcome<T>>): Promise<T | undefined> {
    const key = `${CACHE_PREFIX}${hashOf(parts)}`;
    const hit = await this.#read<T>(key);
    if (hit) return hit.v ?? undefined;
    const pending = this.#inflight.get(key) as Promise<T | undefined> | undefined;
    if (pending) return pending;
    const run = this.#compute(key, compute).finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, run);
    return run;
  }

  async #compute<T>(key: string, compute: () => Promise<Outcome<T>>): Promise<T | undefined> {
    const outcome = await compute();
    if (!outcome.keep) return undefined;
    try {
      await this.#store.set<Stored<T>>(key, { v: outcome.value ?? null }, this.#ttlMs);
    } catch (error) {
      this.#logger.warn({ err: String(error) }, 'llm cache write failed');
    }
    return outcome.value;
  }

  async #read<T>(key: string): Promise<Stored<T> | undefined> {
    try {
      return await this.#store.get<Stored<T>>(key);
    } catch (error) {
      // A store outage costs a model call, not an answer.
      this.#logger.warn({ err: String(error) }, 'llm cache read failed');
      return undefined;
    }
  }
}
