import type { KeyValueStore } from '../../core/ports.ts';

interface Entry {
  value: unknown;
  expiresAt: number;
}

/** In-process store: the default for tests and for a single console session. */
export class MemoryStore implements KeyValueStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  #live(key: string): Entry | undefined {
    const e = this.#entries.get(key);
    if (e && e.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return e;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.#live(key)?.value as T | undefined;
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.#entries.set(key, { value, expiresAt: ttlMs ? this.#now() + ttlMs : Number.POSITIVE_INFINITY });
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  async claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.#live(key)) return false;
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
    return true;
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.#entries.keys()].filter((k) => k.startsWith(prefix) && this.#live(k));
  }

  async close(): Promise<void> {}
}
