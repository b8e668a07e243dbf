import type { Logger } from '../../core/ports.ts';

export interface ProcessGuardOptions {
  /** More uncaught errors than this within `windowMs` means the process itself is broken: it exits. */
  maxUncaught?: number;
  windowMs?: number;
  exit?: (code: number) => void;
}

/**
 * Keeps a long-running bot serving after a failure no request handler caught: one bad request must not take
 * every other conversation down. Each is logged; a burst of uncaught exceptions still exits, so a supervisor
 * restarts a process whose state is really broken. Returns a function that removes the handlers.
 */
export function guardProcess(logger: Logger, o: ProcessGuardOptions = {}): () => void {
  const max = o.maxUncaught ?? 10;
  const windowMs = o.windowMs ?? 60_000;
  const exit = o.exit ?? ((code: number) => process.exit(code));
  let recent: number[] = [];
  const onRejection = (reason: unknown): void => {
    logger.error(
      { component: 'process', err: describe(reason) },
      'unhandled promise rejection; still serving',
    );
  };
  const onException = (error: Error): void => {
    const now = Date.now();
    recent = [...recent.filter((t) => now - t < windowMs), now];
    logger.error({ component: 'process', err: describe(error) }, 'uncaught exception; still serving');
    if (recent.length > max) {
      logger.error({ component: 'process', count: recent.length }, 'too many uncaught exceptions; exiting');
      exit(1);
    }
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
