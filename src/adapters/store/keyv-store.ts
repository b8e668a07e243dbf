import type { Deserialize, DeserializedData, Keyv, Serialize } from 'keyv';
import { StoreError } from '../../core/errors.ts';
import type { KeyValueStore } from '../../core/ports.ts';

// Plain JSON envelopes `{value, expires}`, so a raw `SET NX` written by a claim reads back through keyv like
// any other value.
export const serializeEnvelope: Serialize = (data) => JSON.stringify(data);
export const deserializeEnvelope: Deserialize = <V>(text: string) => JSON.parse(text) as DeserializedData<V>;

/** Runs a store call and turns any failure into a StoreError that says what was attempted, never the URL. */
export async function storeCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`store ${what} failed`, { cause: error });
  }
}

/** get/set/delete through keyv; each backend adds its own atomic claim and key listing. */
export abstract class KeyvStore implements KeyValueStore {
  protected readonly keyv: Keyv;

  constructor(keyv: Keyv) {
    this.keyv = keyv;
  }

  get<T>(key: string): Promise<T | undefined> {
    return storeCall('get', async () => (await this.keyv.get<T>(key)) ?? undefined);
  }

  set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    return storeCall('set', async () => {
      await this.keyv.set(key, value, ttlMs && ttlMs > 0 ? ttlMs : undefined);
    });
  }

  delete(key: string): Promise<void> {
    return storeCall('delete', async () => {
      await this.keyv.delete(key);
    });
  }

  abstract claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  abstract keys(prefix: string): Promise<string[]>;
  abstract close(): Promise<void>;
}
