import type { Channel } from '../model/types.ts';

// Handles are written literally: "@osprey.cove", "ospreycove_official", "instagram.com/osprey.cove". Normalizing
// turns their dots and underscores into spaces, where they can lose to a look-alike organization name ("Osprey
// Cove") or match only their first part ("@ospreycove_news" → OspreyCove). So handle-like words are read before
// normalizing: a known handle becomes a marker naming its channel, and an unknown one a marker for a name Pulse
// cannot find.

export interface MarkedHandles {
  /** The question with each handle-like word replaced by a marker that survives normalizing. */
  text: string;
  /** Marker token (normalized form) → the channel it names, or undefined for an unknown handle. */
  markers: Map<string, { channel?: string; written: string }>;
}

/** A word written like a handle: "@name", or letters joined by dots or underscores ("a.b", "a_b"). */
const HANDLE_LIKE =
  /(?<![\p{L}\p{N}@.])(?:[a-z]+\.(?:com|net|org)\/)?@?[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)*/giu;
/** Web addresses and abbreviations are not handles: "x.com", "e.g". */
const NOT_A_HANDLE = /^(?:[\p{L}\p{N}]+\.(?:com|net|org|io|cn|co|tv|me|ly)|(?:[\p{L}]\.)+[\p{L}]?)$/iu;

/**
 * `known` says whether the word, read as ordinary text, already names something ("watch_time" is a metric id):
 * such words are left alone unless they are a handle.
 */
export function markHandles(
  question: string,
  channels: readonly Channel[],
  known: (text: string) => boolean,
): MarkedHandles {
  const byHandle = new Map(channels.map((c) => [c.handle.replace(/^@/, '').toLowerCase(), c.id]));
  const markers = new Map<string, { channel?: string; written: string }>();
  const text = question.replace(HANDLE_LIKE, (word) => {
    const bare = word.replace(/^[a-z]+\.(?:com|net|org)\//i, '').replace(/^@/, '');
    const joined = /[._]/.test(bare);
    if (!word.includes('@') && !joined) return word;
    if (NOT_A_HANDLE.test(bare) || /^[\d._]+$/.test(bare)) return word;
    const channel = byHandle.get(bare.toLowerCase());
    // A plain word with "@" that is no handle ("@channel"), or a joined word that names something else, is left
    // to the usual reading.
    if (!channel && (!joined || known(bare))) return word;
    const marker = `qqhandle${markers.size}qq`;
    markers.set(marker, { channel, written: bare });
    return ` ${marker} `;
  });
  return { text, markers };
}
