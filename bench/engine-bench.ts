import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithSqlite } from './engine/compare-sqlite.ts';
import { generateData } from './engine/generate-data.ts';
import { measureAsk } from './engine/measure-ask.ts';
import { measureLoad } from './engine/measure-load.ts';
import { buildQuestions } from './engine/questions.ts';
import { line, type TargetResult } from './engine/report.ts';
import { openService } from './engine/service-under-test.ts';
import { mb, ms } from './engine/stats.ts';

// `npm run bench`: generates 1,000,000 series rows, then prints load+validate time and peak RSS, `ask` latency
// over 200 mixed questions, and seven aggregations in the Pulse engine next to SQLite (indexed, same rows),
// with a PASS/FAIL line per target. Figures only: nothing here is a timed test.
//   npm run bench [-- --rows 1000000 --load-runs 3 --keep]

const NOW = '2024-06-30';
/** Each question is asked this many times after the warm-up pass, so p99 rests on 1,000 samples, not 2. */
const ASK_PASSES = 5;

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'load-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(args.rows);
const dir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
const results: TargetResult[] = [];
try {
  line(`Pulse engine benchmark — node ${process.version}, ${rows.toLocaleString('en')} series rows`);
  // Wall times stretch when other work shares the cores; the load average says how far to trust them.
  const busy = loadavg()[0] ?? 0;
  line(
    `load average ${busy.toFixed(2)} on ${availableParallelism()} cores` +
      (busy > 1.5 ? ' — the machine is busy: wall times are inflated, CPU times less so' : ''),
  );
  const started = performance.now();
  const data = generateData({ dir, rows, last: NOW });
  const c = data.catalog;
  line(
    `generated ${data.rows.toLocaleString('en')} rows (${mb(data.csvBytes)} CSV, ${data.firstDay} … ${data.lastDay}; ` +
      `${c.metrics.length} metrics, ${c.campaigns.length} campaigns, ${c.assets.length} assets, ` +
      `${c.channels.length} channels) in ${ms(performance.now() - started)}`,
  );

  results.push(
    ...measureLoad(data.yamlPath, Number(args['load-runs']), { ms: 3000, rssBytes: 400 * 1_048_576 }),
  );

  line(
    '\n## ask latency (createPulseService as the CLI builds it: rules only, MemoryStore; answer cache off)',
  );
  const opened = performance.now();
  const engine = await openService(data.yamlPath, NOW);
  line(`in-process load for the service: ${ms(performance.now() - opened)}`);
  results.push(
    ...(await measureAsk(engine.service, buildQuestions(c, 200), ASK_PASSES, { p50: 5, p99: 25 })),
  );

  line('\n## Aggregations: Pulse engine (execute) vs better-sqlite3 (in-memory, same rows)');
  results.push(...compareWithSqlite(data, NOW, engine));

  line(`\n## Targets (${rows.toLocaleString('en')} rows)`);
  for (const r of results) line(`${r.pass ? 'PASS' : 'FAIL'}  ${r.target.padEnd(38)} ${r.figure}`);
  line(`(bench ran ${ms(performance.now() - started)})`);
} finally {
  if (args.keep) line(`\ndata kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
// A wrong figure is a bug, not a slow run: it fails the command.
if (results.some((r) => r.target.startsWith('same figures') && !r.pass)) process.exitCode = 1;
