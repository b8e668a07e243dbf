import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { loadDataFile } from '../src/adapters/data/load-data-file.ts';
import { writeSeriesTable } from '../src/adapters/sql/series-table.ts';
import { parseTableRef } from '../src/adapters/sql/sql-dialect.ts';

// Puts a data file's series into a PostgreSQL table and writes a copy of the data file whose `series` names that
// table, with the URL read from ${PULSE_SERIES_URL}; question sets given are copied beside it, pointing at it.
//   node --import tsx scripts/series-to-postgres.ts --data x.yaml --url postgresql://… --table public.t --out dir [sets…]

const { values: a, positionals: sets } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    url: { type: 'string' },
    table: { type: 'string', default: 'public.pulse_series' },
    out: { type: 'string' },
  },
});
if (!a.data || !a.url || !a.out) {
  console.error(
    'usage: series-to-postgres --data FILE --url postgresql://… --table T --out DIR [question sets…]',
  );
  process.exit(1);
}
const dataset = await loadDataFile(a.data);
const rows = await writeSeriesTable(a.url, parseTableRef(a.table), dataset);
const doc = parseDocument(readFileSync(a.data, 'utf8'));
// biome-ignore lint/suspicious/noTemplateCurlyInString: the data file's own syntax, written as is.
doc.set('series', [{ database: '${PULSE_SERIES_URL}', table: a.table }]);
const yamlOut = join(a.out, basename(a.data));
writeFileSync(yamlOut, doc.toString());
for (const set of sets) {
  const target = join(a.out, basename(set));
  const json = JSON.parse(readFileSync(set, 'utf8')) as { data?: string };
  if (json.data && resolve(dirname(set), json.data) === resolve(a.data)) {
    json.data = basename(a.data);
    writeFileSync(target, JSON.stringify(json, null, 1));
  } else copyFileSync(set, target);
}
console.log(`${rows.toLocaleString('en')} rows in ${a.table}; ${yamlOut} reads them`);
