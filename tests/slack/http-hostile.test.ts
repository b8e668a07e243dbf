import { afterEach, describe, expect, test } from 'vitest';
import { postSigned, signedHeaders } from '../helpers/slack-signing.ts';
import { eventFixture, type Harness, realService, startHarness } from './slack-harness.ts';

// Requests with a valid signature and a body no Slack payload has: refused with a 4xx, never a crash.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const signed = (body: string, contentType = 'application/json', timestamp?: number) => ({
  body,
  headers: {
    ...signedHeaders(body, 'application/json', timestamp === undefined ? {} : { timestamp }),
    'content-type': contentType,
  },
});

describe('valid-signature garbage', () => {
  const bodies: [string, string, string][] = [
    ['JSON null', 'null', 'application/json'],
    ['JSON array', '[1,2,3]', 'application/json'],
    ['JSON number', '42', 'application/json'],
    ['JSON string', '"hello"', 'application/json'],
    ['not JSON', '{"type":', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form payload=[]', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
    ['form payload=7', 'payload=7', 'application/x-www-form-urlencoded'],
    ['event that is not an object', '{"type":"event_callback","event":5}', 'application/json'],
    ['event null', '{"type":"event_callback","event":null}', 'application/json'],
    ['a body of no known kind', '{"hello":"world"}', 'application/json'],
    ['wrong content type', '{"type":"event_callback"}', 'text/plain'],
    ['deep JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'],
    ['bad encoding', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1'), 'application/json'],
  ];

  test.each(bodies)('%s → 4xx at once, and the app keeps serving', async (_name, body, type) => {
    h = await startHarness(realService);
    const res = await postSigned(h.eventsUrl, signed(body, type));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.ms).toBeLessThan(1000);
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ok = await h.sendEvent(eventFixture('event-app-mention'));
    expect(ok.status).toBe(200);
  });
});

describe('signature freshness', () => {
  const now = () => Math.floor(Date.now() / 1000);
  test.each([
    ['400 s ahead', 400],
    ['a day ahead', 86_400],
    ['a year ahead', 365 * 86_400],
    ['six minutes old', -360],
  ])('a timestamp %s gets 401 and nothing is answered', async (_name, offset) => {
    h = await startHarness(realService);
    const body = JSON.stringify(eventFixture('event-app-mention'));
    const res = await postSigned(h.eventsUrl, signed(body, 'application/json', now() + offset));
    expect(res.status).toBe(401);
    await h.app.idle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  test('a timestamp within five minutes either way is accepted', async () => {
    h = await startHarness(realService);
    const body = JSON.stringify(eventFixture('event-app-mention'));
    const res = await postSigned(h.eventsUrl, signed(body, 'application/json', now() + 240));
    expect(res.status).toBe(200);
  });
});
