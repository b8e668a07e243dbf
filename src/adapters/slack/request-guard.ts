import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  isRawBodyError,
  verifySlackRequest,
} from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../core/ports.ts';

/** Slack's rule: a request more than five minutes off the server's clock, either way, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const object = z.looseObject({});
const maybeString = z.string().optional();
const maybeObject = object.optional();
const INTERACTIVE = new Set([
  'shortcut',
  'message_action',
  'view_submission',
  'view_closed',
  'block_suggestion',
]);

/**
 * The payloads Slack sends to `/slack/events`, as far as Bolt's dispatch reads them: an object of a known kind
 * whose routing fields have the types Bolt assumes. Anything else would make Bolt throw, or wait 3 s for an ack.
 */
const slackPayload = z
  .looseObject({
    type: maybeString,
    challenge: maybeString,
    event: z
      .looseObject({ type: z.string(), channel: z.union([z.string(), object]).optional(), item: maybeObject })
      .optional(),
    command: maybeString,
    channel: maybeObject,
    user: maybeObject,
    actions: z.array(object).optional(),
  })
  .refine(
    (b) =>
      (b.type === 'url_verification' && b.challenge !== undefined) ||
      b.event !== undefined ||
      b.command !== undefined ||
      b.actions !== undefined ||
      (b.type !== undefined && INTERACTIVE.has(b.type)),
  );

/** The media type without parameters ("application/json; charset=utf-8" → "application/json"). */
const mediaType = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const refuse = (res: ServerResponse, status: number): void => {
  res.writeHead(status);
  res.end();
};

type Verdict = { ok: true } | { ok: false; status: number; reason: string };

/** Signature, freshness in both directions, content type and payload shape of a buffered request. */
export function checkSlackRequest(
  req: BufferedIncomingMessage,
  signingSecret: string,
  nowMs: number,
): Verdict {
  const body = req.rawBody.toString('utf8');
  // Slack's SSL check carries no signature; Bolt answers it and strips anything else from the body.
  if (req.headers['content-type'] === FORM && new URLSearchParams(body).get('ssl_check') === '1')
    return { ok: true };
  const stamp = Number(req.headers['x-slack-request-timestamp']);
  const signature = req.headers['x-slack-signature'];
  if (!Number.isInteger(stamp) || typeof signature !== 'string')
    return { ok: false, status: 401, reason: 'missing signature headers' };
  // Bolt refuses only old requests; one from the future could be replayed until its time passes.
  if (Math.abs(nowMs / 1000 - stamp) > MAX_CLOCK_SKEW_S)
    return { ok: false, status: 401, reason: 'timestamp more than 5 minutes off' };
  try {
    verifySlackRequest({
      signingSecret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': stamp },
      nowMilliseconds: nowMs,
    });
  } catch {
    return { ok: false, status: 401, reason: 'signature mismatch' };
  }
  const type = mediaType(req);
  if (type !== JSON_TYPE && type !== FORM)
    return { ok: false, status: 415, reason: 'unsupported content type' };
  let parsed: unknown;
  try {
    // Parsed the way Bolt will parse it (a form's `payload` field is JSON), so what passes here is what it reads.
    parsed = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return { ok: false, status: 400, reason: 'malformed body' };
  }
  if (!slackPayload.safeParse(parsed).success)
    return { ok: false, status: 400, reason: 'not a Slack payload' };
  return { ok: true };
}

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  bodyLimit?: number;
  path?: string;
  now?: () => number;
}

/**
 * Wraps Bolt's request listener: posts to the events path are buffered and checked first, so a signed body
 * that is not a Slack payload gets a 4xx here instead of a TypeError inside Bolt. Bolt reuses the buffer.
 */
export function guardRequests(next: RequestListener, o: GuardOptions): RequestListener {
  const path = o.path ?? '/slack/events';
  const now = o.now ?? Date.now;
  return (req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) {
      next(req, res);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(req, o.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit)
      .then((buffered) => {
        const verdict = checkSlackRequest(buffered, o.signingSecret, now());
        if (verdict.ok) return next(buffered, res);
        o.logger.warn({ component: 'slack', status: verdict.status }, `request refused: ${verdict.reason}`);
        refuse(res, verdict.status);
      })
      .catch((error: unknown) => {
        const tooLarge =
          isRawBodyError(error) && (error.statusCode === 413 || error.type === 'entity.too.large');
        o.logger.warn({ component: 'slack', err: String(error) }, 'request refused: unreadable body');
        if (!res.headersSent) refuse(res, tooLarge ? 413 : 400);
      });
  };
}
