import type { KeyValueStore } from '../../core/ports.ts';
import { claimOnce } from './once.ts';

// An export dropped into a DM waits here between its dry run and the Import / Cancel click: in the store, so a
// click after a restart (or on another replica) still finds it, with its bytes so what is imported is exactly
// what was previewed.

export const PENDING_IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export interface PendingImport {
  /** The Slack file id: one pending import per uploaded file. */
  id: string;
  user: string;
  channel: string;
  fileName: string;
  /** The file's bytes, base64. */
  bytes: string;
  /** Set once known: detected from the file, or chosen by the admin. */
  kind?: string;
  /** The year of dates written without one (TikTok), when the message named it. */
  year?: number;
}

const pendingKey = (id: string) => `slack:import:${id}`;
const decidedKey = (id: string) => `slack:import-decided:${id}`;
const fileKey = (id: string) => `slack:import-file:${id}`;

export const savePending = (store: KeyValueStore, p: PendingImport): Promise<void> =>
  store.set(pendingKey(p.id), p, PENDING_IMPORT_TTL_MS);

export const loadPending = (store: KeyValueStore, id: string): Promise<PendingImport | undefined> =>
  store.get<PendingImport>(pendingKey(id));

/** One Slack upload arrives as `message` (file_share) and `file_shared`: only the first is worked on. */
export const claimUpload = (store: KeyValueStore, fileId: string): Promise<boolean> =>
  claimOnce(store, fileKey(fileId), PENDING_IMPORT_TTL_MS);

/** Import or Cancel, whichever is clicked first, and only once: a second click (or a double click) does nothing. */
export const claimDecision = (store: KeyValueStore, id: string): Promise<boolean> =>
  claimOnce(store, decidedKey(id), PENDING_IMPORT_TTL_MS);

export const deletePending = (store: KeyValueStore, id: string): Promise<void> =>
  store.delete(pendingKey(id));
