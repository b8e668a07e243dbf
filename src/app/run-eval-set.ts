import { randomUUID } from 'node:crypto';
import { checkAnswer, visibleText } from '../core/eval/answer-check.ts';
import { casesOf, type EvalCase, type EvalSet } from '../core/eval/eval-set.ts';
import type { PulseService } from './pulse-types.ts';

/** One question of a set, asked and scored. */
export interface EvalOutcome {
  label: string;
  question: string;
  pass: boolean;
  missing: string[];
  forbidden: string[];
  /** The visible text of the answer (message text and blocks). */
  answer: string;
  /** Set when answering threw: the question counts as failed. */
  error?: string;
}

/**
 * Asks every question of a set through the service, as Slack would: questions each on their own, a conversation's
 * turns in one thread of its own (so no conversation sees another's context).
 */
export async function runEvalSet(
  service: PulseService,
  set: EvalSet,
  newThread: () => string = () => `eval:${randomUUID()}`,
): Promise<EvalOutcome[]> {
  const threads = new Map<number, string>();
  const threadOf = (conversation: number | undefined): string | undefined => {
    if (conversation === undefined) return undefined;
    const known = threads.get(conversation);
    if (known) return known;
    const fresh = newThread();
    threads.set(conversation, fresh);
    return fresh;
  };
  const outcomes: EvalOutcome[] = [];
  for (const c of casesOf(set)) {
    try {
      const answer = visibleText(await service.ask(c.q, { thread: threadOf(c.conversation) }));
      outcomes.push({ label: c.label, question: c.q, answer, ...checkAnswer(answer, c) });
    } catch (thrown) {
      outcomes.push(failed(c, (thrown as Error).message));
    }
  }
  return outcomes;
}

const failed = (c: EvalCase, error: string): EvalOutcome => ({
  label: c.label,
  question: c.q,
  answer: '',
  ...checkAnswer('', c),
  pass: false,
  error,
});

/** Every question of a set that could not be asked at all (its data file was refused), each counted wrong. */
export const unansweredSet = (set: EvalSet, error: string): EvalOutcome[] =>
  casesOf(set).map((c) => failed(c, error));
