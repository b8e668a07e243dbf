import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { digestBytes } from '../../src/adapters/data/content-digest.ts';
import { CsvByteParser } from '../../src/adapters/data/read-csv-bytes.ts';
import { readCsvRows } from '../../src/adapters/data/read-csv-rows.ts';
import { DataError, formatIssue } from '../../src/core/errors.ts';
import { DatasetAssembler } from '../../src/core/model/assemble-dataset.ts';
import { inMemory } from '../../src/core/model/series-store.ts';
import { BASE } from '../helpers/data-yaml.ts';

// The byte parser reads a plain CSV exactly as the string path does: the same rows, the same problems at the
// same lines and columns, wherever the chunks it is handed happen to be cut.

const DOC = parseYaml(BASE.replace('metrics:\n', 'metrics:\n  - { id: likes, label: Likes, kind: flow }\n'));

type Outcome = { issues: string[] } | { series: [string, string, string, number[], number[]][] };

function outcome(assembler: DatasetAssembler): Outcome {
  try {
    const ds = assembler.finish({ source: 'data.yaml', version: 'v' });
    return {
      series: ds.series.map(({ series }) => {
        const s = inMemory(series);
        return [s.subject, s.channel, s.metric, [...s.days], [...s.values]];
      }),
    };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { issues: error.issues.map(formatIssue) };
  }
}

function viaStrings(csv: string): Outcome {
  const assembler = new DatasetAssembler('data.yaml');
  assembler.readDocument(DOC);
  readCsvRows(csv, 'rows.csv', assembler);
  return outcome(assembler);
}

function viaBytes(bytes: Buffer, cuts: readonly number[]): Outcome {
  const assembler = new DatasetAssembler('data.yaml');
  assembler.readDocument(DOC);
  const parser = new CsvByteParser('rows.csv', assembler);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    // A copy per chunk, then scribbled over: the parser must keep nothing of a chunk it was handed.
    const chunk = Buffer.from(bytes.subarray(from, cut));
    parser.push(chunk);
    chunk.fill(0x2c);
    from = cut;
  }
  parser.end();
  return outcome(assembler);
}

const HEADER = 'date,subject,channel,metric,value\n';

const CASES: [string, string][] = [
  [
    'valid rows, out of order',
    `${HEADER}2024-01-06,a1,yt,views,12\n2024-01-05,a1,yt,views,7.25\n2024-01-05,c1,,likes,-3\n2024-01-07,yt,,views,0012.50\n`,
  ],
  [
    'CRLF line ends',
    HEADER.replace('\n', '\r\n') + '2024-01-05,a1,yt,views,1\r\n2024-01-06,a1,yt,views,2\r\n',
  ],
  ['a BOM and blank lines', `\ufeff${HEADER}\n2024-01-05,a1,yt,views,1\n\n\r\n2024-01-06,a1,yt,views,2`],
  [
    'bad dates',
    `${HEADER}2024-02-30,a1,yt,views,1\n2024-1-05,a1,yt,views,1\n20240105xx,a1,yt,views,1\n 2024-01-05 ,a1,yt,views,4\n`,
  ],
  [
    'bad numbers',
    `${HEADER}2024-01-05,a1,yt,views,1e3\n2024-01-06,a1,yt,views,1.\n2024-01-07,a1,yt,views,.5\n2024-01-08,a1,yt,views,0x10\n2024-01-09,a1,yt,views,\n2024-01-10,a1,yt,views,+4\n2024-01-11,a1,yt,views,-0\n2024-01-12,a1,yt,views,123456789012345678\n2024-01-13,a1,yt,views,0.1234567890123456789\n2024-01-14,a1,yt,views, 8 \n`,
  ],
  ['wrong field counts', `${HEADER}2024-01-05,a1,yt,views,1,000\n2024-01-06,a1,yt,views\n2024-01-07\n`],
  [
    'unknown ids, one with a multi-byte character',
    `${HEADER}2024-01-05,café-ü,yt,views,1\n2024-01-06,a1,tv,views,1\n2024-01-07,a1,yt,plays,1\n2024-01-08, a1 ,yt,views,5\n`,
  ],
  ['duplicates', `${HEADER}2024-01-05,a1,yt,views,1\n2024-01-06,a1,yt,views,2\n2024-01-05,a1,yt,views,3\n`],
  [
    'a header without channel, columns reordered',
    'value,metric,date,subject\n5,views,2024-01-05,a1\n6,likes,2024-01-06,c1\n',
  ],
  ['a header lacking columns', 'date,subject,value\n2024-01-05,a1,1\n'],
  ['an unknown column', 'date,subject,channel,metric,value,note\n2024-01-05,a1,yt,views,1,x\n'],
  ['no rows', HEADER],
  ['empty', ''],
];

