/**
 * Work that continues after Slack has been acked. Tracked so `stop()` can let answers finish instead of
 * dropping them, and so tests can wait for quiet instead of sleeping.
 *
 * Answers are CPU work on the same event loop that acks requests, and each ends in an outgoing HTTP call.
 * So answers start one per turn of the loop (setImmediate), letting incoming requests be read and acked in
 * between, and at most `maxConcurrent` run at once: in the benchmark, more answers (and outgoing posts) in
 * flight at once meant a slower ack p99, unbounded the worst of all.
 */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();
  readonly #queue: (() => Promise<void>)[] = [];
  readonly #max: number;
  #active = 0;
  #scheduled = false;

  constructor(maxConcurrent = 4) {
    this.#max = maxConcurrent;
  }

  run(task: () => Promise<void>): Promise<void> {
    const p: Promise<void> = new Promise<void>((resolve, reject) => {
      this.#queue.push(() => task().then(resolve, reject));
      this.#pump();
    }).finally(() => this.#pending.delete(p));
    this.#pending.add(p);
    return p;
  }

  #pump(): void {
    if (this.#scheduled || this.#queue.length === 0 || this.#active >= this.#max) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const next = this.#queue.shift();
      if (next) {
        this.#active += 1;
        void next().finally(() => {
          this.#active -= 1;
          this.#pump();
        });
      }
      this.#pump();
    });
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Resolves once nothing is pending (work started meanwhile is waited for too). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}
