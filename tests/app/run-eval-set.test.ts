import { describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import { runEvalSet } from '../../src/app/run-eval-set.ts';
import { casesOf, type EvalSet, evalSetSchema } from '../../src/core/eval/eval-set.ts';
import { MINI } from '../helpers/fixtures.ts';
import { FakePulseService } from '../slack/fake-pulse-service.ts';

const JANUARY = 'How many views did Sunrise Walk get in January 2024?';
const set = (raw: unknown): EvalSet => evalSetSchema.parse(raw);
const service = async () =>
  createPulseService({
    data: await FileDataSource.open(MINI),
    store: new MemoryStore(),
    fixedNow: '2024-02-29',
  });

describe('question sets', () => {
  it('accept questions or conversations, not both and not neither', () => {
    const base = { data: 'mini.yaml', now: '2024-02-29' };
    expect(evalSetSchema.safeParse({ ...base, questions: [{ q: 'views', expect: ['1'] }] }).success).toBe(
      true,
    );
    expect(evalSetSchema.safeParse({ ...base, conversations: [{ turns: [{ q: 'views' }] }] }).success).toBe(
      true,
    );
    expect(evalSetSchema.safeParse(base).success).toBe(false);
    expect(
      evalSetSchema.safeParse({ ...base, questions: [], conversations: [{ turns: [{ q: 'v' }] }] }).success,
    ).toBe(false);
    expect(evalSetSchema.safeParse({ ...base, now: '27/06/2024', questions: [] }).success).toBe(false);
  });

  it('name questions and turns as the public scorer does', () => {
    const s = set({
      data: 'x',
      now: '2024-02-29',
      conversations: [{ turns: [{ q: 'a' }, { q: 'b' }] }, { turns: [{ q: 'c' }] }],
    });
    expect(casesOf(s).map((c) => [c.label, c.conversation])).toEqual([
      ['1. [1.1] a', 0],
      ['2. [1.2] b', 0],
      ['3. [2.1] c', 1],
    ]);
  });
});

describe('runEvalSet', () => {
  it('asks questions each on their own: no question sees another’s context', async () => {
    const outcomes = await runEvalSet(
      await service(),
      set({
        data: 'mini.yaml',
        now: '2024-02-29',
        questions: [
          { q: JANUARY, expect: ['175', 'Sunrise Walk'] },
          { q: 'what about likes?', expect: ['Sunrise Walk'] },
        ],
      }),
    );
    expect(outcomes.map((o) => o.pass)).toEqual([true, false]);
    expect(outcomes[1]?.missing).toEqual(['Sunrise Walk']);
  });

  it('answers a conversation’s turns in one thread, and each conversation in its own', async () => {
    const outcomes = await runEvalSet(
      await service(),
      set({
        data: 'mini.yaml',
        now: '2024-02-29',
        conversations: [
          {
            turns: [
              { q: JANUARY, expect: ['175'] },
              { q: 'what about likes?', expect: ['Sunrise Walk', 'January 2024'] },
            ],
          },
          { turns: [{ q: 'what about likes?', expect: [], forbid: ['Sunrise Walk'] }] },
        ],
      }),
    );
    expect(outcomes.map((o) => [o.label, o.pass])).toEqual([
      [`1. [1.1] ${JANUARY}`, true],
      ['2. [1.2] what about likes?', true],
      ['3. [2.1] what about likes?', true],
    ]);
  });

  it('scores a question whose answer failed as wrong, with the error, and goes on', async () => {
    const fake = new FakePulseService((await service()).data.current());
    fake.failure = new Error('store unavailable');
    const outcomes = await runEvalSet(
      fake,
      set({
        data: 'mini.yaml',
        now: '2024-02-29',
        questions: [{ q: 'views', expect: ['175'] }, { q: 'hi' }],
      }),
    );
    expect(outcomes).toEqual([
      expect.objectContaining({ pass: false, error: 'store unavailable', missing: ['175'], answer: '' }),
      expect.objectContaining({ pass: false, error: 'store unavailable', missing: [] }),
    ]);
  });
});
