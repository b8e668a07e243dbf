import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/**
 * A file's content digest: SHA-256 over the SHA-256 of each 2 MiB piece (and the size). Pieces hash on the
 * threadpool, several at once, so a 500 MB CSV is checked in a fraction of the time one stream would take; the
 * same bytes give the same digest however they were read (`digestBytes` for a text held in memory).
 */
const PIECE = 2 * 1_048_576;
/** Pieces hashing at once: enough to keep both cores busy, few enough that the buffers stay small. */
const IN_FLIGHT = 4;

export interface FileDigest {
  digest: string;
  size: number;
  mtimeMs: number;
  /** No quote and no bare CR anywhere: the file splits exactly on commas and newlines (read-csv-bytes.ts). */
  plain: boolean;
}

/** Looks for what only a full CSV parser reads right (quotes, a CR not before LF), across pieces. */
export class PlainScan {
  #quote = false;
  #bareCr = false;
  #crLast = false;

  scan(b: Uint8Array): void {
    if (b.length === 0) return;
    if (this.#crLast && b[0] !== 10) this.#bareCr = true;
    if (!this.#quote && b.indexOf(34) >= 0) this.#quote = true;
    if (!this.#bareCr)
      for (let i = b.indexOf(13); i >= 0 && i + 1 < b.length; i = b.indexOf(13, i + 1))
        if (b[i + 1] !== 10) {
          this.#bareCr = true;
          break;
        }
    this.#crLast = b[b.length - 1] === 13;
  }

  /** Whether nothing seen needs the full parser (a CR at the very end is bare too). */
  get plain(): boolean {
    return !this.#quote && !this.#bareCr && !this.#crLast;
  }
}

const combine = (pieces: readonly Uint8Array[], size: number): string => {
  const all = createHash('sha256');
  for (const p of pieces) all.update(p);
  return all.update(String(size)).digest('hex');
};

/** The digest of bytes held in memory (an import's pending text): equal to `digestFile` of the same bytes. */
export function digestBytes(bytes: Uint8Array): { digest: string; plain: boolean } {
  const scan = new PlainScan();
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += PIECE) {
    const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE));
    scan.scan(piece);
    pieces.push(createHash('sha256').update(piece).digest());
  }
  return { digest: combine(pieces, bytes.length), plain: scan.plain };
}

/** Reads a file once, hashing its pieces concurrently and scanning them for quotes. Throws as fs does. */
export async function digestFile(path: string): Promise<FileDigest> {
  const handle = await open(path, 'r');
  try {
    const { mtimeMs } = await handle.stat();
    const scan = new PlainScan();
    const hashing: Promise<ArrayBuffer>[] = [];
    let read = 0;
    // A ring of buffers: one is refilled only once the digest that read it is done.
    const ring: Buffer[] = [];
    for (let n = 0; ; n++) {
      if (n >= IN_FLIGHT) await hashing[n - IN_FLIGHT];
      const piece = ring[n % IN_FLIGHT] ?? Buffer.allocUnsafe(PIECE);
      ring[n % IN_FLIGHT] = piece;
      let filled = 0;
      while (filled < PIECE) {
        const { bytesRead } = await handle.read(piece, filled, PIECE - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) break;
      const bytes = piece.subarray(0, filled);
      read += filled;
      scan.scan(bytes);
      hashing.push(crypto.subtle.digest('SHA-256', bytes));
      if (filled < PIECE) break;
    }
    const pieces = (await Promise.all(hashing)).map((d) => new Uint8Array(d));
    return { digest: combine(pieces, read), size: read, mtimeMs, plain: scan.plain };
  } finally {
    await handle.close();
  }
}
