/**
 * A small in-process LRU of recent answers. An answer depends only on the data version, today, the viewer's
 * channel and the question (when no thread context is involved), so a repeated question — the same
 * `/pulse digest now` from ten people, a popular question in a busy channel — costs a map lookup.
 */
export class AnswerCache<T> {
  readonly #entries = new Map<string, T>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  get(key: string): T | undefined {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      // Refresh its place: Map keeps insertion order, so the first key is always the least recently used.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
