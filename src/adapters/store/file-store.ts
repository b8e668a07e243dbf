import { join } from 'node:path';
import { Keyv } from 'keyv';
import { KeyvFile } from 'keyv-file';
import { KeyLock } from './key-lock.ts';
import { deserializeEnvelope, KeyvStore, serializeEnvelope, storeCall } from './keyv-store.ts';

export interface FileStoreOptions {
  /** Folder for state (PULSE_STATE_DIR); created on first write. */
  stateDir: string;
  namespace?: string;
  fileName?: string;
  /** How long keyv-file batches writes before saving; every awaited write is on disk when it resolves. */
  writeDelayMs?: number;
}

/**
 * The embedded persistent store: one JSON file under the state dir, so subscriptions, dedupe keys and claims
 * survive a restart. One process per file: replicas must share Redis instead.
 */
export class FileStore extends KeyvStore {
  readonly #file: KeyvFile;
  readonly #prefix: string;
  readonly #lock = new KeyLock();

  constructor(options: FileStoreOptions) {
    const namespace = options.namespace ?? 'pulse';
    const file = new KeyvFile({
      filename: join(options.stateDir, options.fileName ?? 'pulse-store.json'),
      writeDelay: options.writeDelayMs ?? 10,
      // Purge expired claims and dedupe keys hourly so the file does not grow without bound.
      expiredCheckDelay: 3_600_000,
      serialize: (data: unknown) => JSON.stringify(data),
      deserialize: (text: string | Buffer) => JSON.parse(text.toString()),
    });
    super(
      new Keyv({ store: file, namespace, serialize: serializeEnvelope, deserialize: deserializeEnvelope }),
    );
    this.#file = file;
    this.#prefix = `${namespace}:`;
  }

  claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    return storeCall('claim', () =>
      this.#lock.run(key, async () => {
        if ((await this.keyv.get(key)) !== undefined) return false;
        await this.keyv.set(key, value, ttlMs);
        return true;
      }),
    );
  }

  keys(prefix: string): Promise<string[]> {
    return storeCall('keys', async () => {
      const wanted = this.#prefix + prefix;
      const out: string[] = [];
      for (const raw of await this.#file.keys()) {
        // getSync drops expired entries, so listing never returns a key that get() would not.
        if (raw.startsWith(wanted) && this.#file.getSync(raw) !== undefined)
          out.push(raw.slice(this.#prefix.length));
      }
      return out;
    });
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}
