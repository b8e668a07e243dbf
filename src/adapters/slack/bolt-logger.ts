import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/ports.ts';

// Bolt and the Socket Mode client log through this, so their lines join ours as structured logs. Their debug
// output echoes payloads and headers, so it is dropped rather than risk a token in the logs.

const text = (parts: unknown[]) =>
  parts
    .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');

export class BoltLoggerAdapter implements BoltLogger {
  #name = 'bolt';
  #level: LogLevel = LogLevel.INFO;
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  debug(): void {}
  info(...msg: unknown[]): void {
    if (this.#level === LogLevel.INFO) this.#logger.info({ component: this.#name }, text(msg));
  }
  warn(...msg: unknown[]): void {
    if (this.#level !== LogLevel.ERROR) this.#logger.warn({ component: this.#name }, text(msg));
  }
  error(...msg: unknown[]): void {
    this.#logger.error({ component: this.#name }, text(msg));
  }
  setLevel(level: LogLevel): void {
    this.#level = level === LogLevel.DEBUG ? LogLevel.INFO : level;
  }
  getLevel(): LogLevel {
    return this.#level;
  }
  setName(name: string): void {
    this.#name = name;
  }
}
