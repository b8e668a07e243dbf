import { describe, expect, it } from 'vitest';
import { figuresOf, guardNarrative, ungroundedFigures } from '../../src/core/llm/figure-guard.ts';
import type { GuardWords } from '../../src/core/llm/guard-words.ts';

const facts = [
  '*Harbourview by Night* had *97,235 views* last week (Jun 17 – Jun 23, 2024), −2.6% vs the week before (99,847).',
  'Total views: 12,345,678 (12.3M). Top asset: Rooftop Jazz Nights with 185,897 views (185.9K), a 41.2% share.',
  'Goal: 3,000,000 views by 2024-06-30 — 84.0% reached. Ranked #41 in the Global Liveability Index (2023).',
].join('\n');

describe('figuresOf', () => {
  it('reads separators, short forms, signed percentages and ISO dates', () => {
    const kinds = figuresOf(
      'Up +12.5% to 1,234,567 (1.2M) and 5 million on 2024-05-01; Q3 stays a name.',
    ).map((f) => [f.kind, f.raw]);
    expect(kinds).toEqual([
      ['percent', '+12.5%'],
      ['plain', '1,234,567'],
      ['short', '1.2M'],
      ['short', '5 million'],
      ['date', '2024-05-01'],
    ]);
  });

  it('reads numbers in words, ordinals, ranks and spelled dates', () => {
    const kinds = figuresOf(
      'About two million views, twelve thousand likes and 1.9 million shares; 27th, #41, the twenty-seventh, eighteen awards, June 18, 2024 and 3 May.',
    ).map((f) => [f.kind, f.raw]);
    expect(kinds).toEqual([
      ['short', 'two million'],
      ['short', 'twelve thousand'],
      ['short', '1.9 million'],
      ['ordinal', '27th'],
      ['ordinal', '#41'],
      ['ordinal', 'twenty-seventh'],
      ['plain', 'eighteen'],
      ['date', 'June 18, 2024'],
      ['date', '3 May'],
    ]);
  });
});

describe('guardNarrative', () => {
  it('accepts figures stated exactly, with or without separators', () => {
    expect(guardNarrative('The night campaign drew 97,235 views last week, down from 99847.', facts)).toBe(
      true,
    );
  });

  it('accepts the short form of a stated figure', () => {
    expect(guardNarrative('Views reached 12.3M overall; Rooftop Jazz Nights led with 185.9K.', facts)).toBe(
      true,
    );
    expect(guardNarrative('Views passed 12.35 million.', facts)).toBe(true);
    expect(guardNarrative('The goal is 3M views.', facts)).toBe(true);
  });

  it('accepts stated percentages, ranks, years and dates', () => {
    expect(
      guardNarrative(
        'Views fell 2.6% (−2.6%); the goal, due 2024-06-30, is 84.0% reached. Rank 41 in 2023.',
        facts,
      ),
    ).toBe(true);
    expect(guardNarrative('The goal is due June 30, 2024.', 'Goal due June 30, 2024.')).toBe(true);
    expect(guardNarrative('The goal is due 2024-06-30.', 'Goal due June 30, 2024.')).toBe(true);
  });

  it('rejects an invented figure', () => {
    expect(guardNarrative('The night campaign drew 97,500 views last week.', facts)).toBe(false);
    expect(ungroundedFigures('It drew 97,500 views and 12.4M overall.', facts)).toEqual(['97,500', '12.4M']);
  });

  it('rejects a rounded whole short form that hides the exact figure', () => {
    expect(guardNarrative('About 12M views overall.', facts)).toBe(false);
  });

  it('rejects a percentage that is not stated, or with the opposite sign', () => {
    expect(guardNarrative('Views fell 2.5%.', facts)).toBe(false);
    expect(guardNarrative('Views rose +2.6%.', facts)).toBe(false);
  });

  it('rejects a computed figure and an unstated date', () => {
    // 97,235 - 99,847 = -2,612: true, but not stated, so not checkable.
    expect(guardNarrative('That is 2,612 fewer views.', facts)).toBe(false);
    expect(guardNarrative('The goal is due 2024-07-31.', facts)).toBe(false);
  });

  it('rejects an empty narrative and accepts one without figures', () => {
    expect(guardNarrative('   ', facts)).toBe(false);
    expect(guardNarrative('The night campaign is doing steadily.', facts)).toBe(true);
  });
});

