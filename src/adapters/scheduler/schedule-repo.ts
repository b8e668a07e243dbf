import { randomBytes } from 'node:crypto';
import type { KeyValueStore } from '../../core/ports.ts';
import type { AlertRule, Subscription } from '../../core/schedule/schedule-types.ts';

// Key layout, shared by every replica through the store.
export const KEYS = {
  subscription: (id: string) => `sched:sub:${id}`,
  subscriptions: 'sched:sub:',
  alert: (id: string) => `sched:alert:${id}`,
  alerts: 'sched:alert:',
  slot: (subscriptionId: string, slot: Date) => `sched:slot:${subscriptionId}:${slot.toISOString()}`,
  alertState: (id: string) => `sched:alert-state:${id}`,
  alertFire: (id: string, episode: number) => `sched:alert-fire:${id}:${episode}`,
  unusualFlag: (id: string, flag: string) => `sched:alert-flag:${id}:${flag}`,
} as const;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Short ids people can type back (`digest unsubscribe dk4m2x`), without look-alike characters. */
export function newId(prefix: 'd' | 'a'): string {
  const bytes = randomBytes(5);
  return prefix + [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

async function loadAll<T>(store: KeyValueStore, prefix: string): Promise<T[]> {
  const keys = await store.keys(prefix);
  const values = await Promise.all(keys.map((k) => store.get<T>(k)));
  return values.filter((v): v is Awaited<T> => v !== undefined) as T[];
}

/** Subscriptions and alert rules in the shared store. */
export class ScheduleRepo {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  get store(): KeyValueStore {
    return this.#store;
  }

  async subscriptionIds(): Promise<string[]> {
    const keys = await this.#store.keys(KEYS.subscriptions);
    return keys.map((k) => k.slice(KEYS.subscriptions.length));
  }

  getSubscription(id: string): Promise<Subscription | undefined> {
    return this.#store.get<Subscription>(KEYS.subscription(id));
  }

  async subscriptions(channelId?: string): Promise<Subscription[]> {
    const all = await loadAll<Subscription>(this.#store, KEYS.subscriptions);
    return all.filter((s) => channelId === undefined || s.channelId === channelId).sort(byCreation);
  }

  async addSubscription(sub: Subscription): Promise<void> {
    await this.#store.set(KEYS.subscription(sub.id), sub);
  }

  async removeSubscription(id: string): Promise<void> {
    await this.#store.delete(KEYS.subscription(id));
  }

  getAlert(id: string): Promise<AlertRule | undefined> {
    return this.#store.get<AlertRule>(KEYS.alert(id));
  }

  async alerts(channelId?: string): Promise<AlertRule[]> {
    const all = await loadAll<AlertRule>(this.#store, KEYS.alerts);
    return all.filter((a) => channelId === undefined || a.channelId === channelId).sort(byCreation);
  }

  async addAlert(rule: AlertRule): Promise<void> {
    await this.#store.set(KEYS.alert(rule.id), rule);
  }

  async removeAlert(id: string): Promise<void> {
    await this.#store.delete(KEYS.alert(id));
    await this.#store.delete(KEYS.alertState(id));
  }
}

const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
