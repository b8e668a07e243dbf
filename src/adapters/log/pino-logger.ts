import { pino } from 'pino';
import type { Logger } from '../../core/ports.ts';

/**
 * Structured JSON logs on stderr (stdout stays for answers). pino: fast, well kept, and its redact option keeps
 * tokens out of logs even when an error object carries them.
 */
export function createLogger(level: string): Logger {
  const log = pino(
    {
      level,
      redact: {
        paths: [
          'token',
          'botToken',
          'appToken',
          'apiKey',
          'signingSecret',
          '*.token',
          '*.authorization',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
      base: { app: 'pulse' },
    },
    pino.destination(2),
  );
  return {
    info: (fields, message) => log.info(fields, message),
    warn: (fields, message) => log.warn(fields, message),
    error: (fields, message) => log.error(fields, message),
  };
}
