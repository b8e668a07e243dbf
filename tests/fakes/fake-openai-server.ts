import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// An OpenAI-compatible chat-completions server on 127.0.0.1 with scripted replies, so the real `openai`
// client is exercised over real HTTP: retries, retry-after, timeouts and malformed bodies included.

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (for malformed bodies). */
  body?: unknown;
  /** Wait this long before answering (to outlast the client's timeout). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** When it arrived (ms since epoch), to check waits between retries. */
  at: number;
  /** The raw body, to assert what was (not) sent. */
  raw: string;
  body: ChatRequestBody;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
  temperature?: number;
}

type Script = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

export interface FakeOpenAiServer {
  /** Base URL for the client, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  requests: RecordedRequest[];
  /** Queue replies, used in order; when the queue is empty `fallback` answers. */
  enqueue(...replies: Script[]): void;
  fallback: Script;
  close(): Promise<void>;
}

let completionCount = 0;

/** A chat completion whose message content is `content` (a JSON text for structured outputs). */
export function completion(
  content: string,
  usage = { prompt_tokens: 900, completion_tokens: 60 },
): ScriptedReply {
  completionCount += 1;
  return {
    body: {
      id: `chatcmpl-fake-${completionCount}`,
      object: 'chat.completion',
      created: 1_718_000_000,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          logprobs: null,
          message: { role: 'assistant', content, refusal: null },
        },
      ],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

/** A structured-output reply carrying `{ plan }`. */
export const planReply = (plan: unknown): ScriptedReply => completion(JSON.stringify({ plan }));

export const errorReply = (status: number, headers: Record<string, string> = {}): ScriptedReply => ({
  status,
  headers,
  body: { error: { message: `fake ${status}`, type: 'server_error', code: null } },
});

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: Script[] = [];
  const requests: RecordedRequest[] = [];
  const state: { fallback: Script } = { fallback: errorReply(500) };

  const server: Server = createServer((req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: ChatRequestBody = {};
      try {
        body = JSON.parse(raw) as ChatRequestBody;
      } catch {
        // Recorded as empty: a test asserting on it will say so.
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        at,
        raw,
        body,
      };
      requests.push(recorded);
      const script = queue.shift() ?? state.fallback;
      const reply = typeof script === 'function' ? script(recorded) : script;
      const send = (): void => {
        if (res.destroyed) return;
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(text);
      };
      if (reply.delayMs) {
        const timer = setTimeout(send, reply.delayMs);
        res.on('close', () => clearTimeout(timer));
      } else send();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    get fallback() {
      return state.fallback;
    },
    set fallback(script: Script) {
      state.fallback = script;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
