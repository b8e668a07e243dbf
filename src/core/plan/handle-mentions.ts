import type { MarkedHandles } from './handles.ts';
import type { Mention } from './mentions.ts';

export interface HandleMentions {
  /** Known handles, each a sure mention of its channel. */
  mentions: Mention[];
  /** Handles as written that name no channel of the data: names Pulse cannot find. */
  unknown: string[];
}

/**
 * Handles written literally: their channel, or a name Pulse cannot find. The marker tokens are put back to the
 * handle as written (lower-cased) in `tokens`, and marked in `taken` so no other reading claims them.
 */
export function handleMentions(
  tokens: string[],
  taken: boolean[],
  markers: MarkedHandles['markers'],
): HandleMentions {
  const mentions: Mention[] = [];
  const unknown: string[] = [];
  tokens.forEach((t, i) => {
    const marked = markers.get(t);
    if (!marked) return;
    taken[i] = true;
    tokens[i] = marked.written.toLowerCase();
    if (marked.channel === undefined) unknown.push(marked.written);
    else
      mentions.push({
        start: i,
        end: i + 1,
        refs: [{ kind: 'channel', id: marked.channel }],
        strength: 3,
        text: marked.written,
        matched: marked.written,
        fuzzy: false,
      });
  });
  return { mentions, unknown };
}
