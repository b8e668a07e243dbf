import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server on 127.0.0.1 and a free port, for the fakes that stand in for Slack in tests and benches. */
export class LoopbackServer {
  readonly #server: Server;
  #port = 0;

  constructor(
    handler: (req: IncomingMessage, res: ServerResponse) => void,
    options: { keepAliveTimeout?: number } = {},
  ) {
    this.#server = createServer(handler);
    if (options.keepAliveTimeout !== undefined) this.#server.keepAliveTimeout = options.keepAliveTimeout;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** `http://127.0.0.1:PORT` + path. */
  url(path: string): string {
    return `http://127.0.0.1:${this.#port}${path}`;
  }
}
