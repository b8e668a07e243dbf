import { type ErrorCode, PulseError } from '../../core/errors.ts';
import type { Logger } from '../../core/ports.ts';

// Users get one calm sentence per kind of failure; operators get the details in the structured log.
// Messages are fixed text: an error's own message may hold file names, URLs or tokens, so it is never shown.

const BY_CODE: Partial<Record<ErrorCode, string>> = {
  DATA_INVALID:
    "I can't read the campaign data right now, so I won't guess a figure. Please try again later.",
  DATA_UNREADABLE:
    "I can't read the campaign data right now, so I won't guess a figure. Please try again later.",
  PLAN_INVALID: "I couldn't turn that into a question about the data. Try `/pulse help` for examples.",
  PLAN_UNRESOLVED: "I couldn't turn that into a question about the data. Try `/pulse help` for examples.",
  LLM_FAILED: 'My language helper is unavailable right now. Try a simpler question, or `/pulse help`.',
  LLM_TIMEOUT: 'My language helper is unavailable right now. Try a simpler question, or `/pulse help`.',
  LLM_CIRCUIT_OPEN: 'My language helper is unavailable right now. Try a simpler question, or `/pulse help`.',
  STORE_FAILED: 'I had trouble with my storage and could not finish. Please try again in a minute.',
  SCHEDULE_INVALID: "I couldn't understand that schedule. Try `/pulse help` for the accepted forms.",
};

const FALLBACK = 'Sorry, something went wrong while I was answering. It has been logged; please try again.';

export function friendlyMessage(error: unknown): string {
  return (error instanceof PulseError && BY_CODE[error.code]) || FALLBACK;
}

/** The fields an error contributes to a log line, without secrets the client may have attached. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof PulseError) return { code: error.code, error: error.name, detail: error.message };
  if (error instanceof Error) {
    const slackCode = (error as Error & { code?: unknown }).code;
    return {
      error: error.name,
      detail: error.message,
      ...(typeof slackCode === 'string' ? { code: slackCode } : {}),
    };
  }
  return { error: String(error) };
}

export function logFailure(
  logger: Logger,
  error: unknown,
  context: Record<string, unknown>,
  message: string,
): void {
  logger.error({ component: 'slack', ...context, ...errorFields(error) }, message);
}
