import { DataError, formatIssue } from '../../core/errors.ts';
import { runImportRequest } from '../import/run-import.ts';
import { IMPORT_USAGE, type ImportArgs, parseImportArgs } from './import-args.ts';
import { describeImport } from './import-report.ts';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `pulse import KIND FILE…` (shared/spec/imports.md): exports → rows matched to the catalog → merged into the
 * first series CSV; written (temp file + rename) only after the merged data file validates. Exit 0 done,
 * 1 usage, 2 bad input or a merged file that would not validate (nothing written).
 */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const args = parseImportArgs(argv);
  if (args === 'help') {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    io.err(`${args}\n${IMPORT_USAGE}`);
    return 1;
  }
  try {
    return await importFiles(args, io);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    io.err(
      `Import refused, nothing written (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):`,
    );
    for (const i of error.issues) io.err(`  ${formatIssue(i)}`);
    return 2;
  }
}

async function importFiles(args: ImportArgs, io: Io): Promise<number> {
  const dataPath = args.data ?? (await import('../../app/compose.ts')).configuredDataFile();
  const outcome = await runImportRequest({ ...args, dataPath });
  for (const line of describeImport(outcome)) io.out(line);
  return 0;
}
