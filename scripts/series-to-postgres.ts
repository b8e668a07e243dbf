import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { loadDataFile } from '../src/adapters/data/load-data-file.ts';
import { writeSeriesTable } from '../src/adapters/sql/series-table.ts';
import { parseTableRef } from '../src/adapters/sql/sql-dialect.ts';

// Puts the series of the data file each question set names into a PostgreSQL table (one table per data file)
// and writes the sets and copies of their data files into --out, each copy's `series` naming its table with
// the URL read from ${PULSE_SERIES_URL}.
//   node --import tsx scripts/series-to-postgres.ts --url postgresql://… --table public.t --out dir sets…

const { values: a, positionals: sets } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    table: { type: 'string', default: 'public.pulse_series' },
    out: { type: 'string' },
  },
});
if (!a.url || !a.out || sets.length === 0) {
  console.error('usage: series-to-postgres --url postgresql://… --table T --out DIR question-set.json…');
  process.exit(1);
}
const table = a.table ?? 'public.pulse_series';

/** Each distinct data file, by resolved path: the folder its copy goes to and the table its rows go to. */
const copies = new Map<string, { dir: string; table: string }>();

async function copyData(path: string): Promise<string> {
  const known = copies.get(path);
  if (known) return known.dir;
  const n = copies.size + 1;
  const own = { dir: `data-${n}`, table: n === 1 ? table : `${table}_${n}` };
  copies.set(path, own);
  const rows = await writeSeriesTable(a.url ?? '', parseTableRef(own.table), await loadDataFile(path));
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the data file's own syntax, written as is.
  const entry = { database: '${PULSE_SERIES_URL}', table: own.table };
  const text = readFileSync(path, 'utf8');
  let out: string;
  if (extname(path).toLowerCase() === '.json') {
    const json = JSON.parse(text) as Record<string, unknown>;
    json.series = [entry];
    out = JSON.stringify(json, null, 1);
  } else {
    const doc = parseDocument(text);
    doc.set('series', [entry]);
    out = doc.toString();
  }
  mkdirSync(join(a.out ?? '', own.dir), { recursive: true });
  writeFileSync(join(a.out ?? '', own.dir, basename(path)), out);
  console.log(`${rows.toLocaleString('en')} rows of ${basename(path)} in ${own.table}`);
  return own.dir;
}

for (const set of sets) {
  const json = JSON.parse(readFileSync(set, 'utf8')) as { data?: string };
  if (!json.data) throw new Error(`${set} names no data file`);
  const data = resolve(dirname(set), json.data);
  json.data = `${await copyData(data)}/${basename(data)}`;
  writeFileSync(join(a.out, basename(set)), JSON.stringify(json, null, 1));
}