describe('guardNarrative: numbers in words', () => {
  const stated = 'Life Aesthetics: 1,864,671 views (1.9M) and 12,345 likes (12.3K) in May 2024.';

  it('rejects spelled-out figures the facts do not state', () => {
    expect(guardNarrative('Life Aesthetics passed two million views in May.', stated)).toBe(false);
    expect(guardNarrative('Views came to about two million.', stated)).toBe(false);
    expect(guardNarrative('It drew twelve thousand likes.', stated)).toBe(false);
    expect(ungroundedFigures('Nearly two million views and twelve thousand likes.', stated)).toEqual([
      'two million',
      'twelve thousand',
    ]);
  });

  it('rejects a short form in digits or words that no stated figure rounds to', () => {
    const other = 'Life Aesthetics: 1,234,567 views (1.2M) in May 2024.';
    expect(guardNarrative('Life Aesthetics drew 1.9M views.', other)).toBe(false);
    expect(guardNarrative('Life Aesthetics drew 1.9 million views.', other)).toBe(false);
  });

  it('accepts the short forms of stated figures, in digits or words', () => {
    expect(guardNarrative('Life Aesthetics drew 1.9 million views, or 1.9M, and 12.3K likes.', stated)).toBe(
      true,
    );
    expect(guardNarrative('Exactly two million views.', 'Total: 2,000,000 views.')).toBe(true);
    expect(guardNarrative('Three campaigns are active.', 'Campaigns: 3 active, 1 completed')).toBe(true);
  });
});

describe('guardNarrative: numbers from dates', () => {
  const dated = [
    'Runners Stories was published on June 18, 2024 and has 27 likes.',
    'Goal: 5,000 views by Jun 27, 2024.',
  ].join('\n');

  it('rejects a count or a rank that only a date states', () => {
    expect(guardNarrative('The campaign won 18 awards.', dated)).toBe(false);
    expect(guardNarrative('The campaign won eighteen awards.', dated)).toBe(false);
    expect(guardNarrative('It was the 27th most watched video.', 'Published June 27, 2024.')).toBe(false);
    expect(ungroundedFigures('It won 18 awards, in 2024.', dated)).toEqual(['18']);
  });

  it('still accepts those dates, their years and the counts the facts do state', () => {
    expect(
      guardNarrative(
        'Published on June 18, 2024 (2024-06-18), it has 27 likes; the goal is due Jun 27.',
        dated,
      ),
    ).toBe(true);
    expect(guardNarrative('All of this happened in 2024, in June 2024.', dated)).toBe(true);
    expect(guardNarrative('The goal is due June 28.', dated)).toBe(false);
  });
});

describe('guardNarrative: a figure tied to the wrong thing', () => {
  const words: GuardWords = {
    names: [
      { key: 'campaign:la', text: 'Life Aesthetics' },
      { key: 'campaign:la', text: 'life aesthetics series' },
      { key: 'asset:ep1', text: 'Life Aesthetics — Episode 1' },
      { key: 'platform:youtube', text: 'YouTube' },
      { key: 'platform:instagram', text: 'Instagram' },
    ],
    metrics: ['views', 'view', 'likes', 'like'].map((text) => ({ key: text.replace(/s$/, ''), text })),
  };
  const breakdown = [
    'Views by platform',
    'Views by platform for Life Aesthetics in May 2024 — total 3,790 views:',
    'YouTube — 2,424 views (64.0%)',
    'Instagram — 1,366 views (36.0%)',
  ].join('\n');
  const overview = [
    'Life Aesthetics',
    'Totals to date (through June 27, 2024): 3,450,275 views (3.5M) · 119,054 likes (119.1K)',
    'Top video: Life Aesthetics — Episode 1 — 1,957,734 views (2M)',
  ].join('\n');

  it('rejects the YouTube-only figure presented as the campaign total', () => {
    expect(guardNarrative('Life Aesthetics drew 2,424 views in May.', breakdown, words)).toBe(false);
    expect(guardNarrative('The life aesthetics series grew by 64.0% in May.', breakdown, words)).toBe(false);
    expect(guardNarrative('Instagram drew 3,790 views in May.', breakdown, words)).toBe(false);
    expect(guardNarrative('Life Aesthetics drew 1,957,734 views to date.', overview, words)).toBe(false);
  });

  it('rejects a true figure given the wrong metric', () => {
    expect(guardNarrative('YouTube brought 2,424 likes.', breakdown, words)).toBe(false);
    expect(guardNarrative('Life Aesthetics has 119,054 views to date.', overview, words)).toBe(false);
  });

  it('accepts figures tied to what the facts tie them to', () => {
    expect(
      guardNarrative(
        'Life Aesthetics drew 3,790 views in May, with 2,424 on YouTube (64.0%) and 1,366 on Instagram.',
        breakdown,
        words,
      ),
    ).toBe(true);
    expect(guardNarrative('YouTube brought 2,424 views, 64.0% of the total.', breakdown, words)).toBe(true);
    expect(
      guardNarrative(
        'Life Aesthetics has 3,450,275 views (3.5M) and 119,054 likes to date. Its top video, Life Aesthetics — Episode 1, drew 1,957,734 views; the top video drew 2M.',
        overview,
        words,
      ),
    ).toBe(true);
  });
});
