import { describe, expect, it } from 'vitest';
import { makePeriod } from '../../src/core/plan/period-math.ts';
import { SLACK_LIMITS } from '../../src/core/render/block-kit.ts';
import { describeResult } from '../../src/core/render/describe-result.ts';
import { escapeMrkdwn } from '../../src/core/render/escape.ts';
import { formatFigure, formatGrowth, formatPercent, formatWithUnit } from '../../src/core/render/format.ts';
import { layout, splitText } from '../../src/core/render/layout.ts';
import { day } from '../helpers/fixtures.ts';

describe('figures', () => {
  it('exact with separators, then a short form', () => {
    expect(formatFigure(12_345_678)).toBe('12,345,678 (12.3M)');
    expect(formatWithUnit(185_897, 'views')).toBe('185,897 views (185.9K)');
    expect(formatFigure(999)).toBe('999');
    expect(formatFigure(1234.5)).toBe('1,234.5');
  });
  it('percentages with one decimal and a sign for growth', () => {
    expect(formatPercent(0.8226)).toBe('82.3%');
    expect(formatGrowth(0.125)).toBe('+12.5%');
    expect(formatGrowth(-0.0262)).toBe('-2.6%');
    expect(formatGrowth(-0.00001)).toBe('0.0%');
    expect(formatGrowth(undefined)).toMatch(/n\/a/);
  });
});

describe('escaping', () => {
  it('turns < and > into entities so no mention or link can form, and keeps a plain &', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://x|y>')).toBe(
      '&lt;!channel&gt; & &lt;@U123&gt; &lt;https://x|y&gt;',
    );
    expect(escapeMrkdwn('&lt;!here&gt; Rock & Roll')).toBe('&amp;lt;!here&amp;gt; Rock & Roll');
    expect(escapeMrkdwn('&lt;!here&gt;')).not.toContain('&lt;!here&gt;');
  });
  it('escapes names from the data and words from the user in every reply', () => {
    const doc = describeResult({
      op: 'help',
      unknown: ['<!here>'],
      suggestions: ['<!channel> Campaign'],
      examples: ['Ask about <@U1>'],
    });
    const r = layout(doc, 'data as of 2024-01-01 · x.yaml');
    const everything = JSON.stringify(r.blocks) + r.text;
    expect(everything).not.toMatch(/<!(here|channel|everyone)>|<@U/);
    expect(everything).toContain('&lt;!here&gt;');
  });
});

describe('Block Kit limits', () => {
  const period = makePeriod('range', day('2024-01-01'), day('2024-01-31'));
  const big = (n: number) =>
    describeResult({
      op: 'breakdown',
      metric: { id: 'views', label: 'Views', kind: 'flow' },
      dimension: 'asset',
      subject: 'X'.repeat(400),
      period,
      change: false,
      total: n,
      unattributed: 0,
      order: 'desc',
      items: Array.from({ length: n }, (_, i) => ({
        key: `a${i}`,
        label: `A very long video title number ${i} ${'x'.repeat(120)}`,
        value: i,
      })),
    });

  it('keeps a huge answer within 50 blocks, 3,000 chars per section and 150 per header', () => {
    const r = layout(big(5000), 'data as of 2024-01-31 · big.yaml');
    expect(r.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const b of r.blocks) {
      if (b.type === 'section')
        expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    }
    expect(r.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    expect(JSON.stringify(r.blocks)).toContain('more part(s) not shown');
  });

  it('splits long text at line breaks and never loses a line', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${'y'.repeat(40)}`);
    const parts = splitText(lines.join('\n'), 3000);
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });

  it('has a header, sections and a context line naming the data', () => {
    const r = layout(big(3), 'data as of 2024-01-31 · big.yaml');
    expect(r.blocks[0]?.type).toBe('header');
    expect(r.blocks.at(-1)).toEqual({
      type: 'context',
      elements: expect.arrayContaining([{ type: 'mrkdwn', text: 'data as of 2024-01-31 · big.yaml' }]),
    });
  });
});
