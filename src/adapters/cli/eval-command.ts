import type { PulseService } from '../../app/pulse-types.ts';
import { type EvalOutcome, runEvalSet, unansweredSet } from '../../app/run-eval-set.ts';
import { DataError, formatIssue } from '../../core/errors.ts';
import type { EvalSet } from '../../core/eval/eval-set.ts';
import { outcomeLine, percent, type Score, scoreLine, scoreOf } from './eval-report.ts';
import { loadEvalSet } from './load-eval-set.ts';

export interface EvalCommandOptions {
  files: string[];
  /** `--min`: the lowest score (0–1) every file must reach for exit 0. */
  min?: string;
  verbose: boolean;
  json: boolean;
}

/** A service over one set's data and "today", closed when the set is done. */
export type OpenService = (
  dataFile: string,
  now: string,
) => Promise<{ service: PulseService; close(): Promise<void> }>;

export interface EvalIo {
  out(line: string): void;
  err(line: string): void;
}

interface FileResult extends Score {
  file: string;
  outcomes: EvalOutcome[];
}

/**
 * `pulse eval QUESTIONS.json… [--min X] [--verbose] [--json]`: asks each set's questions in this process through
 * the same service as Slack, prints the failures and the scores. Exit 2 when a data file was refused, 1 when a
 * file scores below --min.
 */
export async function runEvalCommand(
  options: EvalCommandOptions,
  open: OpenService,
  io: EvalIo,
): Promise<number> {
  const min = options.min === undefined ? 0 : Number(options.min);
  if (options.min !== undefined && !(Number.isFinite(min) && min >= 0 && min <= 1)) {
    io.err(`--min must be a score from 0 to 1 (e.g. 0.9), got "${options.min}"`);
    return 1;
  }
  if (options.files.length === 0) {
    io.err('Give a question set, e.g. pulse eval tests/eval-sets/acme/questions.json');
    return 1;
  }
  // Every set is checked before the first question, so a typo in the last file does not waste the run.
  const sets = await Promise.all(options.files.map(loadEvalSet));
  const results: FileResult[] = [];
  let refused = false;
  for (const { file, set, dataFile } of sets) {
    const { outcomes, refusal } = await evaluateSet(set, () => open(dataFile, set.now));
    // One refused data file must not hide the other sets' scores: report it, count its questions wrong, go on.
    if (refusal) {
      refused = true;
      io.err(`${file}: data file refused (${refusal.issues.length} problem(s)):`);
      for (const i of refusal.issues) io.err(`  ${formatIssue(i)}`);
    }
    results.push({ file, outcomes, ...scoreOf(outcomes) });
    if (!options.json) printFile(results.at(-1), sets.length > 1, options.verbose, io);
  }
  const total = scoreOf(results.flatMap((r) => r.outcomes));
  const below = results.filter((r) => r.rate < min);
  if (options.json) {
    io.out(JSON.stringify({ ...total, min, files: results }));
  } else {
    io.out(scoreLine('eval', total));
  }
  for (const r of below) io.err(`eval: ${r.file} scored ${percent(r.rate)}, below --min ${percent(min)}`);
  return refused ? 2 : below.length ? 1 : 0;
}

async function evaluateSet(
  set: EvalSet,
  openSet: () => ReturnType<OpenService>,
): Promise<{ outcomes: EvalOutcome[]; refusal?: DataError }> {
  let opened: Awaited<ReturnType<OpenService>>;
  try {
    opened = await openSet();
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { outcomes: unansweredSet(set, 'data file refused'), refusal: error };
  }
  try {
    return { outcomes: await runEvalSet(opened.service, set) };
  } finally {
    await opened.close();
  }
}

function printFile(r: FileResult | undefined, named: boolean, verbose: boolean, io: EvalIo): void {
  if (!r) return;
  if (named) io.out(scoreLine(r.file, r));
  for (const o of r.outcomes) if (verbose || !o.pass) io.out(outcomeLine(o));
}
