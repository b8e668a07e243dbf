import { createHmac } from 'node:crypto';

// Signs requests the way Slack does (v0 HMAC-SHA256 over `v0:<timestamp>:<body>`), so tests and the benchmark
// exercise Bolt's real verification, forged and stale cases included.

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedHeaders(
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: { secret?: string; timestamp?: number } = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, body),
  };
}

/** An Events API callback as Slack posts it. */
export function eventRequest(payload: unknown, options?: { secret?: string; timestamp?: number }) {
  const body = JSON.stringify(payload);
  return { body, headers: signedHeaders(body, 'application/json', options) };
}

/** A slash command: form fields. */
export function commandRequest(
  fields: Record<string, string>,
  options?: { secret?: string; timestamp?: number },
) {
  const body = new URLSearchParams(fields).toString();
  return { body, headers: signedHeaders(body, 'application/x-www-form-urlencoded', options) };
}

/** An interactive payload (buttons): one `payload` form field holding JSON. */
export function interactionRequest(payload: unknown, options?: { secret?: string; timestamp?: number }) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { body, headers: signedHeaders(body, 'application/x-www-form-urlencoded', options) };
}

export async function postSigned(
  url: string,
  request: { body: string; headers: Record<string, string> },
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    body: request.body,
    headers: { ...request.headers, ...extraHeaders },
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}
