import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';
import { StoreError } from '../../core/errors.ts';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import { deserializeEnvelope, KeyvStore, serializeEnvelope, storeCall } from './keyv-store.ts';

export interface RedisStoreOptions {
  url: string;
  namespace?: string;
  /** How long start-up waits for Redis before giving up with a StoreError. */
  connectTimeoutMs?: number;
  logger?: Logger;
}

type RedisClient = ReturnType<typeof createClient>;

const SEPARATOR = '::';

/** `redis://user:secret@host:6379/0` → `host:6379`: enough to find the server, never the password. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'the configured Redis';
  }
}

/** Escapes SCAN MATCH glob characters so a prefix is matched literally. */
const globEscape = (text: string): string => text.replace(/[*?[\]\\]/g, '\\$&');

/**
 * Shared state for any number of replicas: keyv + @keyv/redis for values, and the raw node-redis client for the
 * two things keyv cannot do atomically: `SET NX PX` claims and SCAN listings.
 */
export class RedisStore extends KeyvStore {
  readonly #client: RedisClient;
  readonly #prefix: string;

  private constructor(client: RedisClient, namespace: string) {
    const adapter = new KeyvRedis(client, { namespace, keyPrefixSeparator: SEPARATOR, throwOnErrors: true });
    super(
      new Keyv({
        store: adapter,
        namespace,
        useKeyPrefix: false,
        throwOnErrors: true,
        serialize: serializeEnvelope,
        deserialize: deserializeEnvelope,
      }),
    );
    this.#client = client;
    this.#prefix = `${namespace}${SEPARATOR}`;
  }

  static async connect(options: RedisStoreOptions): Promise<RedisStore> {
    const where = redactRedisUrl(options.url);
    const logger = options.logger ?? silentLogger;
    const timeoutMs = options.connectTimeoutMs ?? 3000;
    let ready = false;
    const client: RedisClient = createClient({
      url: options.url,
      // Fail fast while Redis is away instead of queueing: a dedupe check must not hang a Slack ack.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: timeoutMs,
        // Before the first connection, give up quickly so start-up reports it; afterwards, keep retrying.
        reconnectStrategy: (retries: number) =>
          ready ? Math.min(100 * 2 ** retries, 5000) : retries >= 2 ? new Error('unreachable') : 200,
      },
    });
    client.on('error', (error: unknown) => {
      if (ready) logger.warn({ where, err: String(error) }, 'redis connection error');
    });
    client.on('ready', () => {
      ready = true;
    });
    try {
      await client.connect();
    } catch (error) {
      if (client.isOpen) client.destroy();
      throw new StoreError(`cannot connect to Redis at ${where}: is it running? (REDIS_URL)`, {
        cause: error,
      });
    }
    return new RedisStore(client, options.namespace ?? 'pulse');
  }

  claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    return storeCall('claim', async () => {
      // The same `{value, expires}` JSON envelope serializeEnvelope writes, so get() reads the claim.
      const envelope = JSON.stringify({ value, expires: Date.now() + ttlMs });
      const reply = await this.#client.set(this.#prefix + key, envelope, {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) },
      });
      return reply === 'OK';
    });
  }

  keys(prefix: string): Promise<string[]> {
    return storeCall('keys', async () => {
      const out: string[] = [];
      const match = `${globEscape(this.#prefix + prefix)}*`;
      for await (const batch of this.#client.scanIterator({ MATCH: match, COUNT: 1000 })) {
        for (const key of batch) out.push(key.slice(this.#prefix.length));
      }
      return [...new Set(out)];
    });
  }

  async close(): Promise<void> {
    if (this.#client.isOpen) await this.#client.close();
  }
}
