import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareSides, loadSides } from './engine/compare-sides.ts';
import { duckdbSide } from './engine/duckdb-side.ts';
import { generateData } from './engine/generate-data.ts';
import { measureAsk } from './engine/measure-ask.ts';
import { measureLoad } from './engine/measure-load.ts';
import { pulseSide } from './engine/pulse-side.ts';
import { buildQuestions } from './engine/questions.ts';
import { line, type TargetResult } from './engine/report.ts';
import type { Side } from './engine/side.ts';
import { sqliteSide } from './engine/sqlite-side.ts';
import { mb, ms } from './engine/stats.ts';

// `npm run bench`: for 1M and then 10M generated series rows, prints the load (Pulse in a fresh process, then
// Pulse, SQLite and DuckDB side by side), `ask` latency over 200 mixed questions, and seven aggregations in
// the Pulse engine next to SQLite and DuckDB (same rows, same figures), with PASS/FAIL lines per size.
// Figures only: a slow run prints FAIL but exits 0; a wrong figure (or a side that cannot load) exits 1.
//   npm run bench [-- --sizes 1000000,10000000 | --rows 1000000] [--load-runs 3] [--keep] [--load-only]

const NOW = '2024-06-30';
/** Each question is asked this many times after the warm-up pass, so p99 rests on 1,000 samples, not 2. */
const ASK_PASSES = 5;
const MiB = 1_048_576;

/** The targets (#13): up to 1M rows, and beyond. Times in ms. */
interface SizeTargets {
  ask: { p50?: number; p99: number };
  load: { csvCpuMs?: number; cacheMs: number; rssBytes: number };
}
const targetsFor = (rows: number): SizeTargets =>
  rows <= 1_000_000
    ? { ask: { p50: 0.5, p99: 5 }, load: { csvCpuMs: 1000, cacheMs: 100, rssBytes: 150 * MiB } }
    : { ask: { p99: 25 }, load: { cacheMs: 1000, rssBytes: 1024 * MiB } };

/** The databases Pulse is compared with. A further one is one more entry (a Side: load, query, close). */
const databases = (): Side[] => [sqliteSide(), duckdbSide()];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    rows: { type: 'string' },
    'load-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    /** Only Pulse's load in fresh processes: no sides, no questions. */
    'load-only': { type: 'boolean', default: false },
  },
});
const sizes = (args.rows ?? args.sizes).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
  throw new RangeError(`bad sizes: ${args.rows ?? args.sizes}`);
const gc = (globalThis as { gc?: () => void }).gc;

/** Pulse's load in fresh processes, against the load targets; a loader that fails is a FAIL line, not a crash. */
function pulseLoadTargets(yamlPath: string, t: SizeTargets['load']): TargetResult[] {
  try {
    return measureLoad(yamlPath, Number(args['load-runs']), t);
  } catch (error) {
    const message = (error as Error).message.split('\n').find((l) => /error/i.test(l)) ?? 'failed';
    line(`Pulse could not load the file: ${message}`);
    return [{ target: 'Pulse loads the data file', figure: message.slice(0, 60), pass: false }];
  }
}

async function benchSize(rows: number): Promise<TargetResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
  const results: TargetResult[] = [];
  const t = targetsFor(rows);
  // Pulse first: the comparison times it against every other side.
  const pulse = pulseSide(NOW);
  const open: Side[] = [pulse, ...databases()];
  try {
    line(`\n# ${rows.toLocaleString('en')} series rows`);
    let started = performance.now();
    const data = generateData({ dir, rows, last: NOW });
    const c = data.catalog;
    line(
      `generated ${data.rows.toLocaleString('en')} rows (${mb(data.csvBytes)} CSV, ${data.firstDay} … ${data.lastDay}; ` +
        `${c.metrics.length} metrics, ${c.campaigns.length} campaigns, ${c.assets.length} assets, ` +
        `${c.channels.length} channels) in ${ms(performance.now() - started)}`,
    );

    results.push(...pulseLoadTargets(data.yamlPath, t.load));
    if (args['load-only']) return results;

    line('\n## Load side by side (each in this process; CPU counts every thread)');
    started = performance.now();
    const loaded = await loadSides(open, data);
    line(`(all sides loaded in ${ms(performance.now() - started)})`);
    for (const l of loaded.filter((l) => l.error))
      results.push({ target: `${l.side.name} loads the rows`, figure: 'failed', pass: false });

    if (pulse.engine) {
      line(
        '\n## ask latency (createPulseService as the CLI builds it: rules only, MemoryStore; answer cache off)',
      );
      results.push(...(await measureAsk(pulse.engine.service, buildQuestions(c, 200), ASK_PASSES, t.ask)));
    }

    line(`\n## Aggregations (median per call; "vs X" = how many times faster Pulse is than X)`);
    started = performance.now();
    results.push(...(await compareSides(loaded, data, NOW)));
    line(`(aggregations timed in ${ms(performance.now() - started)})`);
    return results;
  } finally {
    for (const side of open) await side.close();
    gc?.();
    if (args.keep) line(`data kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const began = performance.now();
line(
  `Pulse engine benchmark — node ${process.version}, sizes ${sizes.map((n) => n.toLocaleString('en')).join(' and ')}`,
);
// Wall times stretch when other work shares the cores; the load average says how far to trust them.
const busy = loadavg()[0] ?? 0;
line(
  `load average ${busy.toFixed(2)} on ${availableParallelism()} cores` +
    (busy > 1.5 ? ' — the machine is busy: wall times are inflated, CPU times less so' : ''),
);
const bySize: [number, TargetResult[]][] = [];
for (const rows of sizes) bySize.push([rows, await benchSize(rows)]);

for (const [rows, results] of bySize) {
  line(`\n## Targets (${rows.toLocaleString('en')} rows)`);
  for (const r of results) line(`${r.pass ? 'PASS' : 'FAIL'}  ${r.target.padEnd(44)} ${r.figure}`);
}
line(
  `\n(bench ran ${ms(performance.now() - began)}; load average now ${(loadavg()[0] ?? 0).toFixed(2)}; RSS ${mb(process.memoryUsage().rss)})`,
);
// A wrong figure is a bug, not a slow run: it fails the command, as does a side that cannot load the rows.
const broken = bySize
  .flatMap(([, rs]) => rs)
  .filter((r) => !r.pass && (r.target.startsWith('same figures') || r.target.includes(' loads the ')));
if (broken.length > 0) process.exitCode = 1;
