import { describe, expect, test } from 'vitest';
import { SLACK_LIMITS } from '../../src/core/render/block-kit.ts';
import { layout } from '../../src/core/render/layout.ts';

// Slack reads &, < and > as control characters in every text object, plain_text too: a header that keeps a raw
// `<http://evil|click>` shows a link, and `<!channel>` pings a channel.

const headerText = (title: string): string => {
  const [header] = layout({ title, sections: [], context: [] }, '').blocks;
  return (header as { text: { type: string; text: string } }).text.text;
};

describe('plain_text header', () => {
  test('a link, a mass mention and an entity in a title are escaped', () => {
    const text = headerText('Views for <http://evil|click> & <!channel> &lt;');
    expect(text).toBe('Views for &lt;http://evil|click&gt; & &lt;!channel&gt; &amp;lt;');
    expect(text).not.toMatch(/[<>]/);
  });

  test('escaping never pushes a long title past the header limit or cuts an entity', () => {
    const text = headerText(`${'<'.repeat(60)}${'x'.repeat(200)}`);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(text).not.toMatch(/&(?:l|lt|g|gt)?…/);
    expect(text.endsWith('…')).toBe(true);
  });
});
