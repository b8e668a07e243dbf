import { afterEach, describe, expect, test } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { FAKE_BOT, type RecordedCall } from '../fakes/fake-slack-api.ts';
import { eventRequest, postSigned } from '../helpers/slack-signing.ts';
import { FakePulseService } from './fake-pulse-service.ts';
import {
  DATA_FILE,
  eventFixture,
  fixture,
  type Harness,
  realService,
  startHarness,
} from './slack-harness.ts';

// Events API over the real HTTP receiver: signed Slack-shaped payloads in, Web API calls recorded by the fake.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MENTION_TS = '1717400000.000100';
const posts = (harness: Harness) => harness.api.callsTo('chat.postMessage');
const textOf = (call: RecordedCall | undefined) => String(call?.body.text ?? '');
const actionIds = (call: RecordedCall | undefined) =>
  ((call?.body.blocks ?? []) as { type: string; elements?: { action_id?: string }[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id));

async function mentionAnswered(harness: Harness): Promise<RecordedCall> {
  const res = await harness.sendEvent(eventFixture('event-app-mention'));
  expect(res.status).toBe(200);
  await harness.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  return posts(harness)[0] as RecordedCall;
}

describe('conversations', () => {
  test('a mention is acked at once and answered in a thread, with follow-up and feedback buttons', async () => {
    h = await startHarness(realService);
    const answer = await mentionAnswered(h);
    expect(answer.body).toMatchObject({ channel: 'C0MARKETING', thread_ts: MENTION_TS, parse: 'none' });
    expect(textOf(answer)).toContain('10,500 views');
    expect(textOf(answer)).not.toContain('<@');
    expect(actionIds(answer)).toEqual([
      'pulse_breakdown_channel',
      'pulse_compare_previous',
      'pulse_subscribe_digest',
      // A single figure has no table to download; every answer takes a verdict.
      'pulse_feedback_up',
      'pulse_feedback_down',
    ]);
  });

  test('a direct message is answered in the DM itself', async () => {
    h = await startHarness(realService);
    expect((await h.sendEvent(eventFixture('event-message-im'))).status).toBe(200);
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const [answer] = posts(h);
    expect(answer?.body.channel).toBe('D0ANNA');
    expect(answer?.body.thread_ts).toBeUndefined();
    expect(textOf(answer)).toContain('Life Aesthetics');
  });

  test('follow-ups in an answered thread need no mention and keep the context', async () => {
    h = await startHarness(realService);
    await mentionAnswered(h);
    await h.sendEvent(eventFixture('event-thread-reply', { text: 'and last month?' }));
    await h.api.waitFor(() => posts(h as Harness).length === 2);
    await h.sendEvent(
      eventFixture(
        'event-thread-reply',
        { text: 'what about Instagram?', ts: '1717400201.000301' },
        { event_id: 'Ev0THREAD002' },
      ),
    );
    await h.api.waitFor(() => posts(h as Harness).length === 3);
    const [, lastMonth, instagram] = posts(h);
    expect(lastMonth?.body.thread_ts).toBe(MENTION_TS);
    expect(textOf(lastMonth)).toContain('33,000 views'); // the Korean video in May: context kept
    expect(textOf(instagram)).toContain('Instagram');
    expect(textOf(instagram)).toContain('11,000 views'); // its Instagram views in May
  });

  test('replies in a thread the bot never answered, small talk, and bots are ignored', async () => {
    h = await startHarness(realService);
    await h.sendEvent(eventFixture('event-thread-reply', { thread_ts: '1717000000.000001' }));
    await h.app.idle();
    expect(posts(h)).toHaveLength(0);

    await mentionAnswered(h);
    await h.sendEvent(eventFixture('event-message-bot'));
    await h.sendEvent(
      eventFixture(
        'event-thread-reply',
        { user: FAKE_BOT.userId, ts: '1717400202.1' },
        { event_id: 'Ev0OWN' },
      ),
    );
    await h.sendEvent(
      eventFixture('event-thread-reply', { text: 'thanks!', ts: '1717400203.1' }, { event_id: 'Ev0THX' }),
    );
    await h.app.idle();
    expect(posts(h)).toHaveLength(1);
  });
});

describe('exactly once', () => {
  test("Slack's retry of the same event (x-slack-retry-num) never produces a second answer", async () => {
    h = await startHarness(realService);
    await mentionAnswered(h);
    const retry = await h.sendEvent(eventFixture('event-app-mention'), {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    await h.app.idle();
    expect(posts(h)).toHaveLength(1);
    expect(h.logger.find('duplicate delivery ignored')[0]?.fields).toMatchObject({
      eventId: 'Ev0MENTION01',
      retryNum: 1,
    });
  });

  test('a mention inside an answered thread arrives twice (app_mention + message) and is answered once', async () => {
    h = await startHarness(realService);
    await mentionAnswered(h);
    const ts = '1717400210.000900';
    const text = `<@${FAKE_BOT.userId}> and last month?`;
    await h.sendEvent(eventFixture('event-thread-reply', { text, ts }, { event_id: 'Ev0DOUBLE1' }));
    await h.sendEvent(
      eventFixture(
        'event-app-mention',
        { text, ts, thread_ts: MENTION_TS, event_ts: ts },
        { event_id: 'Ev0DOUBLE2' },
      ),
    );
    await h.api.waitFor(() => posts(h as Harness).length >= 2);
    await h.app.idle();
    expect(posts(h)).toHaveLength(2);
    expect(posts(h)[1]?.body.thread_ts).toBe(MENTION_TS);
  });

  test('forged signature and stale timestamp get 401 and nothing happens', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    h = await startHarness(() => service);
    const forged = await postSigned(
      h.eventsUrl,
      eventRequest(eventFixture('event-app-mention'), { secret: 'wrong' }),
    );
    const stale = await postSigned(
      h.eventsUrl,
      eventRequest(eventFixture('event-app-mention'), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }),
    );
    const unsigned = await fetch(h.eventsUrl, {
      method: 'POST',
      body: JSON.stringify(fixture('event-app-mention')),
    });
    expect([forged.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    await h.app.idle();
    expect(service.calls).toHaveLength(0);
    expect(h.api.messages).toHaveLength(0);
  });

  test('a 429 with Retry-After from Slack delays the answer but delivers it exactly once', async () => {
    h = await startHarness(realService);
    h.api.fail('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await h.sendEvent(eventFixture('event-app-mention'));
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'), 10_000);
    await h.app.idle();
    const attempts = h.api.calls.filter((c) => c.method.startsWith('chat.postMessage'));
    expect(attempts.map((c) => c.method)).toEqual(['chat.postMessage!', 'chat.postMessage']);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000); // Retry-After honoured
    expect(textOf(posts(h)[0])).toContain('10,500 views');
  }, 15_000);

  test('a 5xx from Slack is retried and the answer delivered once', async () => {
    h = await startHarness(realService, { retryConfig: { retries: 2, minTimeout: 10, factor: 1 } });
    h.api.fail('chat.postMessage', { status: 503 });
    await h.sendEvent(eventFixture('event-app-mention'));
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    await h.app.idle();
    expect(h.api.calls.filter((c) => c.method.startsWith('chat.postMessage')).map((c) => c.method)).toEqual([
      'chat.postMessage!',
      'chat.postMessage',
    ]);
  });
});

describe('visibility and safety', () => {
  test('a campaign restricted to another channel is not named, counted or ranked', async () => {
    h = await startHarness(realService);
    const ask = async (channel: string, text: string, n: number) => {
      const ts = `17174009${n}.000100`;
      await h?.sendEvent(
        eventFixture('event-app-mention', { channel, text, ts }, { event_id: `Ev0VIS${n}` }),
      );
      await h?.api.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length === n);
      return textOf(posts(h as Harness)[n - 1]);
    };
    const mentionText = (q: string) => `<@${FAKE_BOT.userId}> ${q}`;
    const total = await ask('C0MARKETING', mentionText('views last week'), 1);
    const top = await ask('C0MARKETING', mentionText('Top campaigns by views this month'), 2);
    const named = await ask('C0MARKETING', mentionText('views of Secret Launch last week'), 3);
    expect(total).toContain('10,500 views');
    expect(total).not.toContain('710,493');
    expect(top).not.toContain('Secret Launch');
    expect(named).not.toContain('Secret Launch');
    expect(named).not.toMatch(/699,993|710,493/);
    // The same data seen from the campaign's own channel: it exists, and counts.
    const inside = await ask('C0LAUNCH', mentionText('views last week'), 4);
    expect(inside).toContain('710,493 views');
  });

  test('only allowed channels and users are answered; others get a polite private refusal', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    h = await startHarness(() => service, { allowedChannels: ['C0LAUNCH'] });
    await h.sendEvent(eventFixture('event-app-mention'));
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    await h.app.idle();
    expect(service.calls).toHaveLength(0);
    expect(posts(h)).toHaveLength(0);
    const [refusal] = h.api.callsTo('chat.postEphemeral');
    expect(refusal?.body).toMatchObject({ channel: 'C0MARKETING', user: 'U0ANNA' });
    expect(textOf(refusal)).toMatch(/^Sorry/);
  });

  test('an error reaches the user as one friendly line and the log has the context, not the user', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    const failure = new Error('ENOENT: no such file /srv/pulse/secret.yaml (token xoxb-999)');
    service.failure = failure;
    h = await startHarness(() => service);
    await h.sendEvent(eventFixture('event-app-mention'));
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const [notice] = posts(h);
    expect(notice?.body.thread_ts).toBe(MENTION_TS);
    expect(textOf(notice)).toMatch(/^Sorry, something went wrong/);
    expect(JSON.stringify(notice?.body)).not.toMatch(/ENOENT|\/srv|xoxb|at .*\.ts/);
    const [line] = h.logger.find('could not answer');
    expect(line?.level).toBe('error');
    expect(line?.fields).toMatchObject({ channel: 'C0MARKETING', user: 'U0ANNA', source: 'mention' });
  });

  test('nothing posted can ping: broadcast and user tokens from text and data are defused', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    service.render = () => ({
      text: 'Top: <!channel> <!here> <@U0BOSS> @everyone',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '<!everyone> <!subteam^S1|team> <@W0ANNA|anna>' } },
      ],
      terminal: '',
    });
    h = await startHarness(() => service);
    await h.sendEvent(
      eventFixture('event-app-mention', { text: `<@${FAKE_BOT.userId}> views <!channel> <@U0BOSS>` }),
    );
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const body = JSON.stringify(posts(h)[0]?.body);
    expect(body).not.toMatch(/<!channel>|<!here|<!everyone>|<!subteam|<@U|<@W/);
    expect(body).not.toMatch(/[^\u2060]@everyone/);
    expect(service.calls[0]?.input).toBe('views'); // mentions never reach the question
  });

  test('an answer longer than one message is split into several in the thread, never rejected', async () => {
    const service = new FakePulseService(await loadDataFile(DATA_FILE));
    service.render = () => ({
      text: 'long',
      blocks: Array.from({ length: 120 }, (_, i) => ({
        type: 'section' as const,
        text: { type: 'mrkdwn' as const, text: `${i + 1}. ${'x'.repeat(100)}` },
      })),
      terminal: '',
    });
    h = await startHarness(() => service);
    await h.sendEvent(eventFixture('event-app-mention'));
    await h.api.waitFor(() => posts(h as Harness).length === 3);
    const parts = posts(h);
    for (const p of parts) {
      expect(p.body.thread_ts).toBe(MENTION_TS);
      expect((p.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    }
    expect(actionIds(parts[2])).toContain('pulse_breakdown_channel');
  });
});

describe('receiver', () => {
  test('url_verification is answered with the challenge; /healthz reports the data served', async () => {
    h = await startHarness(realService);
    const challenge = await h.sendEvent(fixture('url-verification'));
    expect(challenge.status).toBe(200);
    expect(challenge.text).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      data: { asOf: '2024-06-02' },
      reloadFailed: false,
    });
  });
});
