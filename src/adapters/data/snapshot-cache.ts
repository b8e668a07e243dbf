import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { digestFile } from './content-digest.ts';
import { includeProblem } from './include-path.ts';
import type { Loaded } from './load-data-file.ts';
import { decodeSnapshot, encodeSnapshot, type SnapshotKey, snapshotKey } from './snapshot.ts';

/**
 * Where a data file's snapshot lives in a snapshots folder (`<stateDir>/snapshots`): one file per data file,
 * named by its resolved path, replaced whenever the data changes.
 */
export const snapshotPathFor = (dir: string, dataPath: string): string =>
  join(dir, `${createHash('sha256').update(resolve(dataPath)).digest('hex').slice(0, 16)}.snap`);

/** The digest of the data file's text, as a snapshot's key holds it. */
export const textDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The dataset a snapshot holds, when it is one of this format, intact (its payload hash), and built from exactly
 * the files there are now: the data file's text, and each CSV's size, mtime and content digest (a file touched
 * back to its old mtime is still caught). Anything else, or any failure to read, is undefined: load the files.
 */
export async function readSnapshot(dir: string, dataPath: string, text: string): Promise<Loaded | undefined> {
  try {
    const bytes = await readFile(snapshotPathFor(dir, dataPath));
    const found = snapshotKey(bytes);
    if (!found) return undefined;
    const { key, payload, checksum } = found;
    if (key.path !== resolve(dataPath) || key.text !== textDigest(text)) return undefined;
    const folder = dirname(resolve(dataPath));
    for (const f of key.files) {
      if (await includeProblem(folder, f.include)) return undefined;
      const s = await stat(resolve(folder, f.include));
      if (s.size !== f.size || s.mtimeMs !== f.mtimeMs) return undefined;
    }
    // The CSVs' digests and the payload's hash run on the threadpool together.
    const [digests, sum] = await Promise.all([
      Promise.all(key.files.map((f) => digestFile(resolve(folder, f.include)))),
      crypto.subtle.digest('SHA-256', payload),
    ]);
    if (!Buffer.from(sum).equals(checksum)) return undefined;
    if (digests.some((d, i) => d.digest !== key.files[i]?.digest)) return undefined;
    const { dataset, reach } = decodeSnapshot(payload);
    return { dataset, reach, live: [], databases: [] };
  } catch {
    return undefined;
  }
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
  const temporary = `${path}.${process.pid}.tmp`;
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
