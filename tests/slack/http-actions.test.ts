import { afterEach, describe, expect, test } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack-api.ts';
import { clickButton, findButton, mentionWithButtons } from './buttons.ts';
import { fixture, type Harness, realService, startHarness } from './slack-harness.ts';

// The buttons under an answer, clicked with Slack-shaped block_actions payloads built from the answer the
// fake received, so the values are exactly what Pulse put there.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MENTION_TS = '1717400000.000100';
type Json = Record<string, unknown>;

const click = clickButton;

const threadPosts = (harness: Harness) => harness.api.callsTo('chat.postMessage').slice(1);
const text = (call: RecordedCall | undefined) => String(call?.body.text ?? '');
const find = findButton;

describe('answer buttons', () => {
  test('"Break down by channel" answers in the thread, by channel', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h);
    const res = await click(h, find(buttons, 'pulse_breakdown_channel'));
    expect(res.status).toBe(200);
    await h.api.waitFor(() => threadPosts(h as Harness).length === 1);
    const [post] = threadPosts(h);
    expect(post?.body).toMatchObject({ channel: 'C0MARKETING', thread_ts: MENTION_TS });
    expect(text(post)).toMatch(/PulseDemoTV[^\n]*7,000/);
    expect(text(post)).toMatch(/pulsedemo[^\n]*3,500/);
  });

  test('"Compare with previous period" compares last week with the week before', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h);
    await click(h, find(buttons, 'pulse_compare_previous'));
    await h.api.waitFor(() => threadPosts(h as Harness).length === 1);
    const [post] = threadPosts(h);
    expect(post?.body.thread_ts).toBe(MENTION_TS);
    expect(text(post)).toContain('10,500');
    expect(text(post)).toContain('8,400');
    expect(text(post)).toContain('+25.0%');
  });

  test('"Subscribe to weekly digest" subscribes this channel', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h);
    await click(h, find(buttons, 'pulse_subscribe_digest'));
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'respond'));
    const [reply] = h.api.callsTo('respond');
    expect(text(reply)).toContain('Subscribed');
    expect(text(reply)).toContain('Monday at 09:00');
    expect(reply?.body.replace_original).toBe(false);
  });

  test('a tampered button value runs nothing and says so privately', async () => {
    h = await startHarness(realService);
    await click(h, {
      action_id: 'pulse_breakdown_channel',
      value: '{"op":"value","metric":1}',
      text: { text: 'x' },
    });
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'respond'));
    const [reply] = h.api.callsTo('respond');
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(text(reply)).toContain('no longer works');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  test('a button under an ephemeral answer answers privately through response_url', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h);
    const base = fixture('action-button');
    await click(h, find(buttons, 'pulse_compare_previous'), {
      container: { ...(base.container as Json), is_ephemeral: true },
      message: undefined,
    });
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'respond'));
    const [reply] = h.api.callsTo('respond');
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(text(reply)).toContain('+25.0%');
    expect(threadPosts(h)).toHaveLength(0);
  });
});
