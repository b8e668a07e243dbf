import { afterEach, describe, expect, test } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import type { RecordedCall } from '../fakes/fake-slack-api.ts';
import { FakePulseService } from './fake-pulse-service.ts';
import { DATA_FILE, fixture, type Harness, realService, startHarness } from './slack-harness.ts';

// `/pulse` over the real HTTP receiver: ack first (empty 200), then the answer through response_url.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

let trigger = 0;
function command(harness: Harness, text: string, overrides: Record<string, string> = {}) {
  trigger += 1;
  return harness.sendCommand({
    ...fixture<Record<string, string>>('command-pulse'),
    text,
    trigger_id: `7000000000${trigger}.1.abc`,
    response_url: harness.api.responseUrl(`cmd-${trigger}`),
    ...overrides,
  });
}

async function reply(
  harness: Harness,
  text: string,
  overrides: Record<string, string> = {},
): Promise<RecordedCall> {
  const res = await command(harness, text, overrides);
  expect(res.status).toBe(200);
  expect(res.text).toBe(''); // the ack carries nothing: the answer follows through response_url
  const target = `cmd-${trigger}`;
  await harness.api.waitFor((calls) => calls.some((c) => c.method === 'respond' && c.target === target));
  return harness.api.callsTo('respond').find((c) => c.target === target) as RecordedCall;
}

const text = (call: RecordedCall | undefined) => String(call?.body.text ?? '');

describe('/pulse forms', () => {
  test('/pulse <question> answers in the channel, with buttons', async () => {
    h = await startHarness(realService);
    const r = await reply(h, 'How many views did the Korean video get last week?');
    expect(r.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(text(r)).toContain('10,500 views');
    expect(JSON.stringify(r.body.blocks)).toContain('pulse_compare_previous');
  });

  test('/pulse campaign <name> gives the overview', async () => {
    h = await startHarness(realService);
    const r = await reply(h, 'campaign Life Aesthetics');
    expect(r.body.response_type).toBe('in_channel');
    expect(text(r)).toContain('Life Aesthetics');
    expect(text(r)).toContain('36,000 views');
  });

  test('/pulse digest now posts the digest in the channel', async () => {
    h = await startHarness(realService);
    const r = await reply(h, 'digest now');
    expect(r.body.response_type).toBe('in_channel');
    expect(text(r)).toContain('digest');
    expect(text(r)).toContain('+25.0%');
  });

  test('/pulse help is shown only to the person who asked', async () => {
    h = await startHarness(realService);
    const r = await reply(h, 'help');
    expect(r.body.response_type).toBe('ephemeral');
    expect(text(r)).toContain('/pulse campaign');
  });

  test('a question it cannot answer is ephemeral help, never an invented figure', async () => {
    h = await startHarness(realService);
    const r = await reply(h, 'views of Atlantis last week');
    expect(r.body.response_type).toBe('ephemeral');
    expect(text(r)).toMatch(/couldn.t find/);
  });
});

describe('/pulse context belongs to a thread', () => {
  test('two commands in a channel outside a thread do not share context', async () => {
    h = await startHarness(realService);
    const first = await reply(h, 'How many views did the Korean video get last week?');
    expect(text(first)).toContain('10,500 views');
    const second = await reply(h, 'and last month?');
    expect(text(second)).not.toContain('33,000 views'); // the Korean video's May: a follow-up it must not be
    expect(await h.store.keys('thread:')).toEqual([]);
  });

  test('a command sent in a thread continues that thread', async () => {
    h = await startHarness(realService);
    const inThread = { thread_ts: '1717500000.000100' };
    await reply(h, 'How many views did the Korean video get last week?', inThread);
    const r = await reply(h, 'and last month?', inThread);
    expect(text(r)).toContain('33,000 views');
    expect(await h.store.keys('thread:')).toEqual(['thread:slack:C0MARKETING:1717500000.000100']);
  });
});

describe('/pulse failures', () => {
  test('errors are ephemeral and friendly', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    service.failure = new Error('boom at /srv/pulse/x.ts:12');
    h = await startHarness(() => service);
    const r = await reply(h, 'views');
    expect(r.body.response_type).toBe('ephemeral');
    expect(text(r)).toMatch(/^Sorry/);
    expect(JSON.stringify(r.body)).not.toContain('/srv');
  });

  test('a response_url failing with 5xx is retried; the answer arrives once', async () => {
    h = await startHarness(realService);
    h.api.fail('respond', { status: 502 });
    const r = await reply(h, 'views last week');
    await h.app.idle();
    expect(text(r)).toContain('10,500 views');
    expect(h.api.calls.filter((c) => c.method.startsWith('respond')).map((c) => c.method)).toEqual([
      'respond!',
      'respond',
    ]);
  });

  test('an expired response_url falls back to the Web API rather than losing the answer', async () => {
    h = await startHarness(realService);
    h.api.fail('respond', { status: 404 });
    await command(h, 'views last week');
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    await h.app.idle();
    const [post] = h.api.callsTo('chat.postMessage');
    expect(post?.body.channel).toBe('C0MARKETING');
    expect(text(post)).toContain('10,500 views');
    expect(h.api.callsTo('respond')).toHaveLength(0);
  });

  test('a channel outside PULSE_ALLOWED_CHANNELS gets a polite ephemeral refusal', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    h = await startHarness(() => service, { allowedChannels: ['C0LAUNCH'] });
    const r = await reply(h, 'views last week');
    expect(r.body.response_type).toBe('ephemeral');
    expect(text(r)).toMatch(/^Sorry, I'm only set up/);
    expect(service.calls).toHaveLength(0);
  });

  test('the same command delivered twice (same trigger_id) is answered once', async () => {
    h = await startHarness(realService);
    const fields = { trigger_id: '7999.1.same', response_url: h.api.responseUrl('dup') };
    await command(h, 'views last week', fields);
    await command(h, 'views last week', fields);
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'respond'));
    await h.app.idle();
    expect(h.api.callsTo('respond')).toHaveLength(1);
  });
});
