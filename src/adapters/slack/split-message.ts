import { type Block, SLACK_LIMITS, type TextObject } from '../../core/render/block-kit.ts';

/** One chat.postMessage worth of content. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Cuts text into pieces of at most `max` characters, preferring line breaks so lists stay whole. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current) pieces.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > max) {
      pieces.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    current = rest;
  }
  flush();
  return pieces.length ? pieces : [''];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Brings each block within Slack's per-block limits, turning one oversized block into several. */
export function fitBlock(block: Block): Block[] {
  switch (block.type) {
    case 'header':
      return [{ ...block, text: { ...block.text, text: cut(block.text.text, SLACK_LIMITS.headerText) } }];
    case 'section': {
      const out: Block[] = [];
      if (block.text) {
        const t: TextObject = block.text;
        for (const piece of splitText(t.text, SLACK_LIMITS.sectionText))
          out.push({ type: 'section', text: { ...t, text: piece } });
      }
      if (block.fields?.length) {
        const fields = block.fields.map((f) => ({ ...f, text: cut(f.text, SLACK_LIMITS.fieldText) }));
        for (const group of chunk(fields, SLACK_LIMITS.sectionFields))
          out.push({ type: 'section', fields: group });
      }
      return out;
    }
    case 'context':
      return chunk(block.elements, SLACK_LIMITS.contextElements).map((elements) => ({
        type: 'context',
        elements,
      }));
    default:
      return [block];
  }
}

function textOf(block: Block): string {
  switch (block.type) {
    case 'header':
      return block.text.text;
    case 'section':
      return [block.text?.text, ...(block.fields ?? []).map((f) => f.text)].filter(Boolean).join('\n');
    case 'context':
      return block.elements.map((e) => e.text).join(' ');
    default:
      return '';
  }
}

/**
 * Splits an answer into as many messages as Slack's limits need: never more than 50 blocks or 3,000 characters
 * per section in one message. `trailer` (the buttons) goes under the last part.
 */
export function splitForSlack(
  rendered: { text: string; blocks: readonly Block[] },
  trailer: Block[] = [],
): SlackMessage[] {
  const body =
    rendered.blocks.length > 0
      ? rendered.blocks.flatMap(fitBlock)
      : splitText(rendered.text, SLACK_LIMITS.sectionText)
          .filter((piece) => piece.trim() !== '')
          .map((piece): Block => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
  const groups = chunk([...body, ...trailer], SLACK_LIMITS.blocks);
  // Slack refuses a message with neither text nor blocks.
  if (groups.length === 0) return [{ text: rendered.text.trim() || '…', blocks: [] }];
  if (groups.length === 1 && rendered.text.length <= SLACK_LIMITS.messageText) {
    return [{ text: rendered.text, blocks: groups[0] ?? [] }];
  }
  // `text` is the notification and screen-reader fallback of each part, so it mirrors that part's blocks.
  return groups.map((blocks) => ({
    text: cut(blocks.map(textOf).filter(Boolean).join('\n'), SLACK_LIMITS.messageText),
    blocks,
  }));
}
