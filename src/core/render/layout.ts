import type { Rendered } from '../answer-types.ts';
import { type Block, SLACK_LIMITS } from './block-kit.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn, unescapeMrkdwn } from './escape.ts';

/** Splits mrkdwn at line breaks (then at spaces) so no piece exceeds `max` characters. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current && current.length + 1 + piece.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${piece}` : piece;
  };
  for (const line of text.split('\n')) {
    if (line.length <= max) {
      push(line);
      continue;
    }
    let rest = line;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
      push(rest.slice(0, cut));
      rest = rest.slice(cut).trimStart();
    }
    if (rest) push(rest);
  }
  if (current) out.push(current);
  return out;
}

/** A bulleted mrkdwn list. */
export const bullet = (lines: string[]): string => lines.map((l) => `• ${l}`).join('\n');

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * Slack reads &, < and > as control characters in plain_text as in mrkdwn, so a header escapes them too; it is
 * cut before escaping, short enough that its escaped form fits, so no entity is ever cut in half.
 */
function plainText(text: string, max: number): string {
  let cut = max;
  let out = escapeMrkdwn(truncate(text, cut));
  while (out.length > max && cut > 1) {
    cut -= out.length - max;
    out = escapeMrkdwn(truncate(text, Math.max(1, cut)));
  }
  return out;
}

/** Lays a reply out as Slack mrkdwn, Block Kit within Slack's limits, and plain terminal text. */
export function layout(doc: Doc, footer: string): Rendered {
  const context = [...doc.context.filter(Boolean), footer].filter(Boolean);
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: plainText(doc.title, SLACK_LIMITS.headerText), emoji: true },
    },
  ];
  const room = SLACK_LIMITS.blocks - 2; // header and context
  const pieces = doc.sections.flatMap((s) => splitText(s, SLACK_LIMITS.sectionText));
  const shown = pieces.length > room ? pieces.slice(0, room - 1) : pieces;
  for (const text of shown) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  if (shown.length < pieces.length) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `_…and ${pieces.length - shown.length} more part(s) not shown; narrow the question to see them._`,
      },
    });
  }
  if (context.length) {
    blocks.push({
      type: 'context',
      elements: context
        .slice(0, SLACK_LIMITS.contextElements)
        .map((c) => ({ type: 'mrkdwn', text: truncate(c, SLACK_LIMITS.sectionText) })),
    });
  }
  const text = truncate(
    [`*${escapeMrkdwn(doc.title)}*`, ...doc.sections, context.map((c) => `_${c}_`).join(' · ')]
      .filter(Boolean)
      .join('\n\n'),
    SLACK_LIMITS.messageText,
  );
  const terminal = [doc.title, ...doc.sections.map(plain), context.map(plain).join(' · ')]
    .filter(Boolean)
    .join('\n');
  return { text, blocks, terminal };
}

/**
 * mrkdwn → terminal text: no asterisks or underscores for emphasis, entities decoded. Code spans stay verbatim
 * (a cron's `* *` is not emphasis), and so does a lone `*` with spaces around it, as Slack shows it.
 */
export function plain(mrkdwn: string): string {
  return unescapeMrkdwn(
    mrkdwn
      .split(/(`[^`\n]*`)/)
      .map((part, i) => (i % 2 === 1 ? part : unemphasize(unemphasize(part))))
      .join(''),
  );
}

const unemphasize = (text: string): string =>
  text.replace(/(^|[\s(])[*_](?=\S)([^*_\n]*[^*_\s])[*_](?=[\s).,:;!?]|$)/g, '$1$2');
