import { describe, expect, test } from 'vitest';
import { defuseBlock, defuseMentions } from '../../src/adapters/slack/safe-text.ts';

const PING = /<!(channel|here|everyone|subteam)|<@[UW]|(^|[^\u2060])@(channel|here|everyone)\b/i;

describe('defuseMentions', () => {
  test.each([
    ['<!channel> look', '&lt;!channel&gt; look'],
    ['hi <!here|here> and <!everyone>', 'hi &lt;!here|here&gt; and &lt;!everyone&gt;'],
    ['ask <@U024BE7LH> or <@W0123|bob>', 'ask &lt;@U024BE7LH&gt; or &lt;@W0123|bob&gt;'],
    ['team <!subteam^S0123|designers>', 'team &lt;!subteam^S0123|designers&gt;'],
  ])('%s → inert', (input, expected) => {
    expect(defuseMentions(input)).toBe(expected);
    expect(defuseMentions(input)).not.toMatch(PING);
  });

  test('bare @channel/@here/@everyone stay readable but cannot ping', () => {
    const out = defuseMentions('Campaign @channel @here @Everyone');
    expect(out).not.toMatch(PING);
    expect(out.replace(/\u2060/g, '')).toBe('Campaign @channel @here @Everyone');
  });

  test('ordinary text, links and channel references are untouched', () => {
    const text = '*Views* got 1,234 (+12.5%) — see <https://example.org|report> in <#C0123|marketing> & more';
    expect(defuseMentions(text)).toBe(text);
  });
});

describe('defuseBlock', () => {
  test('every text in every block kind is defused and mrkdwn is sent verbatim', () => {
    const blocks = [
      defuseBlock({ type: 'header', text: { type: 'plain_text', text: '<!channel> header' } }),
      defuseBlock({
        type: 'section',
        text: { type: 'mrkdwn', text: 'hi <@U1>' },
        fields: [{ type: 'mrkdwn', text: '<!here>' }],
      }),
      defuseBlock({ type: 'context', elements: [{ type: 'mrkdwn', text: '@everyone' }] }),
      defuseBlock({
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'a', text: { type: 'plain_text', text: '<!channel>' }, value: 'v' },
        ],
      }),
      defuseBlock({ type: 'image', image_url: 'https://x/y.png', alt_text: '<!here>' }),
    ];
    expect(JSON.stringify(blocks)).not.toMatch(PING);
    expect(blocks[1]).toMatchObject({ text: { verbatim: true } });
  });
});
