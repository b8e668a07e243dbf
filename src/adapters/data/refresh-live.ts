import type { Logger } from '../../core/ports.ts';

export interface Refreshable {
  /** Reloads when a live source is due; undefined when none was. */
  refresh(): Promise<{ ok: true } | { ok: false; error: Error } | undefined>;
}

/**
 * Checks every minute whether a live (`{url: …}`) series is due for its `refresh`, and reloads if so. The timer
 * never keeps the process alive; a failed fetch is logged and the last good data keeps serving.
 */
export function refreshLive(data: Refreshable, logger: Logger, tickMs = 60_000): { close(): void } {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const r = await data.refresh();
      if (r?.ok === false)
        logger.warn({ err: r.error.message }, 'live data refused; still serving the last good data');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'live data refresh failed');
    } finally {
      running = false;
    }
  }, tickMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
