import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { undiciFetch } from '../../src/adapters/slack/undici-fetch.ts';
import { LoopbackServer } from '../fakes/loopback-server.ts';

// undiciFetch stands in for the global fetch in Bolt and the Web API client, so both are held to the same
// observable behaviour against one local server: status, headers, body, what reached the server.

interface Seen {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

const seen: Seen[] = [];

function handler(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const path = req.url ?? '';
    seen.push({
      method: req.method ?? '',
      path,
      contentType: String(req.headers['content-type'] ?? ''),
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (path === '/limited') {
      res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
      res.end('{"ok":false,"error":"ratelimited"}');
    } else if (path === '/empty') {
      res.writeHead(204).end();
    } else if (path === '/moved') {
      res.writeHead(302, { location: '/target' }).end();
    } else if (path === '/slow') {
      setTimeout(() => res.end('late'), 2_000).unref();
    } else {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
      res.end(JSON.stringify({ ok: true, path }));
    }
  });
}

const server = new LoopbackServer(handler);
beforeAll(() => server.listen());
afterAll(() => server.close());

const implementations = { 'global fetch': fetch, undiciFetch } as const;

describe.each(Object.entries(implementations))('%s', (_name, fetchFn) => {
  test('a JSON POST: status, headers and body as sent and received', async () => {
    const body = JSON.stringify({ text: 'Views: 1,234', response_type: 'in_channel' });
    const res = await fetchFn(server.url('/respond/r1'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ ok: true, path: '/respond/r1' });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      path: '/respond/r1',
      contentType: 'application/json',
      body,
    });
  });

  test('a form-encoded Web API call', async () => {
    const body = 'channel=C1&text=hello%20world';
    const res = await fetchFn(new URL(server.url('/api/chat.postMessage')), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'error',
    });
    expect(await res.text()).toBe('{"ok":true,"path":"/api/chat.postMessage"}');
    expect(seen.at(-1)?.body).toBe(body);
  });

  test('429 keeps its Retry-After for the client to wait out', async () => {
    const res = await fetchFn(server.url('/limited'), { method: 'POST', body: '{}' });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.text()).toContain('ratelimited');
  });

  test('204: no body', async () => {
    const res = await fetchFn(server.url('/empty'));
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
  });

  test('a redirect is followed, as fetch does by default', async () => {
    const res = await fetchFn(server.url('/moved'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, path: '/target' });
  });

  test('an abort signal (the Web API client timeout) rejects', async () => {
    await expect(fetchFn(server.url('/slow'), { signal: AbortSignal.timeout(50) })).rejects.toThrow();
  });

  test('multipart (file uploads) reaches the server intact', async () => {
    const form = new FormData();
    form.append('filename', 'chart.png');
    form.append('file', new Blob([new Uint8Array([137, 80, 78, 71])]), 'chart.png');
    const res = await fetchFn(server.url('/upload'), { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const last = seen.at(-1);
    expect(last?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(last?.body).toContain('name="filename"');
    expect(last?.body).toContain('chart.png');
  });

  test('repeated calls reuse the connection pool and all arrive', async () => {
    const before = seen.length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetchFn(server.url(`/respond/p${i}`), { method: 'POST', body: `{"n":${i}}` }).then((r) => r.json()),
      ),
    );
    expect(results.map((r) => (r as { path: string }).path)).toEqual(
      Array.from({ length: 20 }, (_, i) => `/respond/p${i}`),
    );
    expect(seen.length - before).toBe(20);
  });
});
