import type { Clock } from '../../core/ports.ts';

// After a run of failures, stop calling the endpoint for a while: every answer then comes from the rules at
// once instead of after a timeout. When the pause ends one trial call decides whether it closes again.

export interface BreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failures: number;
  /** How long it stays open. */
  openMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failures: 3, openMs: 30_000 };

export class CircuitBreaker {
  readonly #clock: Clock;
  readonly #options: BreakerOptions;
  #failures = 0;
  #openUntil = 0;

  constructor(clock: Clock, options: BreakerOptions = DEFAULT_BREAKER) {
    this.#clock = clock;
    this.#options = options;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.#failures < this.#options.failures) return 'closed';
    return this.#clock.now().getTime() < this.#openUntil ? 'open' : 'half-open';
  }

  /** True when a call may go out; in half-open state only the first caller gets the trial. */
  allow(): boolean {
    const state = this.state;
    if (state === 'half-open') this.#openUntil = this.#clock.now().getTime() + this.#options.openMs;
    return state !== 'open';
  }

  success(): void {
    this.#failures = 0;
  }

  failure(): void {
    this.#failures += 1;
    if (this.#failures >= this.#options.failures) {
      this.#openUntil = this.#clock.now().getTime() + this.#options.openMs;
    }
  }
}
