import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  hasLargeFigure,
  NO_FIGURE,
  statesFact,
  visibleText,
} from '../../src/core/eval/answer-check.ts';

// The public scorer's rules (shared/eval/run.mjs), so `pulse eval` scores a set as the public eval would.

describe('statesFact: figures', () => {
  it('matches a figure with or without thousands separators', () => {
    expect(statesFact('got *185,897 views (185.9K)*', '185,897')).toBe(true);
    expect(statesFact('got 185897 views', '185,897')).toBe(true);
  });

  it('an expectation without separators matches only that form, as in the public scorer', () => {
    expect(statesFact('got 185897 views', '185897')).toBe(true);
    expect(statesFact('got 185,897 views', '185897')).toBe(false);
  });

  it('never matches inside a larger number or a decimal', () => {
    expect(statesFact('1,185,897 views', '185,897')).toBe(false);
    expect(statesFact('185,8970 views', '185,897')).toBe(false);
    expect(statesFact('3.5 views', '3')).toBe(false);
    expect(statesFact('35 views', '3')).toBe(false);
  });

  it('ends a figure at a full stop or comma that ends the sentence', () => {
    expect(statesFact('a total of 7,521.', '7,521')).toBe(true);
    expect(statesFact('7,521, then', '7,521')).toBe(true);
  });

  it('reads a negative figure by its absolute value', () => {
    expect(statesFact('down 2,400 views', '-2,400')).toBe(true);
  });
});

describe('statesFact: percentages, dates and words', () => {
  it('matches a percentage by its absolute value with one decimal', () => {
    expect(statesFact('views fell *−12.5%*', '-12.5%')).toBe(true);
    expect(statesFact('down 12.5 % on May', '-12.5%')).toBe(true);
    expect(statesFact('+112.5%', '12.5%')).toBe(false);
    expect(statesFact('12.50%', '12.5%')).toBe(false);
  });

  it('matches an ISO date written as ISO or spelled out', () => {
    for (const text of [
      'published 2024-04-14',
      'published April 14, 2024',
      'on Apr 14, 2024',
      'on 14 April 2024',
      'on 14 apr 2024',
      'April 14 2024',
    ]) {
      expect(statesFact(text, '2024-04-14'), text).toBe(true);
    }
    expect(statesFact('April 4, 2024', '2024-04-14')).toBe(false);
  });

  it('matches words case-insensitively, ignoring mrkdwn emphasis and curly quotes', () => {
    expect(statesFact('*Street Food Tour* with chef marta', 'Street Food Tour with Chef Marta')).toBe(true);
    expect(statesFact('Runners’ Stories', "Runners' Stories")).toBe(true);
    expect(statesFact('Owner: Lena Ortiz', 'lena ortiz')).toBe(true);
    expect(statesFact('Owner: Lena', 'Lena Ortiz')).toBe(false);
  });
});

describe('hasLargeFigure (#NUMBER)', () => {
  it('finds a figure of 1,000 or more, with or without separators', () => {
    expect(hasLargeFigure('1,000 views')).toBe(true);
    expect(hasLargeFigure('12345 views')).toBe(true);
  });

  it('ignores smaller figures, years and ISO dates', () => {
    expect(hasLargeFigure('999 views in 2024, since 2024-01-15, 12.5%')).toBe(false);
    expect(hasLargeFigure('Q2 1999 and 2031')).toBe(false);
  });
});

describe('visibleText', () => {
  it('joins the message text and every text string in its blocks', () => {
    const text = visibleText({
      text: 'fallback',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Views — Neon Bridges' } },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*185,897*' }] },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'data as of 2024-06-27' }] },
        { type: 'image', alt_text: 'not shown as text', image_url: 'https://example.test/x.png' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'fallback',
      'Views — Neon Bridges',
      '*185,897*',
      'data as of 2024-06-27',
    ]);
  });

  it('copes with an answer that has no blocks', () => {
    expect(visibleText({ text: 'only text' })).toBe('only text');
    expect(visibleText({})).toBe('');
  });
});

describe('checkAnswer', () => {
  it('passes when every expected fact is stated and no forbidden one is', () => {
    expect(checkAnswer('Neon Bridges got 185,897 views', { expect: ['185,897', 'neon bridges'] })).toEqual({
      pass: true,
      missing: [],
      forbidden: [],
    });
  });

  it('lists what is missing and what should not be there', () => {
    const r = checkAnswer('Markets: Japan, Mexico', { expect: ['Mexico', 'Spain'], forbid: ['Japan'] });
    expect(r).toEqual({ pass: false, missing: ['Spain'], forbidden: ['Japan'] });
  });

  it('#NUMBER forbids any figure of 1,000 or more', () => {
    expect(checkAnswer('Hi! Ask me about views in 2024.', { expect: [], forbid: [NO_FIGURE] }).pass).toBe(
      true,
    );
    expect(checkAnswer('Atlantis got 4,200 views', { expect: [], forbid: [NO_FIGURE] })).toEqual({
      pass: false,
      missing: [],
      forbidden: [NO_FIGURE],
    });
  });
});
