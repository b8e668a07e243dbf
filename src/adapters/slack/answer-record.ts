import { randomUUID } from 'node:crypto';
import type { Answer } from '../../core/answer-types.ts';
import type { KeyValueStore, Logger } from '../../core/ports.ts';
import { type ResultTable, resultTable } from '../../core/render/result-table.ts';

// What the buttons under a posted answer need later: the question and plan for feedback, the table for the CSV.
// Kept in the store under an id the buttons carry, because a button value holds 2,000 characters at most and
// the CSV must be the answer's own figures, not a re-run on later data.

export interface AnswerRecord {
  question: string;
  plan: Answer['plan'];
  table?: ResultTable;
}

/** How long the buttons of an answer keep working. */
export const ANSWER_RECORD_TTL_MS = 90 * 24 * 60 * 60 * 1000;

const recordKey = (id: string) => `slack:answer:${id}`;

/** A table worth a download: more than one figure, or a list. */
export function downloadableTable(answer: Pick<Answer, 'result'>): ResultTable | undefined {
  if (answer.result.op === 'value') return undefined;
  return resultTable(answer.result);
}

/**
 * Stores the answer's record and returns its id; undefined when the store failed, so the answer still goes out,
 * only without the buttons that need the record.
 */
export async function rememberAnswer(
  store: KeyValueStore,
  answer: Pick<Answer, 'question' | 'plan' | 'result'>,
  logger: Logger,
  question: string = answer.question,
): Promise<string | undefined> {
  const id = randomUUID();
  const table = downloadableTable(answer);
  const record: AnswerRecord = { question, plan: answer.plan, ...(table ? { table } : {}) };
  try {
    await store.set(recordKey(id), record, ANSWER_RECORD_TTL_MS);
    return id;
  } catch (error) {
    logger.warn(
      { component: 'slack', err: String(error) },
      'answer record not stored; posting without feedback',
    );
    return undefined;
  }
}

export const recallAnswer = (
  store: KeyValueStore,
  id: string | undefined,
): Promise<AnswerRecord | undefined> =>
  id && /^[0-9a-f-]{36}$/.test(id) ? store.get<AnswerRecord>(recordKey(id)) : Promise.resolve(undefined);
