import type { KeyValueStore } from '../../core/ports.ts';

// Slack delivers at least once: retries reuse the event id, and one message can arrive as both `message` and
// `app_mention`. A store claim (SET NX PX) lets exactly one delivery through, across processes sharing Redis.

export const DEDUPE_TTL_MS = 60 * 60 * 1000;

export const eventKey = (eventId: string) => `slack:event:${eventId}`;
export const messageKey = (channel: string, ts: string) => `slack:msg:${channel}:${ts}`;
export const triggerKey = (triggerId: string) => `slack:trigger:${triggerId}`;

export function claimOnce(store: KeyValueStore, key: string, ttlMs = DEDUPE_TTL_MS): Promise<boolean> {
  return store.claim(key, '1', ttlMs);
}

/** Threads the bot answered in: follow-ups there need no mention. */
export const THREAD_TTL_MS = 24 * 60 * 60 * 1000;
const threadKey = (channel: string, threadTs: string) => `slack:thread:${channel}:${threadTs}`;

export async function markThreadAnswered(
  store: KeyValueStore,
  channel: string,
  threadTs: string,
  ttlMs = THREAD_TTL_MS,
) {
  await store.set(threadKey(channel, threadTs), 1, ttlMs);
}

export async function isThreadAnswered(
  store: KeyValueStore,
  channel: string,
  threadTs: string,
): Promise<boolean> {
  return (await store.get<number>(threadKey(channel, threadTs))) !== undefined;
}

/** The conversation key PulseService keeps the thread's last plan under. */
export const conversationKey = (channel: string, threadTs: string | undefined) =>
  threadTs ? `slack:${channel}:${threadTs}` : `slack:${channel}`;
