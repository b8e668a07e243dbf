import { closeSync, openSync, readSync } from 'node:fs';

// Reads a CSV line by line in 4 MB chunks: at 10M rows the file is ~570 MB, more than one string may hold.

const CHUNK = 4 * 1_048_576;

/** Calls `onLine` with every non-empty line after the header. */
export function forEachCsvLine(path: string, onLine: (line: string) => void): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let carry = '';
  let header = true;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      // The generator writes ASCII only, so a chunk boundary never splits a character.
      const text = carry + buffer.toString('latin1', 0, read);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        if (end > start && !header) onLine(text.slice(start, end));
        header = false;
        start = end + 1;
      }
      carry = text.slice(start);
      if (read === 0) break;
    }
    if (carry.length > 0 && !header) onLine(carry);
  } finally {
    closeSync(fd);
  }
}
