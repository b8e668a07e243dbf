import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// Stands in for Slack's Socket Mode endpoint: says hello, pushes envelopes, and records the app's acks.

export interface Ack {
  envelope_id: string;
  payload?: unknown;
  receivedAt: number;
}

export class FakeSocketModeServer {
  readonly acks: Ack[] = [];
  #wss: WebSocketServer | undefined;
  #socket: WebSocket | undefined;
  #connected: Promise<void> | undefined;
  readonly #waiting = new Map<string, (ack: Ack) => void>();

  async start(): Promise<this> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.#wss = wss;
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    this.#connected = new Promise((resolve) => {
      wss.on('connection', (socket) => {
        this.#socket = socket;
        socket.on('message', (data) => this.#onMessage(data.toString()));
        socket.send(
          JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0PULSE' } }),
        );
        resolve();
      });
    });
    return this;
  }

  get url(): string {
    if (!this.#wss) throw new Error('not started');
    return `ws://127.0.0.1:${(this.#wss.address() as AddressInfo).port}/link`;
  }

  connected(): Promise<void> {
    return this.#connected ?? Promise.reject(new Error('not started'));
  }

  /** Sends one envelope (`events_api`, `slash_commands`, `interactive`); resolves with the app's ack. */
  deliver(
    type: string,
    payload: unknown,
    extra: Record<string, unknown> = {},
  ): { sentAt: number; ack: Promise<Ack> } {
    const socket = this.#socket;
    if (!socket) throw new Error('no Socket Mode client connected');
    const envelope_id = randomUUID();
    const ack = new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${envelope_id}`)), 5000);
      this.#waiting.set(envelope_id, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
    });
    const sentAt = Date.now();
    socket.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: false, ...extra }));
    return { sentAt, ack };
  }

  #onMessage(raw: string): void {
    const msg = JSON.parse(raw) as { envelope_id?: string; payload?: unknown };
    if (!msg.envelope_id) return;
    const ack: Ack = { envelope_id: msg.envelope_id, payload: msg.payload, receivedAt: Date.now() };
    this.acks.push(ack);
    this.#waiting.get(msg.envelope_id)?.(ack);
    this.#waiting.delete(msg.envelope_id);
  }

  async close(): Promise<void> {
    for (const client of this.#wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.#wss ? this.#wss.close(() => resolve()) : resolve()));
  }
}
