import { describe, expect, it } from 'vitest';
import { figuresOf, guardNarrative, ungroundedFigures } from '../../src/core/llm/figure-guard.ts';

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
      ['date', '2024-05-01'],
      ['percent', '+12.5%'],
      ['plain', '1,234,567'],
      ['short', '1.2M'],
      ['short', '5 million'],
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
