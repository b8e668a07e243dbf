import { describe, expect, test } from 'vitest';
import { isSmallTalk, mentionsUser, questionFromSlack } from '../../src/adapters/slack/slack-text.ts';

describe('questionFromSlack', () => {
  test('strips the bot mention and any other mention', () => {
    expect(questionFromSlack('<@UPULSEBOT> How many views last week?')).toBe('How many views last week?');
    expect(questionFromSlack('<@UPULSEBOT|pulse>  views for <@U0ANNA>  ')).toBe('views for');
  });

  test('keeps link labels and channel names, drops broadcasts, unescapes entities', () => {
    expect(questionFromSlack('views &gt; 1000 &amp; likes in <#C1|marketing> <!here>')).toBe(
      'views > 1000 & likes in #marketing',
    );
    expect(questionFromSlack('see <https://example.org/x|the report>')).toBe('see the report');
    expect(questionFromSlack('see <https://example.org/x>')).toBe('see https://example.org/x');
  });

  test('empty input gives an empty question', () => {
    expect(questionFromSlack(undefined)).toBe('');
    expect(questionFromSlack('<@UPULSEBOT>')).toBe('');
  });
});

test('mentionsUser recognises both mention forms', () => {
  expect(mentionsUser('hey <@UPULSEBOT> views', 'UPULSEBOT')).toBe(true);
  expect(mentionsUser('hey <@UPULSEBOT|pulse>', 'UPULSEBOT')).toBe(true);
  expect(mentionsUser('hey <@U0ANNA>', 'UPULSEBOT')).toBe(false);
  expect(mentionsUser('hey', undefined)).toBe(false);
});

test('isSmallTalk: thanks and emoji are not questions', () => {
  expect(isSmallTalk('thanks!')).toBe(true);
  expect(isSmallTalk('👍')).toBe(true);
  expect(isSmallTalk('and last month?')).toBe(false);
  expect(isSmallTalk('ok what about Instagram?')).toBe(false);
});
