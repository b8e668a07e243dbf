import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { redactUrl } from '../../src/adapters/data/redact-url.ts';
import { healthRoute } from '../../src/adapters/slack/health-route.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { type Composed, compose } from '../../src/app/compose.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import { DataError } from '../../src/core/errors.ts';

// A data file whose figures come from a URL (a spreadsheet published as CSV), served here by a local server that
// changes its CSV, fails, and recovers. The bot's answers follow, and its status says what it serves.

const HEADER = 'date,subject,channel,metric,value';
const V1 = [HEADER, '2024-06-01,sunrise,yt-main,views,100', '2024-06-02,sunrise,yt-main,views,50'].join('\n');
const V2 = `${V1}\n2024-06-03,sunrise,yt-main,views,25\n`;
const V3 = `${V2}2024-06-04,sunrise,yt-main,views,25\n`;
/** Valid CSV, but a row about a subject the catalog lacks: refused like a file would be. */
const BAD = `${V2}2024-06-04,secret-project,yt-main,views,999\n`;

const yaml = (url: string): string => `version: 1
organization: { name: Riverside, timezone: UTC }
metrics:
  - { id: views, label: Views, kind: flow }
  - { id: followers, label: Followers, kind: stock }
campaigns:
  - { id: spring, name: Spring Walks, status: active, start: 2024-01-01 }
channels:
  - { id: yt-main, platform: youtube, handle: RiversideTV }
assets:
  - { id: sunrise, campaign: spring, title: Sunrise Walk, channels: [yt-main] }
series:
  - file: followers.csv
  - url: ${url}
    refresh: 30m
`;

/** Serves `body` with an ETag and Last-Modified, honouring both conditions; `status` forces a failure. */
class SheetServer {
  body = V1;
  status = 200;
  requests = 0;
  conditional = 0;
  notModified = 0;
  #server: Server = createServer((req, res) => this.#handle(req, res.writeHead.bind(res), res.end.bind(res)));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/sheet.csv?gid=0&token=hunter2`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  #handle(
    req: IncomingMessage,
    head: (s: number, h?: Record<string, string>) => unknown,
    end: (b?: string) => unknown,
  ) {
    this.requests++;
    if (this.status !== 200) {
      head(this.status);
      end('oops');
      return;
    }
    const etag = `"v${this.body.length}"`;
    const modified = new Date(Date.UTC(2024, 5, 1) + this.body.length * 1000).toUTCString();
    if (req.headers['if-none-match'] || req.headers['if-modified-since']) this.conditional++;
    if (req.headers['if-none-match'] === etag) {
      this.notModified++;
      head(304, { etag });
      end();
      return;
    }
    head(200, { 'content-type': 'text/csv', etag, 'last-modified': modified });
    end(this.body);
  }
}

