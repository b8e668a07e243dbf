import { describe, expect, test } from 'vitest';
import { splitForSlack, splitText } from '../../src/adapters/slack/split-message.ts';
import { type Block, SLACK_LIMITS } from '../../src/core/render/block-kit.ts';

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const buttons: Block = { type: 'actions', elements: [] };

function withinLimits(blocks: Block[]) {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const b of blocks) {
    if (b.type === 'section' && b.text)
      expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (b.type === 'section' && b.fields)
      expect(b.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  }
}

describe('splitText', () => {
  test('breaks at line ends and never exceeds the limit', () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `${i + 1}. Campaign number ${i + 1} — 1,234,567 views`,
    );
    const pieces = splitText(lines.join('\n'), 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(3000);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });

  test('hard-cuts a single line longer than the limit', () => {
    const pieces = splitText('x'.repeat(7000), 3000);
    expect(pieces.map((p) => p.length)).toEqual([3000, 3000, 1000]);
  });
});

describe('splitForSlack', () => {
  test('a small answer stays one message with its own text and the buttons last', () => {
    const [only, ...rest] = splitForSlack({ text: 'Views: 10,500', blocks: [section('Views: 10,500')] }, [
      buttons,
    ]);
    expect(rest).toEqual([]);
    expect(only?.text).toBe('Views: 10,500');
    expect(only?.blocks.at(-1)).toBe(buttons);
  });

  test('120 blocks become three messages of at most 50, buttons under the last', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => section(`line ${i}`));
    const parts = splitForSlack({ text: 'long', blocks }, [buttons]);
    expect(parts.map((p) => p.blocks.length)).toEqual([50, 50, 21]);
    for (const p of parts) withinLimits(p.blocks);
    expect(parts.at(-1)?.blocks.at(-1)).toBe(buttons);
    expect(parts[1]?.text).toContain('line 50');
  });

  test('an oversized section, field list, context and header are brought within limits', () => {
    const long = Array.from({ length: 400 }, (_, i) => `row ${i}: ${'x'.repeat(20)}`).join('\n');
    const parts = splitForSlack({
      text: long,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'H'.repeat(400) } },
        section(long),
        {
          type: 'section',
          fields: Array.from({ length: 25 }, (_, i) => ({ type: 'mrkdwn' as const, text: `f${i}` })),
        },
        {
          type: 'context',
          elements: Array.from({ length: 12 }, () => ({ type: 'mrkdwn' as const, text: 'c' })),
        },
      ],
    });
    for (const p of parts) withinLimits(p.blocks);
    const allText = parts
      .flatMap((p) => p.blocks)
      .map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));
    expect(allText.join('\n')).toContain('row 399');
  });

  test('text-only answers longer than a section become sections', () => {
    const text = 'word '.repeat(2000);
    const parts = splitForSlack({ text, blocks: [] });
    expect(parts).toHaveLength(1);
    expect(parts[0]?.blocks.length).toBeGreaterThan(3);
    for (const p of parts) withinLimits(p.blocks);
  });

  test('a fallback text over 40,000 characters is split rather than rejected', () => {
    const text = 'y'.repeat(45_000);
    const parts = splitForSlack({ text, blocks: [section('short')] });
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  });
});
