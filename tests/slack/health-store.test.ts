import { afterEach, describe, expect, test } from 'vitest';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/slack-app.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { StoreError } from '../../src/core/errors.ts';
import type { KeyValueStore } from '../../src/core/ports.ts';
import { FakeSlackApi } from '../fakes/fake-slack-api.ts';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.ts';
import { RecordingLogger } from './recording-logger.ts';
import { FIXED_CLOCK, realService } from './slack-harness.ts';

// /healthz tells a load balancer whether the configured store answers: a bot whose Redis is down cannot dedupe,
// claim or remember threads, so it is not healthy.

/** A store whose server has gone away: every call fails the way RedisStore's do. */
class DownStore extends MemoryStore {
  override async get<T>(_key: string): Promise<T | undefined> {
    throw new StoreError('store get failed: connection closed');
  }
}

let app: SlackApp | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  await app?.stop();
  await api?.close();
  app = undefined;
  api = undefined;
});

async function health(store: KeyValueStore) {
  api = await new FakeSlackApi().start();
  app = createSlackApp({
    service: await realService(new MemoryStore()),
    store,
    logger: new RecordingLogger(),
    slack: { botToken: 'xoxb-test-token', signingSecret: TEST_SIGNING_SECRET, apiUrl: api.apiUrl },
    allowedChannels: [],
    allowedUsers: [],
    port: 0,
    host: '127.0.0.1',
    clock: FIXED_CLOCK,
  });
  await app.start();
  const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('/healthz and the store', () => {
  test('a store that answers: 200, store ok', async () => {
    const r = await health(new MemoryStore());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, store: 'ok' });
  });

  test('a store that is down: 503, store unreachable, and no error text', async () => {
    const r = await health(new DownStore());
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ ok: false, store: 'unreachable' });
    expect(JSON.stringify(r.body)).not.toContain('connection closed');
  });
});
