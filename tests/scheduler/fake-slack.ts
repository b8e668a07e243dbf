import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../fakes/loopback-server.ts';
import { uploadBytes } from '../fakes/upload-bytes.ts';

// A local stand-in for the Slack Web API methods that scheduled digests use: chat.postMessage and the
// files.uploadV2 flow (files.getUploadURLExternal → upload to the returned URL → files.completeUploadExternal).
// It can enforce Slack's ~1 message per second per channel with 429 + Retry-After, and fail calls on demand.

export interface PostedMessage {
  channel: string;
  text: string;
  blocks: unknown[];
  at: number;
}

export interface CompletedUpload {
  channel: string;
  fileId: string;
  title?: string;
  bytes: Buffer;
}

export interface FakeSlackOptions {
  /** Minimum gap between two messages in one channel; 0 = unlimited. */
  perChannelIntervalMs?: number;
  /** Seconds sent in Retry-After when a call is rate limited. */
  retryAfterSeconds?: number;
  /** Keep uploaded file bytes (tests inspect them; a 10,000-digest bench would hold ~1 GB). */
  keepUploadBytes?: boolean;
}

const JSON_FIELDS = new Set(['blocks', 'files', 'attachments']);

function parseForm(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
  return out;
}

export class FakeSlack {
  readonly messages: PostedMessage[] = [];
  readonly uploads: CompletedUpload[] = [];
  /** Every API call in order, including rate-limited ones (`<method>!429`). */
  readonly log: string[] = [];
  rateLimited = 0;
  /** Delay before answering chat.postMessage (after recording it), to make a client time out. */
  postDelayMs = 0;
  readonly #opts: Required<FakeSlackOptions>;
  readonly #lastMessageAt = new Map<string, number>();
  readonly #pendingFiles = new Map<string, Buffer | undefined>();
  readonly #failures = new Map<string, string[]>();
  #server: LoopbackServer | undefined;
  #seq = 0;

  constructor(options: FakeSlackOptions = {}) {
    this.#opts = { perChannelIntervalMs: 0, retryAfterSeconds: 1, keepUploadBytes: true, ...options };
  }

  async start(): Promise<this> {
    // Longer than any client's idle time: a server closing an idle keep-alive socket just as a client reuses it
    // fails that request (UND_ERR_SOCKET), which a post must not retry since it cannot know if Slack took it.
    this.#server = new LoopbackServer((req, res) => void this.#handle(req, res), {
      keepAliveTimeout: 65_000,
    });
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

  get apiUrl(): string {
    return this.#url('/api/');
  }

  /** The next calls of `method` answer `{ok: false, error}` (one entry per call). */
  fail(method: string, ...errors: string[]): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...errors]);
  }

  messagesIn(channel: string): PostedMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  reset(): void {
    this.messages.length = 0;
    this.uploads.length = 0;
    this.log.length = 0;
    this.rateLimited = 0;
    this.#lastMessageAt.clear();
  }

  #send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  /** Enforces the per-channel message rate; true when the call may proceed. */
  #admit(channel: string, method: string, res: ServerResponse): boolean {
    const gap = this.#opts.perChannelIntervalMs;
    const now = Date.now();
    const last = this.#lastMessageAt.get(channel);
    if (gap > 0 && last !== undefined && now - last < gap) {
      this.rateLimited++;
      this.log.push(`${method}!429`);
      this.#send(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(this.#opts.retryAfterSeconds) },
      );
      return false;
    }
    this.#lastMessageAt.set(channel, now);
    return true;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice('/upload/'.length);
      if (!this.#pendingFiles.has(id)) return this.#send(res, 404, { ok: false });
      const bytes = uploadBytes(raw, req.headers['content-type']);
      this.#pendingFiles.set(id, this.#opts.keepUploadBytes ? bytes : Buffer.alloc(1));
      this.log.push('upload');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`OK - ${raw.length}`);
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const body = parseForm(raw.toString('utf8'), req.headers['content-type']);
    const failure = this.#failures.get(method)?.shift();
    if (failure) {
      this.log.push(`${method}!${failure}`);
      return this.#send(res, 200, { ok: false, error: failure });
    }
    switch (method) {
      case 'chat.postMessage': {
        const channel = String(body.channel);
        if (!this.#admit(channel, method, res)) return;
        this.log.push(method);
        const ts = `${1_700_000_000 + ++this.#seq}.000100`;
        this.messages.push({
          channel,
          text: String(body.text ?? ''),
          blocks: (body.blocks as unknown[]) ?? [],
          at: Date.now(),
        });
        if (this.postDelayMs) await new Promise((resolve) => setTimeout(resolve, this.postDelayMs));
        return this.#send(res, 200, { ok: true, channel, ts, message: { text: body.text, ts } });
      }
      case 'files.getUploadURLExternal': {
        this.log.push(method);
        const id = `F${String(++this.#seq).padStart(6, '0')}`;
        this.#pendingFiles.set(id, undefined);
        return this.#send(res, 200, {
          ok: true,
          file_id: id,
          upload_url: this.#url(`/upload/${id}`),
        });
      }
      case 'files.completeUploadExternal': {
        const channel = String(body.channel_id ?? '');
        const files = (body.files as { id: string; title?: string }[]) ?? [];
        const missing = files.find((f) => this.#pendingFiles.get(f.id) === undefined);
        if (missing) return this.#send(res, 200, { ok: false, error: 'file_not_found' });
        if (channel && !this.#admit(channel, method, res)) return;
        this.log.push(method);
        for (const f of files) {
          this.uploads.push({
            channel,
            fileId: f.id,
            title: f.title,
            bytes: this.#pendingFiles.get(f.id) ?? Buffer.alloc(0),
          });
          this.#pendingFiles.delete(f.id);
        }
        return this.#send(res, 200, { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) });
      }
      default:
        this.log.push(`${method}!unknown`);
        return this.#send(res, 200, { ok: false, error: 'unknown_method' });
    }
  }
}
