import type { KeyValueStore, Logger } from '../../core/ports.ts';
import { FileStore } from './file-store.ts';
import { RedisStore } from './redis-store.ts';

export interface StoreOptions {
  /** REDIS_URL: when set, every replica shares one Redis. */
  redisUrl?: string;
  /** PULSE_STATE_DIR: where the embedded store keeps its file when Redis is not configured. */
  stateDir: string;
  /** Prefix for every key, so several bots (or test runs) can share one Redis. */
  namespace?: string;
  logger?: Logger;
}

/** Redis when configured, otherwise the persistent file store under the state dir. */
export async function createStore(options: StoreOptions): Promise<KeyValueStore> {
  if (options.redisUrl) {
    return RedisStore.connect({
      url: options.redisUrl,
      namespace: options.namespace,
      logger: options.logger,
    });
  }
  return new FileStore({ stateDir: options.stateDir, namespace: options.namespace });
}