describe('the byte parser reads a plain CSV as the string path does', () => {
  it.each(CASES)('%s: in one chunk and cut at every byte', (_, csv) => {
    const bytes = Buffer.from(csv, 'utf8');
    expect(digestBytes(bytes).plain).toBe(true);
    const expected = viaStrings(csv);
    expect(viaBytes(bytes, [])).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) expect(viaBytes(bytes, [cut])).toEqual(expected);
    // Three chunks: a cut inside a field, a cut on \r\n or inside a multi-byte character, whatever falls there.
    for (let cut = 1; cut + 7 < bytes.length; cut += 5)
      expect(viaBytes(bytes, [cut, cut + 7])).toEqual(expected);
  });

  it('says the same as the string path about the rows it refuses', () => {
    const bad = CASES.find(([name]) => name === 'bad dates')?.[1] ?? '';
    expect(viaBytes(Buffer.from(bad), [])).toEqual({
      issues: [
        'rows.csv: line 2, column 1: date is not a real YYYY-MM-DD date',
        'rows.csv: line 3, column 1: date is not a real YYYY-MM-DD date',
        'rows.csv: line 4, column 1: date is not a real YYYY-MM-DD date',
      ],
    });
  });

  it('reads values exactly as Number() does', () => {
    const values = ['0.1', '0.3', '123.456', '-7.000001', '999999999999999', '1.7976931348623157', '00000.5'];
    const csv = HEADER + values.map((v, i) => `2024-01-${String(i + 10)},a1,yt,views,${v}\n`).join('');
    const read = viaBytes(Buffer.from(csv), []);
    expect(read).toEqual({ series: [['a1', 'yt', 'views', expect.any(Array), values.map(Number)]] });
  });
});

describe('what sends a file to the full CSV parser', () => {
  it.each([
    ['a quote', 'a,"b"\n', false],
    ['a bare CR', 'a\rb\n', false],
    ['a CR at the very end', 'a\r', false],
    ['CRLF', 'a\r\nb\r\n', true],
    ['nothing', 'a,b\n', true],
  ])('%s', (_, text, plain) => {
    expect(digestBytes(Buffer.from(text)).plain).toBe(plain);
  });
});

describe('rows in their simple form skip the string path', () => {
  it('hands valid rows over as codes and only the others as strings', () => {
    const calls = { strings: 0, codes: 0 };
    class Counting extends DatasetAssembler {
      override addRow(...args: Parameters<DatasetAssembler['addRow']>): void {
        calls.strings++;
        super.addRow(...args);
      }
      override addParsedRows(...args: Parameters<DatasetAssembler['addParsedRows']>): void {
        calls.codes += args[1];
        super.addParsedRows(...args);
      }
    }
    const assembler = new Counting('data.yaml');
    assembler.readDocument(DOC);
    const parser = new CsvByteParser('rows.csv', assembler);
    parser.push(
      Buffer.from(`${HEADER}2024-01-05,a1,yt,views,1\n2024-01-06,c1,,likes,2.5\n2024-02-30,a1,yt,views,1\n`),
    );
    parser.end();
    expect(calls).toEqual({ strings: 1, codes: 2 });
  });
});
