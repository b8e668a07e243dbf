import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from './loopback-server.ts';
import { uploadBytes } from './upload-bytes.ts';

// A local stand-in for slack.com: the Web API under /api/<method>, response_url posts under /respond/<id>, and
// the files.uploadV2 flow (files.getUploadURLExternal → the bytes to /upload/<id> → files.completeUploadExternal).
// It records every call so tests assert what Slack would have received, and can fail calls on demand. Files
// shared with the bot are served under /files-pri/<id>/<name> (`url_private_download`), to the bot token only,
// and described by files.info.

export interface RecordedCall {
  /** `chat.postMessage`, … or `respond` for response_url posts. */
  method: string;
  /** For response_url posts: the id in the URL. */
  target?: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface Failure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Upload {
  channel: string;
  threadTs?: string;
  filename: string;
  title?: string;
  bytes: Buffer;
  at: number;
}

/** A file someone shared, as Slack describes it in `files[]` of a message and in files.info. */
export interface SharedFileInfo {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  user: string;
  url_private: string;
  url_private_download: string;
}

export const FAKE_BOT = { userId: 'UPULSEBOT', botId: 'BPULSE', teamId: 'T0PULSE' } as const;

// Slack sends nested arguments (blocks, prompts, metadata) as JSON strings inside a form body.
const JSON_FIELDS = new Set(['blocks', 'attachments', 'prompts', 'metadata', 'files']);

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
  return out;
}

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** Files whose upload completed, in order. */
  readonly uploads: Upload[] = [];
  readonly #pending = new Map<string, { filename: string; bytes?: Buffer }>();
  #fileSeq = 0;
  /** What apps.connections.open hands out (the fake Socket Mode server). */
  socketUrl = '';
  /** Delay before answering, to simulate a slow Slack. */
  delayMs = 0;
  #server: LoopbackServer | undefined;
  #ts = 1_700_000_000;
  readonly #failures = new Map<string, Failure[]>();
  readonly #waiters = new Set<() => void>();
  readonly #files = new Map<string, { info: SharedFileInfo; bytes: Buffer }>();
  /** The token Slack accepts for file downloads. */
  botToken = 'xoxb-test-token';

  /** Makes a file downloadable, as if `user` had uploaded it; returns Slack's description of it. */
  shareFile(id: string, name: string, bytes: Buffer | string, user = 'U0ANNA'): SharedFileInfo {
    const url = this.#url(`/files-pri/${FAKE_BOT.teamId}-${id}/download/${encodeURIComponent(name)}`);
    const data = Buffer.from(bytes);
    const info: SharedFileInfo = {
      id,
      name,
      title: name,
      mimetype: name.endsWith('.zip') ? 'application/zip' : 'text/csv',
      filetype: name.endsWith('.zip') ? 'zip' : 'csv',
      size: data.length,
      user,
      url_private: url.replace('/download/', '/'),
      url_private_download: url,
    };
    this.#files.set(id, { info, bytes: data });
    return info;
  }

  async start(): Promise<this> {
    this.#server = new LoopbackServer((req, res) => void this.#handle(req, res));
    await this.#server.listen();
    return this;
  }

  async close(): Promise<void> {
    await this.#server?.close();
  }

  #url(path: string): string {
    if (!this.#server) throw new Error('the fake Slack is not started');
    return this.#server.url(path);
  }

  /** The Web API base URL to hand to the app (`clientOptions.slackApiUrl`). */
  get apiUrl(): string {
    return this.#url('/api/');
  }

  responseUrl(id: string): string {
    return this.#url(`/respond/${id}`);
  }

  /** The next `times` calls of `method` ('respond' for response_url posts) fail this way. */
  fail(method: string, failure: Failure, times = 1): void {
    const list = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.#failures.set(method, list);
  }

  /** Successful calls of one method (failed attempts are recorded separately as `<method>!`). */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Every message content the app produced: posts, ephemerals, updates and response_url posts. */
  get messages(): RecordedCall[] {
    return this.calls.filter((c) =>
      ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'respond'].includes(c.method),
    );
  }

  /** Waits until `predicate` holds over the recorded calls, or fails after `timeoutMs`. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 5000): Promise<RecordedCall[]> {
    if (predicate(this.calls)) return this.calls;
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this.calls)) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve(this.calls);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(
          new Error(
            `fake Slack: condition not met in ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method)}`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  reset(): void {
    this.calls.length = 0;
    this.uploads.length = 0;
    this.#failures.clear();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, kind, name = ''] = url.pathname.split('/');
    if (kind === 'files-pri') {
      this.#download(req, res, name);
      return;
    }
    if (kind === 'upload') {
      const file = this.#pending.get(name);
      if (file) file.bytes = uploadBytes(Buffer.concat(chunks), req.headers['content-type']);
      this.calls.push({ method: 'upload', target: name, body: {}, headers: req.headers, at: Date.now() });
      res.writeHead(file ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(file ? 'OK' : 'no such upload');
      return;
    }
    const method = kind === 'respond' ? 'respond' : name;
    const body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));

    const failure = this.#failures.get(method)?.shift();
    const call: RecordedCall = {
      method: failure ? `${method}!` : method,
      ...(kind === 'respond' ? { target: name } : {}),
      body,
      headers: req.headers,
      at: Date.now(),
    };
    this.calls.push(call);
    // The reply is made before waiters look, so what it records (an upload) is there when they do.
    const reply = failure ? undefined : this.#reply(method, body);
    for (const w of [...this.#waiters]) w();

    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: false, error: 'fake_failure' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  }

  /** Like files.slack.com: the bytes to the bot token, Slack's sign-in page (HTML, 200) to anyone else. */
  #download(req: IncomingMessage, res: ServerResponse, name: string): void {
    const id = name.split('-').slice(1).join('-');
    const file = this.#files.get(id);
    this.calls.push({ method: 'download', target: id, body: {}, headers: req.headers, at: Date.now() });
    for (const w of [...this.#waiters]) w();
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('file not found');
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.botToken}`) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Sign in to Slack</body></html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.info.mimetype, 'content-length': String(file.bytes.length) });
    res.end(file.bytes);
  }

  #complete(body: Record<string, unknown>): Record<string, unknown> {
    const files = (body.files as { id: string; title?: string }[] | undefined) ?? [];
    if (files.some((f) => this.#pending.get(f.id)?.bytes === undefined))
      return { ok: false, error: 'file_not_found' };
    for (const f of files) {
      const file = this.#pending.get(f.id);
      this.#pending.delete(f.id);
      this.uploads.push({
        channel: String(body.channel_id ?? ''),
        ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}),
        filename: file?.filename ?? '',
        title: f.title,
        bytes: file?.bytes ?? Buffer.alloc(0),
        at: Date.now(),
      });
    }
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  }

  #reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'respond':
        return { ok: true };
      case 'auth.test':
        return {
          ok: true,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
          team_id: FAKE_BOT.teamId,
          user: 'pulse',
        };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage':
        this.#ts += 1;
        return { ok: true, channel: body.channel, ts: `${this.#ts}.000100`, message: { text: body.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.#ts}.000200` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'files.getUploadURLExternal': {
        const id = `F${String(++this.#fileSeq).padStart(6, '0')}`;
        this.#pending.set(id, { filename: String(body.filename ?? '') });
        return { ok: true, file_id: id, upload_url: this.#url(`/upload/${id}`) };
      }
      case 'files.info': {
        const file = this.#files.get(String(body.file ?? ''));
        return file ? { ok: true, file: file.info } : { ok: false, error: 'file_not_found' };
      }
      case 'files.completeUploadExternal':
        return this.#complete(body);
      default:
        // assistant.threads.* and anything else succeed without content; unexpected calls show in `calls`.
        return { ok: true };
    }
  }
}
