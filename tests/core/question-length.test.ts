import { describe, expect, test } from 'vitest';
import { answer, MAX_QUESTION_CHARS } from '../../src/core/answer.ts';
import { load, MINI, MINI_NOW } from '../helpers/fixtures.ts';

// A question longer than anyone types is refused before any planning: reading 100 KB of words would hold the
// event loop (and every other request's ack) for seconds, and no real question needs it.

describe('question length cap', () => {
  test('a 100 KB question gets a clear no-figure reply at once', async () => {
    const dataset = await load(MINI);
    const question = 'views for the marathon video last week '.repeat(2600);
    const started = performance.now();
    const a = await answer(question, { dataset, now: MINI_NOW });
    expect(performance.now() - started).toBeLessThan(50);
    expect(a.plan.op).toBe('help');
    expect(a.text).toContain('2,000 characters');
    expect(a.text).not.toMatch(/\d{1,3}(,\d{3})+ views/);
  });

  test('a question at the limit is still answered', async () => {
    const dataset = await load(MINI);
    const question = `views last week${' '.repeat(MAX_QUESTION_CHARS - 15)}`;
    expect(question).toHaveLength(MAX_QUESTION_CHARS);
    const a = await answer(question, { dataset, now: MINI_NOW });
    expect(a.text).not.toContain('2,000 characters');
  });
});
