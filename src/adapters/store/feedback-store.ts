import type { Feedback, FeedbackStore, KeyValueStore } from '../../core/ports.ts';

const PREFIX = 'feedback:';
/** One key per person per answer, so a second click overwrites the first. */
const feedbackKey = (f: Pick<Feedback, 'channel' | 'ts' | 'user'>) =>
  `${PREFIX}${f.channel}:${f.ts}:${f.user}`;

/**
 * Feedback in any KeyValueStore (memory, file, Redis): kept without expiry, since the list of answers to fix
 * is only useful if it remembers. Listing reads every verdict, which suits the small numbers people click.
 */
export class KeyValueFeedbackStore implements FeedbackStore {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  async record(feedback: Feedback): Promise<void> {
    await this.#store.set(feedbackKey(feedback), feedback);
  }

  async list(): Promise<Feedback[]> {
    const keys = await this.#store.keys(PREFIX);
    const all = await Promise.all(keys.map((k) => this.#store.get<Feedback>(k)));
    return all
      .filter((f): f is Feedback => f !== undefined)
      .sort((a, b) => b.at.localeCompare(a.at) || a.ts.localeCompare(b.ts));
  }
}
