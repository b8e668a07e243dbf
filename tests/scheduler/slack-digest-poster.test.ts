import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostError } from '../../src/adapters/scheduler/digest-poster.ts';
import { digestWebClient, SlackDigestPoster } from '../../src/adapters/scheduler/slack-digest-poster.ts';
import { FakeSlack } from './fake-slack.ts';

const message = (text: string) => ({
  text,
  blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }],
});

async function postError(promise: Promise<unknown>): Promise<PostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostError);
  return error as PostError;
}

describe('SlackDigestPoster against a rate-limiting fake Slack', () => {
  const slack = new FakeSlack({ perChannelIntervalMs: 300, retryAfterSeconds: 1 });
  beforeAll(() => slack.start());
  afterAll(() => slack.close());
  beforeEach(() => slack.reset());

  it('waits out a 429 with its Retry-After and posts each message once', async () => {
    // No pacing of its own, so the second post hits Slack's per-channel limit.
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: slack.apiUrl }),
      minIntervalPerChannelMs: 0,
    });
    const started = Date.now();
    await poster.post('C1', message('first'));
    await poster.post('C1', message('second'));
    expect(slack.rateLimited).toBe(1);
    expect(slack.messages.map((m) => m.text)).toEqual(['first', 'second']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('paces posts to one channel so Slack never has to refuse them', async () => {
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: slack.apiUrl }),
      minIntervalPerChannelMs: 350,
    });
    await Promise.all([poster.post('C2', message('a')), poster.post('C3', message('b'))]);
    await poster.post('C2', message('c'));
    expect(slack.rateLimited).toBe(0);
    expect(slack.messagesIn('C2').map((m) => m.text)).toEqual(['a', 'c']);
  });

  it('defuses mass mentions in digest text', async () => {
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: slack.apiUrl }),
      minIntervalPerChannelMs: 0,
    });
    await poster.post('C4', message('Campaign <!channel> @here results'));
    expect(slack.messages[0]?.text).not.toContain('<!channel>');
  });

  it('reports a refusal as not delivered, retryable only when it may heal', async () => {
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: slack.apiUrl }),
      minIntervalPerChannelMs: 0,
    });
    slack.fail('chat.postMessage', 'channel_not_found');
    const permanent = await postError(poster.post('C5', message('x')));
    expect(permanent).toMatchObject({ delivered: false, retryable: false, code: 'SLACK_FAILED' });
    expect(permanent.message).toBe('posting to C5 failed: channel_not_found');
    slack.fail('chat.postMessage', 'internal_error');
    expect(await postError(poster.post('C5', message('x')))).toMatchObject({
      delivered: false,
      retryable: true,
    });
    expect(slack.messages).toHaveLength(0);
  });

  it('never retries a post that timed out, since Slack may have taken it', async () => {
    const client = digestWebClient('xoxb-t', { apiUrl: slack.apiUrl, timeoutMs: 150 });
    const poster = new SlackDigestPoster({ client, minIntervalPerChannelMs: 0 });
    slack.postDelayMs = 500;
    try {
      const error = await postError(poster.post('C6', message('slow')));
      expect(error).toMatchObject({ delivered: true, retryable: false });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(slack.messagesIn('C6')).toHaveLength(1);
    } finally {
      slack.postDelayMs = 0;
    }
  });

  it('reports an unreachable Slack as not delivered and retryable', async () => {
    // A port that was just free: nothing listens there, so the connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: `http://127.0.0.1:${port}/api/` }),
      minIntervalPerChannelMs: 0,
    });
    expect(await postError(poster.post('C7', message('x')))).toMatchObject({
      delivered: false,
      retryable: true,
    });
  });

  it('keeps the digest when only the chart upload fails', async () => {
    const poster = new SlackDigestPoster({
      client: digestWebClient('xoxb-t', { apiUrl: slack.apiUrl }),
      minIntervalPerChannelMs: 0,
    });
    slack.fail('files.getUploadURLExternal', 'not_allowed_token_type');
    await poster.post('C8', message('digest'), {
      png: Buffer.from('png'),
      filename: 'c.png',
      title: 't',
      altText: 'a',
    });
    expect(slack.messagesIn('C8')).toHaveLength(1);
    expect(slack.uploads).toHaveLength(0);
  });
});
