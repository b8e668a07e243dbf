import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DataError } from '../../core/errors.ts';
import { DatasetAssembler } from '../../core/model/assemble-dataset.ts';
import type { Dataset } from '../../core/model/dataset.ts';

const COLUMNS = ['date', 'subject', 'channel', 'metric', 'value'] as const;

/**
 * Reads a data file (YAML or JSON) and its CSV includes, validates everything against the v1 contract and
 * builds the in-memory dataset. Throws a DataError that lists every problem with its file and location.
 */
export async function loadDataFile(path: string): Promise<Dataset> {
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
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
  for (const include of includes) {
    const csvPath = resolve(dirname(path), include.file);
    let csv: string;
    try {
      csv = await readFile(csvPath, 'utf8');
    } catch (error) {
      assembler.issue(
        file,
        `${include.where}.file`,
        `cannot read "${include.file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
      continue;
    }
    hash.update(csv);
    readCsvRows(csv, include.file, assembler);
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
    throw new DataError([
      {
        file,
        where: '(file)',
        message: `invalid ${ext === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
      },
    ]);
  }
}

/** Streams CSV records into the assembler without keeping them: a million rows stay cheap. */
function readCsvRows(csv: string, file: string, assembler: DatasetAssembler): void {
  let columns: number[] | undefined;
  try {
    parseCsv(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        const line = context.lines;
        if (!columns) {
          const header = record.map((h) => h.trim().toLowerCase());
          columns = COLUMNS.map((c) => header.indexOf(c));
          const missing = COLUMNS.filter((c, i) => c !== 'channel' && columns?.[i] === -1);
          if (missing.length > 0)
            assembler.issue(
              file,
              'line 1',
              `header lacks column(s) ${missing.join(', ')}; expected date,subject,channel,metric,value`,
            );
          for (const h of header)
            if (!(COLUMNS as readonly string[]).includes(h))
              assembler.issue(file, 'line 1', `unknown column "${h}"`);
          return null;
        }
        const at = (i: number): string => {
          const c = columns?.[i] ?? -1;
          return c < 0 ? '' : (record[c] ?? '').trim();
        };
        assembler.addRow(at(0), at(1), at(2), at(3), at(4), file, line);
        return null;
      },
    });
  } catch (error) {
    const e = error as Error & { lines?: number };
    assembler.issue(file, e.lines ? `line ${e.lines}` : '(file)', `invalid CSV: ${e.message}`);
  }
}
