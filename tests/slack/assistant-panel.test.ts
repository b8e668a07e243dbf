import { afterEach, expect, test } from 'vitest';
import { eventFixture, fixture, type Harness, realService, startHarness } from './slack-harness.ts';

// The assistant side panel: Bolt's Assistant over the real HTTP receiver. Nothing here may read Slack history.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const THREAD = { channel_id: 'D0ANNA', thread_ts: '1717400400.000500' };

test('a new thread gets a welcome and prompts built from the campaigns this viewer may see', async () => {
  h = await startHarness(realService);
  expect((await h.sendEvent(fixture('event-assistant-thread-started'))).status).toBe(200);
  await h.api.waitFor((calls) => calls.some((c) => c.method === 'assistant.threads.setSuggestedPrompts'));
  const [welcome] = h.api.callsTo('chat.postMessage');
  expect(welcome?.body).toMatchObject({ channel: 'D0ANNA', thread_ts: THREAD.thread_ts });
  const [prompts] = h.api.callsTo('assistant.threads.setSuggestedPrompts');
  expect(prompts?.body).toMatchObject(THREAD);
  const list = prompts?.body.prompts as { title: string; message: string }[];
  expect(list.map((p) => p.message)).toContain('How many views did Life Aesthetics get last week?');
  expect(JSON.stringify(list)).not.toContain('Secret Launch');
  expect(h.api.calls.filter((c) => c.method.startsWith('conversations.'))).toEqual([]);
});

test('a question in the panel sets a title and a status, then the answer lands in the thread', async () => {
  h = await startHarness(realService);
  await h.sendEvent(eventFixture('event-assistant-user-message'));
  await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  const order = h.api.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
  expect(order.indexOf('assistant.threads.setStatus')).toBeLessThan(order.indexOf('chat.postMessage'));
  expect(h.api.callsTo('assistant.threads.setStatus')[0]?.body).toMatchObject({
    ...THREAD,
    status: 'is crunching the numbers…',
  });
  expect(h.api.callsTo('assistant.threads.setTitle')[0]?.body).toMatchObject({
    ...THREAD,
    title: 'How many views did the Korean video get last week?',
  });
  const [answer] = h.api.callsTo('chat.postMessage');
  expect(answer?.body).toMatchObject({ channel: 'D0ANNA', thread_ts: THREAD.thread_ts });
  expect(String(answer?.body.text)).toContain('10,500 views');

  // A follow-up in the same panel thread keeps context and leaves the title alone.
  await h.sendEvent(
    eventFixture(
      'event-assistant-user-message',
      { text: 'and last month?', ts: '1717400501.1' },
      { event_id: 'Ev0A3' },
    ),
  );
  await h.api.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length === 2);
  expect(String(h.api.callsTo('chat.postMessage')[1]?.body.text)).toContain('33,000 views');
  expect(h.api.callsTo('assistant.threads.setTitle')).toHaveLength(1);
  expect(h.api.calls.filter((c) => c.method.startsWith('conversations.'))).toEqual([]);
});

test('a context change is kept in our store, not re-read from Slack', async () => {
  h = await startHarness(realService);
  const changed = fixture('event-assistant-thread-started');
  const event = changed.event as Record<string, unknown>;
  await h.sendEvent({
    ...changed,
    event_id: 'Ev0ACTX',
    event: { ...event, type: 'assistant_thread_context_changed' },
  });
  await h.app.idle();
  expect(await h.store.get(`slack:assistant:D0ANNA:${THREAD.thread_ts}`)).toMatchObject({
    channel_id: 'C0MARKETING',
  });
  expect(h.api.calls.filter((c) => c.method.startsWith('conversations.'))).toEqual([]);
});

test('a person outside the allowlist gets the refusal, and no campaign names in prompts', async () => {
  h = await startHarness(realService, { allowedChannels: ['C0MARKETING'] });
  await h.sendEvent(fixture('event-assistant-thread-started'));
  await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  await h.app.idle();
  expect(String(h.api.callsTo('chat.postMessage')[0]?.body.text)).toMatch(/^Sorry, I'm only set up/);
  expect(h.api.callsTo('assistant.threads.setSuggestedPrompts')).toHaveLength(0);
});

test('the answer still comes when the panel status cannot be set', async () => {
  h = await startHarness(realService);
  h.api.fail('assistant.threads.setStatus', { status: 200, body: { ok: false, error: 'not_allowed' } });
  await h.sendEvent(eventFixture('event-assistant-user-message'));
  await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  expect(String(h.api.callsTo('chat.postMessage')[0]?.body.text)).toContain('10,500 views');
  expect(h.logger.find('could not set the thread status')).toHaveLength(1);
});
