import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { DataError, formatIssue } from '../../src/core/errors.ts';
import { inMemory } from '../../src/core/model/series-store.ts';
import { BASE } from '../helpers/data-yaml.ts';

// Strict CSV rows (shared/spec/data-format.md, revision 2): a row has exactly the header's fields, and a value is a
// decimal number. Every problem is located by file, line and column.

const YAML = `${BASE}series:\n  - file: rows.csv\n`;
const HEADER = 'date,subject,channel,metric,value\n';

async function load(csv: string) {
  const dir = await mkdtemp(join(tmpdir(), 'pulse-csv-'));
  await writeFile(join(dir, 'rows.csv'), csv);
  await writeFile(join(dir, 'data.yaml'), YAML);
  return loadDataFile(join(dir, 'data.yaml'));
}

async function problems(csv: string): Promise<string[]> {
  try {
    await load(csv);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues.map(formatIssue);
  }
  throw new Error('the file was accepted');
}

/** Both readers: the plain fast path, and csv-parse (a quoted field anywhere sends the file there). */
const QUOTED = '2024-01-09,"a1",yt,views,1\n';

describe('CSV rows have exactly the header’s fields', () => {
  it.each([
    ['plain', ''],
    ['quoted', QUOTED],
  ])(
    'a thousands separator splits a value into an extra field: an error at its line and column (%s)',
    async (_, extra) => {
      expect(await problems(`${HEADER}2024-01-05,a1,yt,views,1,000\n${extra}`)).toEqual([
        'rows.csv: line 2, column 6: 6 fields where the header has 5',
      ]);
    },
  );

  it.each([
    ['plain', ''],
    ['quoted', QUOTED],
  ])('a row with fewer fields is an error too (%s)', async (_, extra) => {
    expect(await problems(`${HEADER}2024-01-05,a1,yt,views\n${extra}`)).toEqual([
      'rows.csv: line 2, column 5: 4 fields where the header has 5',
    ]);
  });

  it('a header without the optional channel column takes rows of four fields', async () => {
    const ds = await load('date,subject,metric,value\n2024-01-05,a1,views,7\n');
    expect(ds.series.reduce((n, t) => n + t.series.rows, 0)).toBe(1);
  });
});

describe('CSV values are decimal numbers', () => {
  it.each([
    ['0x10'],
    ['0b11'],
    ['Infinity'],
    ['-Infinity'],
    ['NaN'],
    ['+5'],
    ['1_000'],
    ['.5'],
    ['5.'],
    ['12abc'],
    ['ten'],
    [''],
  ])('"%s" is refused at its line and column', async (value) => {
    expect(await problems(`${HEADER}2024-01-05,a1,yt,views,${value}\n`)).toEqual([
      'rows.csv: line 2, column 5: value is not a decimal number (e.g. 1200, -3 or 4.75)',
    ]);
  });

  it.each([
    ['1200', 1200],
    ['-3', -3],
    ['4.75', 4.75],
    ['007', 7],
    ['1e3', 1000],
    ['1.2E+07', 12_000_000],
    [' 5 ', 5],
  ])('"%s" reads as %d', async (value, n) => {
    const ds = await load(`${HEADER}2024-01-05,a1,yt,views,${value}\n`);
    expect(ds.series.map((t) => [...inMemory(t.series).values])).toEqual([[n]]);
  });
});
