import { type FSWatcher, watch } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from '../../app/pulse-types.ts';
import type { Logger } from '../../core/ports.ts';

/**
 * Reloads the data when its folder changes (the YAML or a CSV include), debounced so an editor's several writes
 * make one reload. A refused file is logged; the last good data keeps serving.
 */
export function watchDataFile(
  path: string,
  data: DataSource,
  logger: Logger,
  debounceMs = 500,
): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const r = await data.reload();
        if (r.ok) logger.info({ version: data.current().meta.version }, 'data reloaded');
        else logger.warn({ err: r.error.message }, 'data file refused; still serving the last good data');
      }, debounceMs);
    });
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'cannot watch the data file; use /pulse reload');
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
