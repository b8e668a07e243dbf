import type { EvalOutcome } from '../../app/run-eval-set.ts';
import { formatPercent } from '../../core/render/format.ts';

// `pulse eval` output for a terminal, in the public scorer's words so the two read alike.

export interface Score {
  correct: number;
  total: number;
  /** 0–1; an empty set scores 0. */
  rate: number;
}

export function scoreOf(outcomes: readonly EvalOutcome[]): Score {
  const correct = outcomes.filter((o) => o.pass).length;
  return { correct, total: outcomes.length, rate: outcomes.length ? correct / outcomes.length : 0 };
}

export const percent = formatPercent;

/** "eval: 41/45 answered correctly (91.1%)", or with a file's name in place of "eval". */
export const scoreLine = (name: string, s: Score): string =>
  `${name}: ${s.correct}/${s.total} answered correctly (${percent(s.rate)})`;

const ANSWER_CHARS = 240;

/** One line per failure (or, verbose, per question): what was asked, what was missing or wrong, the answer trimmed. */
export function outcomeLine(o: EvalOutcome): string {
  const parts = [`${o.pass ? 'PASS' : 'FAIL'} ${o.label}`];
  if (o.error) parts.push(`error: ${o.error}`);
  if (o.missing.length) parts.push(`missing: ${o.missing.join(' | ')}`);
  if (o.forbidden.length) parts.push(`should not contain: ${o.forbidden.join(' | ')}`);
  const answer = o.answer.replace(/\s+/g, ' ').trim();
  parts.push(`answer: ${answer.length > ANSWER_CHARS ? `${answer.slice(0, ANSWER_CHARS)}…` : answer}`);
  return parts.join(' — ');
}
