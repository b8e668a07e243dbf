import { request } from 'undici';

// Bolt posts every answer to a response_url, and the Web API client posts messages, through a fetch function
// (`clientOptions.fetch`). Node's global fetch builds WHATWG streams and Request objects for each call; on a
// busy event loop that was as much CPU as computing the answer. The same request through undici's
// `request()` (the client that Node's fetch is built on), with its keep-alive pool, costs a fraction, and every
// CPU millisecond saved there is one more for acking requests within Slack's 3 seconds.
//
// Only the plain case takes the short path: a URL, a string body (JSON or form-encoded, which is what Bolt and
// the Web API client send) and headers as a plain object. Anything else (file uploads as FormData, streams,
// Request objects) and any redirect to follow goes to the global fetch, so behaviour never differs.

/** Statuses that must have no body in a Response. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

const plainHeaders = (h: RequestInit['headers']): h is Record<string, string> =>
  h === undefined || (typeof h === 'object' && !Array.isArray(h) && !(h instanceof Headers));

export const undiciFetch: typeof fetch = async (input, init) => {
  const body = init?.body ?? undefined;
  const headers = init?.headers;
  if (
    !(typeof input === 'string' || input instanceof URL) ||
    !(body === undefined || typeof body === 'string') ||
    !plainHeaders(headers)
  ) {
    return fetch(input, init);
  }
  const res = await request(input, {
    method: (init?.method ?? 'GET').toUpperCase() as 'POST',
    headers,
    body,
    signal: init?.signal ?? undefined,
  });
  const follow = (init?.redirect ?? 'follow') === 'follow';
  if (follow && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
    await res.body.dump();
    return fetch(input, init);
  }
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
    else if (value !== undefined) responseHeaders.set(name, value);
  }
  const bytes = await res.body.arrayBuffer();
  return new Response(NULL_BODY.has(res.statusCode) ? null : bytes, {
    status: res.statusCode,
    headers: responseHeaders,
  });
};
