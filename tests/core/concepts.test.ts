import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  type Concept,
  conceptRe,
  conceptsOf,
  conceptTokens,
  leadingRe,
} from '../../src/core/plan/concepts.ts';
import { normalize, tokenize } from '../../src/core/plan/normalize.ts';
import { RECOGNISERS } from '../../src/core/plan/recognisers/registry.ts';

const marked = (question: string) => {
  const tokens = tokenize(normalize(question));
  const flags = conceptTokens(tokens);
  return tokens.filter((_, i) => flags[i]);
};

describe('concepts: the words the rules understand', () => {
  it('spells every word as a normalized question does, one form per entry', () => {
    for (const [name, words] of Object.entries(CONCEPTS)) {
      for (const w of words) {
        expect(w, `${name}: "${w}"`).toMatch(/^[a-z]+( [a-z]+)*$/);
        expect(normalize(w), `${name}: "${w}"`).toBe(w);
      }
      expect(new Set(words).size, `${name} repeats a word`).toBe(words.length);
    }
  });

  it('finds whole words and phrases only', () => {
    expect(conceptRe('award').test('what did we win')).toBe(true);
    expect(conceptRe('award').test('i wonder')).toBe(false);
    expect(conceptRe('rising').test('followers went up')).toBe(true);
    expect(conceptRe('rising').test('followers up')).toBe(false);
    expect(leadingRe('followUp').test('and last month')).toBe(true);
    expect(leadingRe('followUp').test('views and likes')).toBe(false);
  });

  it('marks the tokens a concept explains, phrases as a whole', () => {
    expect(marked('How many followers did we gain?')).toEqual(['how', 'many', 'gain']);
    expect(marked('Which video went up the most?')).toEqual(['which', 'went', 'up', 'the', 'most']);
    // "up" alone says which way ("why are views up?"); "pick" alone is no "pick up".
    expect(marked('views up in May')).toEqual(['up']);
    expect(marked('pick views in May')).toEqual([]);
    expect(marked("Which campaigns haven't launched yet?")).toEqual(['which', 'haven', 't', 'launched']);
    expect(conceptTokens([])).toEqual([]);
  });

  it('says which concepts a word belongs to', () => {
    expect(conceptsOf('launch')).toEqual(expect.arrayContaining<Concept>(['publish', 'campaignStart']));
    expect(conceptsOf('honours')).toEqual(['award']);
    expect(conceptsOf('zebra')).toEqual([]);
  });
});

describe('recognisers', () => {
  it('have distinct names, with a figure last', () => {
    const names = RECOGNISERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('value');
  });

  it('test the wording only through concepts', () => {
    const dir = fileURLToPath(new URL('../../src/core/plan/recognisers', import.meta.url));
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, `${f} spells words in a regex`).not.toMatch(/\/\\b|\/\^\(/);
    }
  });
});
