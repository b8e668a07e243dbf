import { afterEach, expect, test } from 'vitest';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/slack-app.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { FakeSlackApi } from '../fakes/fake-slack-api.ts';
import { FakeSocketModeServer } from '../fakes/fake-socket-mode-server.ts';
import { RecordingLogger } from './recording-logger.ts';
import { eventFixture, fixture, realService } from './slack-harness.ts';

// Socket Mode end to end: apps.connections.open on the fake Web API hands out a local WebSocket server's URL;
// envelopes arrive over it, acks go back over it, answers go to the fake Web API.

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function startSocketApp(prepare: (api: FakeSlackApi) => void = () => {}) {
  const api = await new FakeSlackApi().start();
  prepare(api);
  const socket = await new FakeSocketModeServer().start();
  api.socketUrl = socket.url;
  const store = new MemoryStore();
  const app: SlackApp = createSlackApp({
    service: await realService(store),
    store,
    logger: new RecordingLogger(),
    slack: { botToken: 'xoxb-test-token', appToken: 'xapp-1-test-token', apiUrl: api.apiUrl },
    allowedChannels: [],
    allowedUsers: [],
    port: 0,
  });
  stops.push(
    () => api.close(),
    () => socket.close(),
    () => app.stop(),
  );
  await app.start();
  await socket.connected();
  return { api, socket, app };
}

test('starts by opening a connection with the app token and answers a mention over the socket', async () => {
  const { api, socket, app } = await startSocketApp();
  expect(app.mode).toBe('socket');
  const open = api.callsTo('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]?.headers.authorization).toBe('Bearer xapp-1-test-token');

  const { ack } = socket.deliver('events_api', eventFixture('event-app-mention'), { retry_attempt: 0 });
  expect((await ack).envelope_id).toBeTruthy();
  await api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  const [answer] = api.callsTo('chat.postMessage');
  expect(answer?.body).toMatchObject({ channel: 'C0MARKETING', thread_ts: '1717400000.000100' });
  expect(String(answer?.body.text)).toContain('10,500 views');
  expect(answer?.headers.authorization).toBe('Bearer xoxb-test-token');
});

test('a redelivered envelope with the same event id is acked again but answered once', async () => {
  const { api, socket, app } = await startSocketApp();
  await socket.deliver('events_api', eventFixture('event-message-im')).ack;
  await api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  const again = socket.deliver('events_api', eventFixture('event-message-im'), {
    retry_attempt: 1,
    retry_reason: 'timeout',
  });
  expect((await again.ack).envelope_id).toBeTruthy();
  await app.idle();
  expect(api.callsTo('chat.postMessage')).toHaveLength(1);
});

test('/pulse over the socket is acked in the envelope and answered through response_url', async () => {
  const { api, socket } = await startSocketApp();
  const payload = {
    ...fixture<Record<string, string>>('command-pulse'),
    response_url: api.responseUrl('sock'),
  };
  const { ack } = socket.deliver('slash_commands', { ...payload, text: 'views last week' });
  await ack;
  await api.waitFor((calls) => calls.some((c) => c.method === 'respond'));
  const [reply] = api.callsTo('respond');
  expect(reply?.target).toBe('sock');
  expect(String(reply?.body.text)).toContain('10,500 views');
});

test('an app token Slack refuses stops start-up with a message naming SLACK_APP_TOKEN', async () => {
  const refused = startSocketApp((api) =>
    api.fail('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } }),
  );
  await expect(refused).rejects.toBeInstanceOf(ConfigError);
  await expect(refused).rejects.toThrow(/SLACK_APP_TOKEN \(invalid_auth\).*connections:write/);
});
