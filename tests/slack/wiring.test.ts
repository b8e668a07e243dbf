import { afterEach, expect, test } from 'vitest';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/slack-app.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { loadConfig } from '../../src/app/config.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { FakeSlackApi } from '../fakes/fake-slack-api.ts';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.ts';
import { RecordingLogger } from './recording-logger.ts';
import { realService } from './slack-harness.ts';

// The composition root hands `loadConfig(env)` straight to createSlackApp: that path must work as is.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fromEnv(api: FakeSlackApi): Promise<SlackApp> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-from-env',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    PORT: '0',
    PULSE_ALLOWED_CHANNELS: 'C0MARKETING, C0LAUNCH',
  });
  if (!config.slack) throw new Error('config has no slack section');
  const store = new MemoryStore();
  return createSlackApp({
    service: await realService(store),
    store,
    logger: new RecordingLogger(),
    slack: config.slack,
    allowedChannels: config.allowedChannels,
    allowedUsers: config.allowedUsers,
    port: config.port,
    host: '127.0.0.1',
  });
}

test('an app built from the validated environment starts in HTTP mode and serves /healthz', async () => {
  const api = await new FakeSlackApi().start();
  cleanups.push(() => api.close());
  const app = await fromEnv(api);
  await app.start();
  cleanups.push(() => app.stop());
  expect(app.mode).toBe('http');
  expect(app.port).toBeGreaterThan(0);
  expect(api.callsTo('auth.test')[0]?.headers.authorization).toBe('Bearer xoxb-from-env');
  const health = await fetch(`http://127.0.0.1:${app.port}/healthz`);
  expect(health.status).toBe(200);
});

test('a token Slack rejects stops start-up with a message naming the variable and where to get it', async () => {
  const api = await new FakeSlackApi().start();
  cleanups.push(() => api.close());
  api.fail('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
  const app = await fromEnv(api);
  const started = app.start();
  await expect(started).rejects.toBeInstanceOf(ConfigError);
  await expect(started).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions/);
  expect(api.calls.filter((c) => c.method.startsWith('auth.test'))).toHaveLength(1);
});

test('HTTP mode without a signing secret is refused before anything listens', async () => {
  const store = new MemoryStore();
  const build = async () =>
    createSlackApp({
      service: await realService(store),
      store,
      logger: new RecordingLogger(),
      slack: { botToken: 'xoxb-x' },
      allowedChannels: [],
      allowedUsers: [],
      port: 0,
    });
  await expect(build()).rejects.toThrow(/SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
});
