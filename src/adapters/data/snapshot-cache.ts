import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { digestFile, type FileDigest } from './content-digest.ts';
import { includeProblem } from './include-path.ts';
import type { Loaded } from './load-data-file.ts';
import {
  decodeSnapshot,
  encodeSnapshot,
  type SnapshotFile,
  type SnapshotKey,
  snapshotHead,
} from './snapshot.ts';

/**
 * Where a data file's snapshot lives in a snapshots folder (`<stateDir>/snapshots`): one file per data file,
 * named by its resolved path, replaced whenever the data changes.
 */
export const snapshotPathFor = (dir: string, dataPath: string): string =>
  join(dir, `${createHash('sha256').update(resolve(dataPath)).digest('hex').slice(0, 16)}.snap`);

/** The digest of the data file's text, as a snapshot's key holds it. */
export const textDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface SnapshotReadOptions {
  /** How a CSV is digested (a counting fake in tests). */
  digest?: (path: string) => Promise<FileDigest>;
  /** How long before its digest a file must have last changed for its inode record to vouch for it. */
  racyMs?: number;
}

/**
 * A file whose inode is the one digested, with the same change time, has not been written since: the kernel sets
 * ctime on every write and no tool can set it back (touching mtime sets it too). That holds only for a file
 * that had stopped changing when it was read: one changed within RACY_MS before its digest may have changed
 * again within the same clock tick on a filesystem with coarse times, so it is hashed again — git's index does
 * the same with its "racily clean" entries.
 */
const RACY_MS = 2_000;

/**
 * The dataset a snapshot holds, when it is one of this format, intact (its payload hash), and built from exactly
 * the files there are now: the data file's text, and each CSV's size, mtime and content digest (a file touched
 * back to its old mtime is still caught). Anything else, or any failure to read, is undefined: load the files.
 */
export async function readSnapshot(
  dir: string,
  dataPath: string,
  text: string,
  options: SnapshotReadOptions = {},
): Promise<Loaded | undefined> {
  const digest = options.digest ?? digestFile;
  const racyMs = options.racyMs ?? RACY_MS;
  let handle: FileHandle | undefined;
  try {
    handle = await open(snapshotPathFor(dir, dataPath), 'r');
    const size = (await handle.stat()).size;
    let head = snapshotHead(await readAt(handle, 0, Math.min(size, HEAD_GUESS)));
    if (head && 'headLength' in head && head.headLength <= size)
      head = snapshotHead(await readAt(handle, 0, head.headLength));
    if (!head || !('key' in head) || head.payloadAt + head.payloadLength !== size) return undefined;
    const { key, checksum } = head;
    if (key.path !== resolve(dataPath) || key.text !== textDigest(text)) return undefined;
    const folder = dirname(resolve(dataPath));
    const unsettled: SnapshotFile[] = [];
    for (const f of key.files) {
      if (await includeProblem(folder, f.include)) return undefined;
      const s = await stat(resolve(folder, f.include));
      if (s.size !== f.size || s.mtimeMs !== f.mtimeMs) return undefined;
      const settled =
        f.ctimeMs !== undefined &&
        f.checkedAt !== undefined &&
        s.ctimeMs === f.ctimeMs &&
        s.ino === f.ino &&
        f.ctimeMs < f.checkedAt - racyMs;
      if (!settled) unsettled.push(f);
    }
    // The CSVs that need it are summed while the payload is read, hashed on the threadpool, and decoded here; the
    // decoded dataset is used only once every digest matches.
    const digests = Promise.all(unsettled.map((f) => digest(resolve(folder, f.include))));
    digests.catch(() => undefined);
    const payload = await readAt(handle, head.payloadAt, head.payloadLength);
    const sum = crypto.subtle.digest('SHA-256', payload);
    sum.catch(() => undefined);
    let decoded: ReturnType<typeof decodeSnapshot> | undefined;
    try {
      decoded = decodeSnapshot(payload);
    } catch {
      // A payload that does not decode is corrupt: its hash says so below.
    }
    if (!Buffer.from(await sum).equals(checksum) || !decoded) return undefined;
    if ((await digests).some((d, i) => d.digest !== unsettled[i]?.digest)) return undefined;
    return { dataset: decoded.dataset, reach: decoded.reach, live: [], databases: [] };
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Enough for the head of a snapshot of a few dozen CSVs; a longer head is read again whole. */
const HEAD_GUESS = 64 * 1024;

/** `length` bytes from `at`, in a buffer of their own (8-byte aligned, as the payload's columns need). */
async function readAt(handle: FileHandle, at: number, length: number): Promise<Buffer> {
  // Its own memory (never the shared pool), so the columns' views start 8-byte aligned; not zero-filled, since
  // the read fills it and a short read is cut off.
  const buf = Buffer.allocUnsafeSlow(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buf, filled, length - filled, at + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buf : buf.subarray(0, filled);
}

/**
 * Writes a loaded dataset's snapshot (to a temporary name, then renamed, so a reader never sees half of one).
 * Best effort: a state folder that cannot be written costs the next start a full load, never this one.
 */
export async function writeSnapshot(
  dir: string,
  dataPath: string,
  key: SnapshotKey,
  loaded: Loaded,
): Promise<boolean> {
  const path = snapshotPathFor(dir, dataPath);
  // Unique per writer: two processes, or a worker and the main thread, may write the same snapshot at once.
  const temporary = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temporary, 'w');
    try {
      await handle.writev(encodeSnapshot(key, loaded.dataset, loaded.reach));
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}
