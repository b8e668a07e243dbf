import type { Block, TextObject } from '../../core/render/block-kit.ts';

// Pulse never notifies anyone. Slack turns `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>` and
// `<@U…>` into pings, and mrkdwn parsing can link-ify a bare `@here`; whatever the data or a question contains,
// nothing of that shape may leave this adapter. The core already escapes &, <, >: this is the second lock.

const SPECIAL_TOKEN = /<([!@][^>]*)>/g;
const BARE_BROADCAST = /@(channel|here|everyone)\b/gi;

/** Rewrites mention tokens as visible, inert text. */
export function defuseMentions(text: string): string {
  // A zero-width joiner after `@` keeps the word readable but unmatchable by Slack's mention parser.
  return text
    .replace(SPECIAL_TOKEN, (_m, inner: string) => `&lt;${inner}&gt;`)
    .replace(BARE_BROADCAST, '@\u2060$1');
}

function safeTextObject(t: TextObject): TextObject & { verbatim?: boolean } {
  const text = defuseMentions(t.text);
  // verbatim stops Slack from auto-parsing names into mentions inside mrkdwn.
  return t.type === 'mrkdwn' ? { ...t, text, verbatim: true } : { ...t, text };
}

export function defuseBlock(block: Block): Block {
  switch (block.type) {
    case 'header':
      return { ...block, text: safeTextObject(block.text) };
    case 'section':
      return {
        ...block,
        ...(block.text ? { text: safeTextObject(block.text) } : {}),
        ...(block.fields ? { fields: block.fields.map(safeTextObject) } : {}),
      };
    case 'context':
      return { ...block, elements: block.elements.map(safeTextObject) };
    case 'actions':
      return { ...block, elements: block.elements.map((b) => ({ ...b, text: safeTextObject(b.text) })) };
    case 'image':
      return {
        ...block,
        alt_text: defuseMentions(block.alt_text),
        ...(block.title ? { title: safeTextObject(block.title) } : {}),
      };
    default:
      return block;
  }
}
