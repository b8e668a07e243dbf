import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DataError } from '../../core/errors.ts';
import { DatasetAssembler } from '../../core/model/assemble-dataset.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { includeProblem } from './include-path.ts';
import { readCsvRows } from './read-csv-rows.ts';

/**
 * Reads a data file (YAML or JSON) and its CSV includes, validates everything against the v1 contract and
 * builds the in-memory dataset. Throws a DataError that lists every problem with its file and location.
 * `pending` holds texts to read instead of files (by resolved path): an import validates what it would write.
 */
export async function loadDataFile(path: string, pending?: ReadonlyMap<string, string>): Promise<Dataset> {
  const file = basename(path);
  let text: string;
  try {
    text = pending?.get(resolve(path)) ?? (await readFile(path, 'utf8'));
  } catch (error) {
    throw new DataError(
      [
        {
          file,
          where: '(file)',
          message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        },
      ],
      'DATA_UNREADABLE',
    );
  }
  const hash = createHash('sha256').update(text);
  const assembler = new DatasetAssembler(file);
  const doc = parseDocument(text, file, extname(path).toLowerCase());
  const includes = assembler.readDocument(doc);
  const folder = dirname(resolve(path));
  for (const include of includes) {
    const csvPath = resolve(folder, include.file);
    const own = pending?.get(csvPath);
    const refused = await includeProblem(folder, include.file);
    if (refused) {
      assembler.issue(file, `${include.where}.file`, refused);
      continue;
    }
    let csv: Buffer;
    try {
      csv = own === undefined ? await readFile(csvPath) : Buffer.from(own, 'utf8');
    } catch (error) {
      assembler.issue(
        file,
        `${include.where}.file`,
        `cannot read "${include.file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
      continue;
    }
    hash.update(csv);
    readCsvRows(csv.toString('utf8'), include.file, assembler);
  }
  return assembler.finish({ source: file, version: hash.digest('hex').slice(0, 16) });
}

function parseDocument(text: string, file: string, ext: string): unknown {
  try {
    if (ext === '.json') return JSON.parse(text);
    // YAML 1.2 core schema: dates stay strings, as the contract expects.
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new DataError([
        {
          file,
          where: at ? `line ${at.line}, column ${at.col}` : '(file)',
          message: error.message.split('\n')[0] ?? 'invalid YAML',
        },
      ]);
    }
    // JSON.parse's message quotes the text around the fault: only its position is kept.
    const at = /position (\d+)/.exec((error as Error).message);
    const before = at ? text.slice(0, Number(at[1])).split('\n') : undefined;
    throw new DataError([
      {
        file,
        where: before ? `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}` : '(file)',
        message: `invalid ${ext === '.json' ? 'JSON' : 'YAML'}`,
      },
    ]);
  }
}
