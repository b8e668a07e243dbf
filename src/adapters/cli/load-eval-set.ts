import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../../core/errors.ts';
import { type EvalSet, evalSetSchema } from '../../core/eval/eval-set.ts';

export interface LoadedEvalSet {
  /** As the user named it, for reports. */
  file: string;
  set: EvalSet;
  /** The set's data file, resolved against the set file's folder. */
  dataFile: string;
}

/** Reads and checks a question set; a missing or malformed one stops the run before any question is asked. */
export async function loadEvalSet(file: string): Promise<LoadedEvalSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the question set (${(error as Error).message})`);
  }
  const parsed = evalSetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || 'set'}: ${i.message}`);
    throw new ConfigError(`Invalid question set:\n${problems.join('\n')}`);
  }
  return { file, set: parsed.data, dataFile: resolve(dirname(file), parsed.data.data) };
}