/** GET /healthz through the route's own handler, on a throwaway server. */
async function healthz(service: PulseService): Promise<Record<string, unknown>> {
  const route = healthRoute(service, new MemoryStore());
  const server = createServer((req, res) =>
    (route.handler as (q: typeof req, r: typeof res) => void)(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Record<string, unknown>;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('a live source (a published sheet)', () => {
  const sheet = new SheetServer();
  let dir: string;
  let url: string;
  let app: Composed;
  let at = Date.parse('2024-06-05T09:00:00Z');
  const clock = { now: () => new Date(at) };

  beforeAll(async () => {
    url = await sheet.start();
    dir = await mkdtemp(join(tmpdir(), 'pulse-live-'));
    await writeFile(join(dir, 'followers.csv'), `${HEADER}\n2024-06-01,yt-main,,followers,1200\n`);
    await writeFile(join(dir, 'riverside.yaml'), yaml(url));
    app = await compose({
      env: { PULSE_DATA: join(dir, 'riverside.yaml'), PULSE_STATE_DIR: dir },
      fixedNow: '2024-06-05',
      clock,
      ephemeral: true,
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await app.close();
    await sheet.close();
    await rm(dir, { recursive: true, force: true });
  });

  const views = async (): Promise<string> => (await app.service.ask('views for Sunrise Walk')).text;
  const status = async (): Promise<string> => (await app.service.command('status')).rendered.text;
  const reload = async () => {
    at += 15 * 60_000;
    return app.service.data.reload();
  };

  it('is fetched at start and answers from it; status and /healthz name it without its token', async () => {
    expect(sheet.requests).toBe(1);
    expect(await views()).toContain('150 views');
    const text = await status();
    expect(text).toMatch(
      /sheet\.csv\?… \(URL, every 30 min\): data through 2024-06-02 · fetched 2024-06-05 09:00 UTC/,
    );
    // The file keeps its own reach, per metric.
    expect(text).toContain('followers.csv (file): data through 2024-06-01 · loaded 2024-06-05 09:00 UTC');
    expect(text).not.toContain('hunter2');
    const health = await healthz(app.service);
    expect(JSON.stringify(health)).not.toContain('hunter2');
    expect(health.sources).toContainEqual({
      kind: 'url',
      name: url.replace(/\?.*/, '?…'),
      dataThrough: { views: '2024-06-02' },
      lastLoadedAt: '2024-06-05T09:00:00.000Z',
      lastError: null,
      refreshMinutes: 30,
    });
  });

  it('an unchanged sheet costs a 304 and keeps its data', async () => {
    expect(await reload()).toEqual({ ok: true });
    expect(sheet.conditional).toBe(1);
    expect(sheet.notModified).toBe(1);
    expect(await views()).toContain('150 views');
    expect(await status()).toContain('fetched 2024-06-05 09:15 UTC');
  });

  it('a changed sheet is answered from at once', async () => {
    sheet.body = V2;
    expect(await reload()).toEqual({ ok: true });
    expect(await views()).toContain('175 views');
    expect(await status()).toContain('data through 2024-06-03 · fetched 2024-06-05 09:30 UTC');
  });

  it('a failing server keeps the last good data, and status and /healthz say so', async () => {
    sheet.status = 500;
    const r = await reload();
    expect(r.ok).toBe(false);
    expect(await views()).toContain('175 views');
    const text = await status();
    expect(text).toContain(
      'data through 2024-06-03 · fetched 2024-06-05 09:30 UTC · failed 2024-06-05 09:45 UTC: HTTP 500 Internal Server Error; still serving the last good data',
    );
    const health = await healthz(app.service);
    expect(health.reloadFailed).toBe(true);
    expect(health.sources).toContainEqual(
      expect.objectContaining({
        kind: 'url',
        lastLoadedAt: '2024-06-05T09:30:00.000Z',
        lastError: { message: 'HTTP 500 Internal Server Error', at: '2024-06-05T09:45:00.000Z' },
      }),
    );
  });

  it('an invalid CSV is refused like a file, located, without its contents', async () => {
    sheet.status = 200;
    sheet.body = BAD;
    expect((await reload()).ok).toBe(false);
    expect(await views()).toContain('175 views');
    const text = await status();
    expect(text).toContain('failed 2024-06-05 10:00 UTC: line 5, column 2: unknown subject');
    expect(text).toContain('still serving the last good data');
    const health = JSON.stringify(await healthz(app.service));
    expect(health).toContain('line 5, column 2: unknown subject');
    expect(health).not.toContain('secret-project');
    // The refused copy's validators were not kept: the next fetch asks again and gets the whole body.
    const before = sheet.notModified;
    await reload();
    expect(sheet.notModified).toBe(before);
  });

  it('recovers: the new data serves, the failure clears, and the next check is a 304 again', async () => {
    sheet.body = V3;
    expect(await reload()).toEqual({ ok: true });
    expect(await views()).toContain('200 views');
    let text = await status();
    expect(text).toContain('data through 2024-06-04 · fetched 2024-06-05 10:30 UTC');
    expect(text).not.toContain('failed');
    expect((await healthz(app.service)).reloadFailed).toBe(false);
    const hits = sheet.notModified;
    expect(await reload()).toEqual({ ok: true });
    expect(sheet.notModified).toBe(hits + 1);
    text = await status();
    expect(text).toContain('fetched 2024-06-05 10:45 UTC');
  });
});

describe('the refresh timer', () => {
  it('fetches a live source only when its refresh is due', async () => {
    const sheet = new SheetServer();
    const url = await sheet.start();
    const dir = await mkdtemp(join(tmpdir(), 'pulse-live-'));
    await writeFile(join(dir, 'followers.csv'), `${HEADER}\n`);
    await writeFile(join(dir, 'riverside.yaml'), yaml(url));
    let at = Date.parse('2024-06-05T09:00:00Z');
    const data = await FileDataSource.open(join(dir, 'riverside.yaml'), {
      clock: { now: () => new Date(at) },
    });
    try {
      expect(data.hasLive()).toBe(true);
      at += 29 * 60_000;
      expect(await data.refresh()).toBeUndefined();
      expect(sheet.requests).toBe(1);
      at += 60_000;
      sheet.body = V2;
      expect(await data.refresh()).toEqual({ ok: true });
      expect(sheet.requests).toBe(2);
      expect(data.current().dataThrough('views')).toBe(data.current().lastDay);
      expect(data.sources().find((s) => s.kind === 'url')?.through).toEqual({ views: '2024-06-03' });
    } finally {
      await sheet.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a sheet unreachable at start serves no rows yet and says so, rather than stopping the bot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-live-'));
    await writeFile(join(dir, 'followers.csv'), `${HEADER}\n2024-06-01,yt-main,,followers,1200\n`);
    // A port nothing listens on: connection refused.
    const sheet = new SheetServer();
    const url = await sheet.start();
    await sheet.close();
    await writeFile(join(dir, 'riverside.yaml'), yaml(url));
    const data = await FileDataSource.open(join(dir, 'riverside.yaml'));
    try {
      const live = data.sources().find((s) => s.kind === 'url');
      expect(live?.loadedAt).toBeUndefined();
      expect(live?.error?.message).toMatch(/^cannot connect/);
      expect(data.lastError()).toBeDefined();
      expect(data.current().dataThrough('followers')).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a url entry in the data file', () => {
  it('must be https (plain http only on loopback) with a refresh in minutes or hours', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-live-'));
    const path = join(dir, 'riverside.yaml');
    await writeFile(join(dir, 'followers.csv'), `${HEADER}\n`);
    await writeFile(
      path,
      yaml('http://example.com/sheet.csv').replace(
        'refresh: 30m',
        'refresh: soon\n  - url: ftp://x/y\n    colour: red',
      ),
    );
    try {
      const error = await loadDataFile(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
        'series[1].url: must be an https:// URL (plain http:// only for 127.0.0.1 or localhost)',
        'series[1].refresh: must be minutes or hours such as 15m or 1h (at least 1m)',
        'series[2].url: must be an https:// URL (plain http:// only for 127.0.0.1 or localhost)',
        'series[2].colour: unknown key',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is shown without credentials or query', () => {
    expect(redactUrl('https://me:pw@sheets.example.com/d/abc/pub?gid=0&key=s3cret#x')).toBe(
      'https://sheets.example.com/d/abc/pub?…',
    );
    expect(redactUrl('https://example.com/a.csv')).toBe('https://example.com/a.csv');
  });
});
